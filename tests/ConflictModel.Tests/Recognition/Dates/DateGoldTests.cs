using System.Globalization;
using System.Text;
using System.Text.Json;
using ConflictModel.Recognition;
using ConflictModel.Tests.Support;
using NodaTime;
using NodaTime.Text;
using Xunit.Abstractions;

namespace ConflictModel.Tests.Recognition.Dates;

/// <summary>Measures the date recogniser against every gold <c>dateMentions</c> entry of the five seeds.</summary>
/// <remarks>
/// <para>Paragraphs are split here (blank-line separated blocks, citation markers and <c>**</c> removed), not by the
/// Formats readers. The infobox/front-matter date (gold <c>date.text</c>, which is the infobox value as written) is read
/// with <see cref="DateRecognizer.ParsePeriod"/> and passed as the document period hint, as the extraction stage does.
/// YAML front matter (002) is left out. For 003, the world-library dump, the body blocks between the reference list
/// and the table of contents are put back into true (reversed) order.</para>
/// <para>A gold mention is matched when a recognised mention overlaps the gold text inside the gold sentence; it is
/// exact when its earliest and latest days (null = open) equal the gold start and end.</para>
/// </remarks>
public sealed class DateGoldTests(ITestOutputHelper output)
{
    /// <summary>The overall exact-match target.</summary>
    private const double Target = 0.95;

    [SharedFact]
    public void GoldDateMentions_AreResolvedExactly()
    {
        int total = 0;
        int exact = 0;
        var failures = new List<string>();
        foreach (var id in SharedData.SeedIds)
        {
            var (t, e, f) = Score(id);
            total += t;
            exact += e;
            failures.AddRange(f);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{id}: {e}/{t} exact ({100.0 * e / Math.Max(1, t):F1} %)"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"overall: {exact}/{total} exact ({100.0 * exact / Math.Max(1, total):F1} %)"));
        foreach (var f in failures)
        {
            output.WriteLine("FAIL " + f);
        }

        Assert.True(total >= 100, $"expected the five seeds to hold at least 100 gold date mentions, found {total}");
        Assert.True(exact >= Target * total, $"{exact}/{total} exact is below {Target:P0}:\n" + string.Join('\n', failures));
    }

    [SharedTheory]
    [MemberData(nameof(SharedData.Seeds), MemberType = typeof(SharedData))]
    public void GoldDateMentions_PerSeed_AtLeastNinetyPercent(string id)
    {
        var (total, exact, failures) = Score(id);
        foreach (var f in failures)
        {
            output.WriteLine("FAIL " + f);
        }

        Assert.True(total > 0, $"{id} has no gold date mentions");
        Assert.True(exact >= 0.9 * total, $"{id}: {exact}/{total} exact:\n" + string.Join('\n', failures));
    }

    private static (int Total, int Exact, List<string> Failures) Score(string id)
    {
        var gold = SharedData.Gold(id);
        var paragraphs = Paragraphs(SharedData.SeedText(id), gold.GetProperty("format").GetString()!);
        var context = DateContext.Default;
        if (gold.GetProperty("date") is { ValueKind: JsonValueKind.Object } date &&
            DateRecognizer.Default.ParsePeriod(date.GetProperty("text").GetString()!, DateContext.Default) is { } period)
        {
            context = new DateContext(DateAnchorMode.Narrative, null, period.Extent);
        }

        var mentions = DateRecognizer.Default.RecognizeParagraphs(paragraphs, context);
        int total = 0;
        int exact = 0;
        var failures = new List<string>();
        foreach (var g in gold.GetProperty("dateMentions").EnumerateArray())
        {
            total++;
            string text = g.GetProperty("text").GetString()!;
            string sentence = g.GetProperty("sentenceStart").GetString()!;
            LocalDate? start = ParseDate(g.GetProperty("start"));
            LocalDate? end = ParseDate(g.GetProperty("end"));
            var found = Find(paragraphs, mentions, sentence, text);
            if (found is null)
            {
                failures.Add($"{id}: '{text}' ({sentence} …): no mention found");
                continue;
            }

            if (found.Date.Earliest == start && found.Date.Latest == end)
            {
                exact++;
            }
            else
            {
                failures.Add($"{id}: '{text}': expected {Iso(start)}/{Iso(end)}, got '{found.Text}' {Iso(found.Date.Earliest)}/{Iso(found.Date.Latest)}");
            }
        }

        return (total, exact, failures);
    }

    private static DateMention? Find(IReadOnlyList<string> paragraphs, IReadOnlyList<IReadOnlyList<DateMention>> mentions, string sentence, string text)
    {
        DateMention? fallback = null;
        for (int p = 0; p < paragraphs.Count; p++)
        {
            string para = paragraphs[p];
            for (int s = para.IndexOf(sentence, StringComparison.Ordinal); s >= 0; s = para.IndexOf(sentence, s + 1, StringComparison.Ordinal))
            {
                int at = para.IndexOf(text, s, StringComparison.Ordinal);
                if (at < 0 || at > s + 600)
                {
                    continue;
                }

                foreach (var m in mentions[p])
                {
                    if (m.Span.Start < at + text.Length && m.Span.End > at && m.Kind != DateMentionKind.Duration)
                    {
                        if (m.Text.Contains(text, StringComparison.Ordinal) || text.Contains(m.Text, StringComparison.Ordinal))
                        {
                            return m;
                        }

                        fallback ??= m;
                    }
                }
            }
        }

        return fallback;
    }

    private static LocalDate? ParseDate(JsonElement e) =>
        e.ValueKind == JsonValueKind.Null ? null : LocalDatePattern.Iso.Parse(e.GetString()!).Value;

    private static string Iso(LocalDate? d) => d is { } v ? LocalDatePattern.Iso.Format(v) : "null";

    /// <summary>Blank-line separated blocks, with citation markers and markdown emphasis removed.</summary>
    internal static IReadOnlyList<string> Paragraphs(string text, string format)
    {
        var blocks = new List<string>();
        var current = new StringBuilder();
        bool inFrontMatter = false;
        int lineNo = 0;
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            lineNo++;
            if (format == "markdown-frontmatter" && raw.Trim() == "---")
            {
                inFrontMatter = lineNo == 1 || !inFrontMatter ? lineNo == 1 : false;
                Flush(blocks, current);
                continue;
            }

            if (inFrontMatter)
            {
                continue;
            }

            if (raw.Trim().Length == 0)
            {
                Flush(blocks, current);
                continue;
            }

            if (current.Length > 0)
            {
                current.Append('\n');
            }

            current.Append(Clean(raw));
        }

        Flush(blocks, current);
        if (format == "world-library")
        {
            // body: after the last numbered reference line, before the table of contents ("  • …")
            int first = blocks.FindLastIndex(IsReferenceList) + 1;
            int last = blocks.FindIndex(first, b => b.TrimStart().StartsWith('•'));
            if (first > 0 && last > first)
            {
                blocks.Reverse(first, last - first);
            }
        }

        // numbered reference lists ("  12. ^ …") are not body text
        blocks.RemoveAll(IsReferenceList);
        return blocks;
    }

    private static bool IsReferenceList(string block)
    {
        string t = block.TrimStart();
        return t.Length > 0 && char.IsAsciiDigit(t[0]) && t.Contains(". ^", StringComparison.Ordinal);
    }

    private static void Flush(List<string> blocks, StringBuilder current)
    {
        if (current.Length > 0)
        {
            blocks.Add(current.ToString());
            current.Clear();
        }
    }

    private static string Clean(string line)
    {
        var sb = new StringBuilder(line.Length);
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (c == '[')
            {
                int j = i + 1;
                while (j < line.Length && (char.IsAsciiDigit(line[j]) || (j > i + 1 && line[j] == ',')))
                {
                    j++;
                }

                if (j > i + 1 && j < line.Length && line[j] == ']')
                {
                    i = j;
                    continue;
                }
            }

            if (c == '*' && i + 1 < line.Length && line[i + 1] == '*')
            {
                i++;
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
