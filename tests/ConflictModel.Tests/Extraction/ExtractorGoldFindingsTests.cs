using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ConflictModel.Extraction;
using ConflictModel.Tests.Support;
using Xunit.Abstractions;

namespace ConflictModel.Tests.Extraction;

public class ExtractorGoldFindingsTests(ITestOutputHelper output)
{
    private static long? Number(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetInt64() : null;

    /// <summary>Every gold contested group is found: a group holding a claim for each gold figure (denials by their
    /// stance).</summary>
    [SharedFact]
    public void Contested_EveryGoldGroupFound()
    {
        var missing = new List<string>();
        var total = 0;
        foreach (var id in SharedData.SeedIds)
        {
            var doc = GoldExtraction.Extract(id);
            foreach (var g in SharedData.Gold(id).GetProperty("contestedClaims").EnumerateArray())
            {
                total++;
                var wanted = g.GetProperty("claims").EnumerateArray().Select(c => (Low: Number(c.GetProperty("low")), High: Number(c.GetProperty("high")))).ToList();
                var found = doc.Contested.Any(group =>
                {
                    var claims = group.ClaimIds.Select(i => doc.FindClaim(i)!).ToList();
                    return wanted.All(w => claims.Any(c => GoldExtraction.FigureMatches(c, w.Low, w.High)));
                });
                if (!found)
                {
                    missing.Add($"{id}: {g.GetProperty("about").GetString()}");
                }
            }
        }

        output.WriteLine($"{total - missing.Count}/{total} gold contested groups found");
        Assert.Empty(missing);
    }

    private static readonly Regex Numbers = new(@"\d[\d,]*", RegexOptions.NonBacktracking);

    private static List<long> NumbersOf(string relation) =>
        Numbers.Matches(relation).Select(m => long.Parse(m.Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture)).Order().ToList();

    /// <summary>Every gold arithmetic consistency relation is reproduced as a holding finding with the same numbers;
    /// every gold date relation whose kind the checker knows is reproduced too.</summary>
    [SharedFact]
    public void Checks_GoldArithmeticRelationsReproduced()
    {
        var missing = new List<string>();
        var total = 0;
        foreach (var id in SharedData.SeedIds)
        {
            var doc = GoldExtraction.Extract(id);
            foreach (var c in SharedData.Gold(id).GetProperty("consistencyChecks").EnumerateArray())
            {
                var relation = c.GetProperty("relation").GetString()!;
                total++;
                bool found;
                if (relation.Contains("date", StringComparison.Ordinal))
                {
                    found = doc.Checks.Any(k => k.Kind == ConsistencyKind.StartDate && k.Holds);
                }
                else
                {
                    var wanted = NumbersOf(relation);
                    found = doc.Checks.Any(k => k.Holds && NumbersOf(k.Relation).SequenceEqual(wanted));
                }

                if (!found)
                {
                    missing.Add($"{id}: {relation}");
                }
            }
        }

        foreach (var m in missing)
        {
            output.WriteLine("not reproduced: " + m);
        }

        output.WriteLine($"{total - missing.Count}/{total} gold consistency relations reproduced");
        Assert.Empty(missing);
    }

    [SharedFact]
    public void Checks_GoldInconsistenciesReportedAsFailingFindings()
    {
        var total = 0;
        var found = 0;
        foreach (var id in SharedData.SeedIds)
        {
            var doc = GoldExtraction.Extract(id);
            var failing = doc.Checks.Where(k => !k.Holds).ToList();
            foreach (var g in SharedData.Gold(id).GetProperty("inconsistencies").EnumerateArray())
            {
                total++;
                if (failing.Count > 0)
                {
                    found++;
                }

                output.WriteLine($"{id}: {g.GetProperty("what").GetString()} -> {string.Join(" | ", failing.Select(f => f.Relation))}");
            }

            // no failing finding where the gold records no inconsistency
            if (SharedData.Gold(id).GetProperty("inconsistencies").GetArrayLength() == 0)
            {
                Assert.Empty(failing);
            }
        }

        output.WriteLine($"{found}/{total} gold inconsistencies reported");
        Assert.Equal(total, found);
    }

    /// <summary>Events dated by the sentences the gold dates: for each gold day mention whose sentence yields
    /// events, one of those events carries the gold day.</summary>
    [SharedFact]
    public void Events_DatedAsGoldDayMentions()
    {
        var total = 0;
        var ok = 0;
        foreach (var id in SharedData.SeedIds)
        {
            var doc = GoldExtraction.Extract(id);
            foreach (var m in SharedData.Gold(id).GetProperty("dateMentions").EnumerateArray())
            {
                if (m.GetProperty("kind").GetString() != "day" || m.GetProperty("start").ValueKind != JsonValueKind.String)
                {
                    continue;
                }

                var start = m.GetProperty("sentenceStart").GetString()!;
                var events = doc.Events.Where(e => e.Evidence.Sentence.StartsWith(start, StringComparison.Ordinal)).ToList();
                if (events.Count == 0)
                {
                    continue;
                }

                total++;
                var day = m.GetProperty("start").GetString();
                if (events.Any(e => e.Date?.Earliest?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) == day))
                {
                    ok++;
                }
                else
                {
                    output.WriteLine($"{id}: '{start}' want {day}, got {string.Join(", ", events.Select(e => e.Date?.ToString() ?? "null"))}");
                }
            }
        }

        output.WriteLine($"{ok}/{total} gold day mentions carried by the events of their sentence");
        Assert.True(total >= 20, $"only {total} gold day mentions had events");
        Assert.True(ok >= 0.9 * total, $"{ok}/{total}");
    }

    [SharedFact]
    public void Checks_DurationInconsistencyOf000Reported()
    {
        var doc = GoldExtraction.Extract("000_12b61f800708bbd7");
        var finding = Assert.Single(doc.Checks, k => k.Kind == ConsistencyKind.Duration);
        Assert.False(finding.Holds);
        Assert.Contains("2014-07-25", finding.Note, StringComparison.Ordinal);
    }

    [SharedTheory]
    [MemberData(nameof(SharedData.Seeds), MemberType = typeof(SharedData))]
    public void Summary_MatchesGoldSidesAndCasualties(string id)
    {
        var doc = GoldExtraction.Extract(id);
        var gold = SharedData.Gold(id);
        if (gold.GetProperty("date").ValueKind == JsonValueKind.Null)
        {
            Assert.Null(doc.Summary);
            return;
        }

        var summary = Assert.IsType<EventSummary>(doc.Summary);
        var start = gold.GetProperty("date").GetProperty("start").GetString();
        Assert.Equal(start, summary.Event.Period?.Start.Earliest?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        var sides = gold.GetProperty("sides");
        if (sides.ValueKind == JsonValueKind.Null)
        {
            Assert.Empty(summary.Sides);
            return;
        }

        Assert.Equal(sides.GetArrayLength(), summary.Sides.Count);
        var i = 0;
        foreach (var side in sides.EnumerateArray())
        {
            var mine = summary.Sides[i++];
            Assert.Equal(side.GetProperty("combatants").EnumerateArray().Select(c => c.GetString()!), mine.Combatants.Select(c => c.Name));
            var wanted = side.GetProperty("casualties").EnumerateArray().Select(c => (Number(c.GetProperty("low")), Number(c.GetProperty("high")))).ToList();
            var got = mine.CasualtyClaimIds.Select(x => doc.FindClaim(x)!).ToList();
            Assert.All(wanted, w => Assert.Contains(got, c => GoldExtraction.FigureMatches(c, w.Item1, w.Item2)));
            Assert.All(got, c => Assert.Equal("infobox", c.Evidence.Section));
        }

        if (gold.GetProperty("sharedCasualties").ValueKind == JsonValueKind.Array)
        {
            var shared = summary.SharedCasualtyClaimIds.Select(x => doc.FindClaim(x)!).ToList();
            foreach (var s in gold.GetProperty("sharedCasualties").EnumerateArray())
            {
                Assert.Contains(shared, c => GoldExtraction.FigureMatches(c, Number(s.GetProperty("low")), Number(s.GetProperty("high"))));
            }
        }
    }

    [SharedTheory]
    [MemberData(nameof(SharedData.Seeds), MemberType = typeof(SharedData))]
    public void Claims_EvidenceSpanShowsTheClaimText(string id)
    {
        var doc = GoldExtraction.Extract(id);
        var text = doc.Article.Text;
        Assert.NotEmpty(doc.Claims);
        foreach (var c in doc.Claims)
        {
            var slice = DocumentExtractionProbe.Strip(c.Evidence.Span.Slice(text));
            Assert.Equal(c.Evidence.Document, id + ".txt");
            if (c.Quantity is not null)
            {
                Assert.Contains(DocumentExtractionProbe.Strip(c.Text!), slice, StringComparison.Ordinal);
            }
        }
    }

    [SharedTheory]
    [MemberData(nameof(SharedData.Seeds), MemberType = typeof(SharedData))]
    public void Json_Seed_WritesEveryEventClaimGroupAndCheck(string id)
    {
        var doc = GoldExtraction.Extract(id);
        using var json = JsonDocument.Parse(ExtractedDocumentJson.Serialize(doc));
        var root = json.RootElement;
        Assert.Equal(doc.Events.Count, root.GetProperty("events").GetArrayLength());
        Assert.Equal(doc.Claims.Count, root.GetProperty("claims").GetArrayLength());
        Assert.Equal(doc.Contested.Count, root.GetProperty("contested").GetArrayLength());
        Assert.Equal(doc.Checks.Count, root.GetProperty("checks").GetArrayLength());
        Assert.Equal(id + ".txt", root.GetProperty("document").GetString());
    }

    [SharedTheory]
    [MemberData(nameof(SharedData.Seeds), MemberType = typeof(SharedData))]
    public void Extract_Twice_GivesEqualDocuments(string id)
    {
        var article = ConflictModel.Formats.ArticleReaders.Default.Read(SharedData.SeedText(id), id);
        var a = new Extractor().Extract(article);
        var b = new Extractor().Extract(article);
        Assert.Equal(a.Events, b.Events);
        Assert.Equal(a.Claims, b.Claims);
        Assert.Equal(a.Contested, b.Contested);
        Assert.Equal(a.Checks, b.Checks);
        Assert.Equal(a.Claims.Count, a.Claims.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(a.Events.Count, a.Events.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [SharedTheory]
    [MemberData(nameof(SharedData.Seeds), MemberType = typeof(SharedData))]
    public void Events_ChildrenOfSummaryLieInItsPeriod(string id)
    {
        var doc = GoldExtraction.Extract(id);
        Assert.NotEmpty(doc.Events);
        foreach (var e in doc.Events.Where(e => e.ParentId is not null))
        {
            Assert.Equal(doc.SummaryEvent!.Id, e.ParentId);
            Assert.True(doc.SummaryEvent.When.Overlaps(e.When));
        }
    }
}

internal static class DocumentExtractionProbe
{
    public static string Strip(string s) => ConflictModel.Extraction.DocumentExtraction.StripMarkers(s);
}
