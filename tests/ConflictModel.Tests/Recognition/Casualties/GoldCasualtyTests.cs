using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ConflictModel.Recognition;
using ConflictModel.Tests.Support;
using Xunit.Abstractions;

namespace ConflictModel.Tests.Recognition.Casualties;

/// <summary>Measures <see cref="CasualtyRecognizer"/> against every gold <c>casualtyMentions</c> entry and every
/// infobox casualty/strength cell of the five seeds.</summary>
public sealed class GoldCasualtyTests(ITestOutputHelper output)
{
    private static readonly Regex Citation = new(@"\[\d+\]", RegexOptions.NonBacktracking);

    internal sealed record GoldMention(string File, string Text, long? Low, long? High, string Category, string? Who, string? AttributedTo, string Stance);

    internal sealed record Outcome(GoldMention Gold, CasualtyMention? Match, string Sentence, IReadOnlyList<CasualtyMention> Found);

    internal static string CleanSeed(string id) => Citation.Replace(SharedData.SeedText(id), string.Empty).Replace("**", string.Empty, StringComparison.Ordinal);

    internal static IEnumerable<GoldMention> GoldMentions()
    {
        foreach (var id in SharedData.SeedIds)
        {
            var gold = SharedData.Gold(id);
            foreach (var m in gold.GetProperty("casualtyMentions").EnumerateArray())
            {
                yield return new GoldMention(id, m.GetProperty("text").GetString()!, Long(m, "low"), Long(m, "high"),
                    m.GetProperty("category").GetString()!, Str(m, "who"), Str(m, "attributedTo"), m.GetProperty("stance").GetString()!);
            }
        }
    }

    internal static CasualtyCategory MapCategory(string gold) => ConflictModel.Tests.Support.GoldCategories.Map(gold) ?? CasualtyCategory.Other;

    /// <summary>gold low null = no stated lower bound; gold high null = no upper bound.</summary>
    internal static bool SameBounds(Estimate e, long? low, long? high) =>
        (low is null ? !e.HasStatedLow : e.HasStatedLow && e.Low == low) && e.High == high;

    internal static bool StanceAgrees(ClaimStance ours, string gold) => gold switch
    {
        "reported" => ours is ClaimStance.Reported or ClaimStance.Reportedly,
        "asserted" => ours == ClaimStance.Asserted,
        "claimed" => ours == ClaimStance.Claimed,
        "confirmed" => ours == ClaimStance.Confirmed,
        "denied" => ours == ClaimStance.Denied,
        "updated" => ours == ClaimStance.Updated,
        _ => false,
    };

    internal static bool ClaimantAgrees(Claimant? ours, string? gold)
    {
        if (gold is null || ours is null)
        {
            return gold is null && ours is null;
        }

        var resolved = EntityRegistry.Default.Resolve(gold);
        if (resolved is not null && ours.Key is not null)
        {
            return resolved.Id == ours.Key;
        }

        string a = EntityRegistry.Key(gold);
        string b = EntityRegistry.Key(ours.Name);
        return a == b || (ours.Kind == ClaimantKind.Named && gold.Contains(ours.Name, StringComparison.OrdinalIgnoreCase)) || a.TrimEnd('s') == b.TrimEnd('s') || b.EndsWith(a, StringComparison.Ordinal) || a.EndsWith(b, StringComparison.Ordinal);
    }

    internal static bool WhoAgrees(string? ours, string? gold)
    {
        if (gold is null || ours is null)
        {
            return gold is null && ours is null;
        }

        string a = EntityRegistry.Key(gold);
        string b = EntityRegistry.Key(ours);
        return a == b || a.TrimEnd('s') == b.TrimEnd('s') || gold.Contains(ours, StringComparison.OrdinalIgnoreCase) || ours.Contains(gold, StringComparison.OrdinalIgnoreCase);
    }

    internal static List<Outcome> Evaluate()
    {
        var outcomes = new List<Outcome>();
        var recognizer = CasualtyRecognizer.Default;
        var seeds = new Dictionary<string, (string Text, List<(int Start, int Length)> Sentences)>();
        foreach (var g in GoldMentions())
        {
            if (!seeds.TryGetValue(g.File, out var seed))
            {
                string text = CleanSeed(g.File);
                seed = (text, SentenceSplitter.Split(text).ToList());
                seeds[g.File] = seed;
            }

            int at = seed.Text.IndexOf(g.Text, StringComparison.Ordinal);
            Assert.True(at >= 0, $"gold text not in seed {g.File}: {g.Text}");
            int si = seed.Sentences.FindIndex(s => s.Start <= at && at < s.Start + s.Length);
            int sEnd = si;
            while (seed.Sentences[sEnd].Start + seed.Sentences[sEnd].Length < at + g.Text.Length)
            {
                sEnd++;
            }

            int start = seed.Sentences[si].Start;
            string sentence = seed.Text[start..(seed.Sentences[sEnd].Start + seed.Sentences[sEnd].Length)];
            int rel = at - start;
            var found = recognizer.Recognize(sentence);

            // cross-sentence links a caller makes: denials to the claim before, "the same source" to the claimant before
            var linked = found.ToList();
            if (si > 0)
            {
                var prevSpan = seed.Sentences[si - 1];
                var previous = recognizer.Recognize(seed.Text.Substring(prevSpan.Start, prevSpan.Length));
                var prevClaimant = previous.LastOrDefault(m => m.Claimant is not null)?.Claimant;
                for (int i = 0; i < linked.Count; i++)
                {
                    linked[i] = ClaimLinker.ResolveReferenceBack(ClaimLinker.ResolveSameSource(ClaimLinker.LinkDenial(linked[i], previous), prevClaimant), previous);
                }
            }

            var category = MapCategory(g.Category);
            var overlapping = linked.Where(m => m.Span.Start < rel + g.Text.Length && rel < m.Span.End).ToList();
            var match = overlapping.FirstOrDefault(m => SameBounds(m.Figure.Estimate, g.Low, g.High) && m.Figure.Category == category)
                        ?? linked.FirstOrDefault(m => SameBounds(m.Figure.Estimate, g.Low, g.High) && m.Figure.Category == category);
            outcomes.Add(new Outcome(g, match, sentence, linked));
        }

        return outcomes;
    }

    [SharedFact]
    public void CasualtyMentions_MatchGoldLowHighCategory_AtLeast95Percent()
    {
        var outcomes = Evaluate();
        int ok = outcomes.Count(o => o.Match is not null);
        var withMatch = outcomes.Where(o => o.Match is not null).ToList();
        int who = withMatch.Count(o => WhoAgrees(o.Match!.Figure.Who, o.Gold.Who));
        int att = withMatch.Count(o => ClaimantAgrees(o.Match!.Claimant, o.Gold.AttributedTo));
        int stance = withMatch.Count(o => StanceAgrees(o.Match!.Stance, o.Gold.Stance));
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"low/high/category: {ok}/{outcomes.Count} ({100.0 * ok / outcomes.Count:F1}%)");
        sb.AppendLine(CultureInfo.InvariantCulture, $"who: {who}/{withMatch.Count}, attributedTo: {att}/{withMatch.Count}, stance: {stance}/{withMatch.Count}");
        foreach (var o in outcomes)
        {
            if (o.Match is null)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"MISS {o.Gold.File[..3]} '{o.Gold.Text}' want {o.Gold.Low}-{o.Gold.High} {o.Gold.Category}; found: {string.Join(" | ", o.Found.Select(m => $"{m.Figure.Estimate}/{m.Figure.Category}/'{m.Text}'"))}");
                continue;
            }

            var m = o.Match;
            if (!WhoAgrees(m.Figure.Who, o.Gold.Who))
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"who   '{o.Gold.Text}': ours '{m.Figure.Who}' gold '{o.Gold.Who}'");
            }

            if (!ClaimantAgrees(m.Claimant, o.Gold.AttributedTo))
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"claim '{o.Gold.Text}': ours '{m.Claimant?.Name}' gold '{o.Gold.AttributedTo}'");
            }

            if (!StanceAgrees(m.Stance, o.Gold.Stance))
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"stance '{o.Gold.Text}': ours {m.Stance} gold {o.Gold.Stance}");
            }
        }

        output.WriteLine(sb.ToString());
        Assert.True(ok >= Math.Ceiling(0.95 * outcomes.Count), sb.ToString());

        // regression guards for the softer fields (measured, not targets of the issue)
        Assert.True(stance >= 0.95 * withMatch.Count, sb.ToString());
        Assert.True(att >= 0.95 * withMatch.Count, sb.ToString());
        Assert.True(who >= 0.85 * withMatch.Count, sb.ToString());
    }

    private static long? Long(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : null;

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
