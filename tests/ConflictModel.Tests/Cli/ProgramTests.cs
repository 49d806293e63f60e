using ConflictModel.Cli;

namespace ConflictModel.Tests.Cli;

public class ProgramTests
{
    [Fact]
    public void Run_NoArguments_PrintsVerbListAndExits2()
    {
        var (code, stdout, _) = CliRunner.Run();
        Assert.Equal(2, code);
        Assert.StartsWith("usage: conflictmodel <verb>", stdout, StringComparison.Ordinal);
        foreach (var verb in new[] { "timeline", "merge", "contested", "export" })
        {
            Assert.Contains("  " + verb + " ", stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Run_UnknownVerb_OneLineErrorExit2()
    {
        var (code, stdout, stderr) = CliRunner.Run("frobnicate", "x.txt");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal("conflictmodel: unknown verb 'frobnicate'. Run 'conflictmodel --help' for the list.", stderr.TrimEnd());
    }

    [Fact]
    public void Timeline_NoArguments_PrintsTheMergedTimelineOfTheExamples()
    {
        var (code, stdout, stderr) = CliRunner.Run("timeline");
        Assert.Equal(0, code);
        CliRunner.NoStackTrace(stderr);
        Assert.All(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.StartsWith("conflictmodel timeline: note:", l, StringComparison.Ordinal));
        Assert.StartsWith("WHEN ", stdout, StringComparison.Ordinal);
        // The battle of Abu Kamal (examples: military-wiki and news) is on the timeline with its dates as a range.
        Assert.Contains("8–19 Nov 2017", stdout, StringComparison.Ordinal);
        // The two Palmyra documents (markdown and wiki-infobox, spelled Palmyra / Tadmur) merge into one event.
        Assert.Contains("sources: example:palmyra-2015.markdown-frontmatter.md, example:palmyra-2015.wiki-infobox.txt", stdout, StringComparison.Ordinal);
        Assert.Matches(@"\n\d+ events?, \d+ with contested figures\s*$", stdout);
    }

    public static TheoryData<string> Verbs()
    {
        var data = new TheoryData<string>();
        foreach (var c in Program.Commands)
        {
            data.Add(c.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void EveryVerb_HasHelp(string verb)
    {
        var (code, stdout, stderr) = CliRunner.Run(verb, "--help");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        Assert.StartsWith($"usage: conflictmodel {verb}", stdout, StringComparison.Ordinal);
        Assert.True(stdout.Split('\n').Length >= 3, "help has more than a usage line");
        var command = Program.Commands.Single(c => c.Name == verb);
        Assert.False(string.IsNullOrWhiteSpace(command.Summary));
    }
}
