using ConflictModel.Cli.Analysis;
using ConflictModel.Cli.Commands;
using ConflictModel.Cli.Input;
using ConflictModel.Merge;
using NodaTime;

namespace ConflictModel.Tests.Cli;

public class MergeAnalysisTests
{
    private static readonly UncertainDate Battle = UncertainDate.OneOf(new LocalDate(2017, 11, 8), new LocalDate(2017, 11, 19));

    // Two reports of one battle, spelled differently, disagreeing on the government's dead (hand-built claims: the
    // extraction stage is not part of this test).
    private static ExtractedSet Extract(InputDocument doc) => doc.Name switch
    {
        "wiki" => ExtractedSet.Create("wiki",
            [Event("wiki#battle", "wiki", "Abu Kamal", "ISIL", "wiki#c1")],
            [Count("wiki#c1", "wiki#battle", "wiki", "SOHR", Estimate.Exactly(61))]),
        "news" => ExtractedSet.Create("news",
            [Event("news#battle", "news", "Albu Kamal", "ISIS", "news#c1")],
            [Count("news#c1", "news#battle", "news", "a militia commander", Estimate.UpTo(39))]),
        _ => ExtractedSet.Create(doc.Name, [], []),
    };

    private static string Key(string name)
    {
        string basic = MergeOptions.Default.NameKey(name);
        return basic switch { "albu kamal" => "abu kamal", "isis" => "isil", _ => basic };
    }

    private static ConflictEvent Event(string id, string doc, string place, string jihadists, string claimId) =>
        new(id, EventKind.Battle, Battle, null, new[] { place }.ToEquatableArray(), new string?[] { null }.ToEquatableArray(),
            new[] { new EventActor("Syrian Army", null, ActorRole.Initiator), new EventActor(jihadists, null, ActorRole.Target) }.ToEquatableArray(),
            null, new Evidence(doc, new TextSpan(0, 20), "The battle for the town."), new[] { claimId }.ToEquatableArray(), "Battle for " + place);

    private static Claim Count(string id, string eventId, string doc, string claimant, Estimate value) =>
        new(id, new ClaimSubject(eventId, ClaimAspect.Count, CasualtyCategory.Killed, "government forces", "government"), value, null, null,
            new Claimant(claimant, null, ClaimantKind.Named), ClaimStance.Reported, Battle,
            new Evidence(doc, new TextSpan(30, 20), $"{claimant} gave the toll."));

    private static readonly InputDocument[] Docs = [new("wiki", "text a"), new("news", "text b")];

    [Fact]
    public void Timeline_MergesSpellingsIntoOneRow_WithTheContestedFigureAndWhoSaysWhat()
    {
        var analysis = new MergeAnalysis(Extract, MergeOptions.Default with { NameKey = Key });
        var rows = analysis.Timeline(Docs, AnalysisRequest.All);
        var row = Assert.Single(rows);
        Assert.Equal(["news", "wiki"], row.Documents);
        Assert.Equal(Battle.Earliest, row.When.Earliest);
        Assert.Equal(Battle.Latest, row.When.Latest);
        var figure = Assert.Single(row.Figures);
        Assert.Equal("killed, government forces", figure.What);
        Assert.True(figure.Contested);
        Assert.Contains("SOHR: 61", figure.Disagreement, StringComparison.Ordinal);
        Assert.Contains("a militia commander: up to 39", figure.Disagreement, StringComparison.Ordinal);
    }

    [Fact]
    public void TimelineVerb_OverTheMergeEngine_PrintsOneContestedEvent()
    {
        using var dir = new TempDir();
        string wiki = dir.File("wiki", "text a");
        string news = dir.File("news", "text b");
        var analysis = new MergeAnalysis(d => Extract(d with { Name = Path.GetFileName(d.Name) }), MergeOptions.Default with { NameKey = Key });
        var (code, stdout, stderr) = CliRunner.Run(new TimelineCommand(analysis), wiki, news);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("8–19 Nov 2017", stdout, StringComparison.Ordinal);
        Assert.Contains("1 event, 1 with contested figures", stdout, StringComparison.Ordinal);

        var (code2, contested, _) = CliRunner.Run(new ContestedCommand(analysis), news, wiki, "--policy", "conservative");
        Assert.Equal(0, code2);
        Assert.Contains("  SOHR: 61 [reported] in wiki", contested, StringComparison.Ordinal);
        Assert.Contains("assessment (conservative)", contested, StringComparison.Ordinal);
        Assert.EndsWith("1 contested figure", contested.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_ManyFiles_ShowsExtractionProgressWhenAsked_AndTheResultDoesNotDependOnOrder()
    {
        using var dir = new TempDir();
        var files = Enumerable.Range(0, 30).Select(i => dir.File($"d{i:D2}.txt", "report " + i)).ToArray();
        var analysis = new MergeAnalysis(d => ExtractedSet.Create(d.Name, [], []));
        var (code, stdout, stderr) = CliRunner.Run(new TimelineCommand(analysis), ["--progress", .. files]);
        Assert.Equal(0, code);
        Assert.Contains("progress: 30/30 files read", stderr, StringComparison.Ordinal);
        Assert.EndsWith("progress: 30/30 files extracted", stderr.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("0 events", stdout, StringComparison.Ordinal);

        var merged = new MergeAnalysis(d => Extract(d with { Name = Path.GetFileName(d.Name) }), MergeOptions.Default with { NameKey = Key });
        string wiki = dir.File("wiki", "a");
        string news = dir.File("news", "b");
        var (_, forward, _) = CliRunner.Run(new MergeCommand(merged), wiki, news);
        var (_, backward, _) = CliRunner.Run(new MergeCommand(merged), news, wiki);
        Assert.Equal(forward, backward);
        Assert.Contains("\"schemaVersion\"", forward, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_WithoutAliases_KeepsTwoEvents()
    {
        var rows = new MergeAnalysis(Extract, MergeOptions.Default with { NameKey = n => n.ToLowerInvariant() }).Timeline(Docs, AnalysisRequest.All);
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.False(r.Contested));
    }
}
