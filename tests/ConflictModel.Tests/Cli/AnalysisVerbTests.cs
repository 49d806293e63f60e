using System.Xml.Linq;
using ConflictModel.Cli.Analysis;
using ConflictModel.Cli.Commands;
using ConflictModel.Rendering;
using NodaTime;

namespace ConflictModel.Tests.Cli;

public class AnalysisVerbTests
{
    [Fact]
    public void Timeline_NoFile_ReadsTheBuiltInExamples()
    {
        var fake = new FakeAnalysis();
        var (code, _, stderr) = CliRunner.Run(new TimelineCommand(fake));
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        Assert.Equal(5, fake.Seen.Count);
        Assert.All(fake.Seen, d => Assert.StartsWith("example:", d.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Timeline_PrintsRangesFiguresAndWhoDisagrees()
    {
        var (code, stdout, _) = CliRunner.Run(new TimelineCommand(new FakeAnalysis()));
        Assert.Equal(0, code);
        string[] lines = stdout.Split('\n');
        int palmyra = Array.FindIndex(lines, l => l.Contains("Fall of Palmyra", StringComparison.Ordinal));
        int abuKamal = Array.FindIndex(lines, l => l.Contains("Battle of Abu Kamal", StringComparison.Ordinal));
        Assert.True(palmyra >= 0 && abuKamal > palmyra, "rows are in date order");
        Assert.StartsWith("20–21 May 2015", lines[palmyra], StringComparison.Ordinal);
        Assert.EndsWith("[CONTESTED]", lines[abuKamal].TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("killed, government forces: 48–61 (61)  ! contested: SOHR: 61 (updated from 48); militia commander: fewer than 40", stdout, StringComparison.Ordinal);
        Assert.Contains("11 Nov 2017", stdout, StringComparison.Ordinal);
        Assert.Contains("3 events, 2 with contested figures", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_FiltersByDateKindActorPlace()
    {
        var (_, stdout, _) = CliRunner.Run(new TimelineCommand(new FakeAnalysis()), "--from", "2017-11", "--to", "2017");
        Assert.DoesNotContain("Palmyra", stdout, StringComparison.Ordinal);
        Assert.Contains("2 events", stdout, StringComparison.Ordinal);
        (_, stdout, _) = CliRunner.Run(new TimelineCommand(new FakeAnalysis()), "--kind", "CAPTURE");
        Assert.Contains("1 event,", stdout, StringComparison.Ordinal);
        Assert.Contains("Fall of Palmyra", stdout, StringComparison.Ordinal);
        (_, stdout, _) = CliRunner.Run(new TimelineCommand(new FakeAnalysis()), "--place", "abu kamal", "--actor", "syrian army");
        Assert.Contains("1 event,", stdout, StringComparison.Ordinal);
        Assert.Contains("Battle of Abu Kamal", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_PassesRequestToThePipeline()
    {
        var fake = new FakeAnalysis();
        CliRunner.Run(new TimelineCommand(fake), "--from", "2015-05-01", "--to", "2015-06", "--actor", "ISIL", "--actor", "YPG", "--policy", "Conservative");
        Assert.Equal(new LocalDate(2015, 5, 1), fake.LastRequest!.From);
        Assert.Equal(new LocalDate(2015, 6, 30), fake.LastRequest.To);
        Assert.Equal(["ISIL", "YPG"], fake.LastRequest.Actors);
        Assert.Equal("conservative", fake.LastRequest.Policy);
    }

    [Fact]
    public void Timeline_WritesSvgAndHtml()
    {
        using var dir = new TempDir();
        string svg = Path.Combine(dir.Path, "t.svg");
        string html = Path.Combine(dir.Path, "t.html");
        var (code, _, stderr) = CliRunner.Run(new TimelineCommand(new FakeAnalysis()), "--svg", svg, "--html", html, "--lane", "actor");
        Assert.Equal(0, code);
        Assert.Contains("wrote " + svg, stderr, StringComparison.Ordinal);
        var root = XElement.Load(svg);
        var items = root.Descendants(TimelineSvg.Svg + "g").Where(g => ((string?)g.Attribute("class"))?.StartsWith("item", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(3, items.Count);
        Assert.Equal(2, items.Count(g => g.Descendants(TimelineSvg.Svg + "circle").Any()));
        // Lanes by actor, spellings sharing the registry's canonical name: the battle (first actor "Syrian Army") and
        // the two Islamic State rows.
        var lanes = items.ToDictionary(g => (string)g.Attribute("data-id")!, g => (string)g.Attribute("data-lane")!);
        Assert.Equal(TimelineTable.LaneName("Syrian Army", actor: true), lanes["m-abukamal"]);
        Assert.Equal(lanes["m-counter"], lanes["m-palmyra"]);
        Assert.NotEqual(lanes["m-abukamal"], lanes["m-palmyra"]);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(html), StringComparison.Ordinal);
    }

    [Fact]
    public void NotWired_SaysSoInOneLineExit3()
    {
        var (code, stdout, stderr) = CliRunner.Run(new TimelineCommand(new NotWiredAnalysis()));
        Assert.Equal(3, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal("conflictmodel timeline: read 5 documents, but " + NotWiredAnalysis.Message, stderr.TrimEnd());
    }

    public static TheoryData<string[], string> BadOptions => new()
    {
        { ["--from", "2014-13-01"], "conflictmodel timeline: option --from: '2014-13-01' is not a date (expected yyyy-MM-dd, yyyy-MM or yyyy)" },
        { ["--from"], "conflictmodel timeline: option --from needs a value (D)" },
        { ["--from", "2015", "--to", "2014"], "conflictmodel timeline: --from (2015-01-01) is after --to (2014-12-31)" },
        { ["--kind", "picnic"], "conflictmodel timeline: option --kind: 'picnic' is not one of: unknown, offensive, battle, clashes, siege, attack, capture, recapture, retreat, bombing, airstrike, shelling, execution, assassination, ambush, defection, truce, reinforcement, conflict" },
        { ["--policy", "loudest"], "conflictmodel timeline: option --policy: 'loudest' is not one of: ucdp, conservative, weighted" },
        { ["--colour"], "conflictmodel timeline: unknown option '--colour' (see 'conflictmodel timeline --help')" },
        { ["--lane", "weather"], "conflictmodel timeline: option --lane: 'weather' is not one of: place, actor" },
        { ["--max-size", "lots"], "conflictmodel timeline: option --max-size: 'lots' is not a size (e.g. 64MB, 500KB)" },
        { ["--progress", "--no-progress"], "conflictmodel timeline: options --progress and --no-progress exclude each other" },
        { ["--svg", "/no/such/folder/t.svg"], "conflictmodel timeline: option --svg: folder '/no/such/folder' does not exist" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Timeline_BadOption_OneLineExit2(string[] args, string message)
    {
        var fake = new FakeAnalysis();
        var (code, stdout, stderr) = CliRunner.Run(new TimelineCommand(fake), args);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal(message, stderr.TrimEnd());
        Assert.Empty(fake.Seen);
    }

    [Fact]
    public void Timeline_SvgPathIsADirectory_Exit2()
    {
        using var dir = new TempDir();
        var (code, _, stderr) = CliRunner.Run(new TimelineCommand(new FakeAnalysis()), "--svg", dir.Path);
        Assert.Equal(2, code);
        Assert.Equal($"conflictmodel timeline: option --svg: '{dir.Path}' is a directory; give a file name", stderr.TrimEnd());
    }

    [Fact]
    public void Export_RequiresAKnownFormat()
    {
        var (code, _, stderr) = CliRunner.Run(new ExportCommand(new FakeAnalysis()));
        Assert.Equal(2, code);
        Assert.Equal("conflictmodel export: option --to is required (jsonl or ucdp-csv)", stderr.TrimEnd());
        (code, _, stderr) = CliRunner.Run(new ExportCommand(new FakeAnalysis()), "--to", "xlsx");
        Assert.Equal(2, code);
        Assert.Equal("conflictmodel export: option --to: 'xlsx' is not one of: jsonl, ucdp-csv", stderr.TrimEnd());
        var (ok, stdout, _) = CliRunner.Run(new ExportCommand(new FakeAnalysis()), "--to", "UCDP-CSV");
        Assert.Equal(0, ok);
        Assert.Equal("ucdp-csv", stdout.TrimEnd());
    }

    [Fact]
    public void Merge_AcceptsPolicyButNotFilters()
    {
        var fake = new FakeAnalysis();
        var (code, stdout, _) = CliRunner.Run(new MergeCommand(fake), "--policy", "weighted");
        Assert.Equal(0, code);
        Assert.Equal("{\"schemaVersion\":\"1.0\"}", stdout.TrimEnd());
        Assert.Equal("weighted", fake.LastRequest!.Policy);
        (code, _, _) = CliRunner.Run(new MergeCommand(fake), "--actor", "ISIL");
        Assert.Equal(2, code);
    }
}
