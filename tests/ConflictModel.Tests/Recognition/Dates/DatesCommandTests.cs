using System.Text.Json;
using ConflictModel.Cli.Commands;

namespace ConflictModel.Tests.Recognition.Dates;

/// <summary>The <c>dates</c> CLI verb: JSON lines, options and errors.</summary>
public sealed class DatesCommandTests : IDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"dates-{Guid.NewGuid():N}.txt");

    public void Dispose() => File.Delete(file);

    [Fact]
    public void Run_WritesOneJsonLinePerInputLine()
    {
        File.WriteAllText(file, "On Jan. 15, the offensive began; the next day it stalled.\nNo dates here.\nBetween 10 and 12 February 2014, and since July 2014.\n");
        var (code, stdout, stderr) = Run("--reference-date", "2017-01-20", "--mode", "news", file);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);

        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal(1, first.RootElement.GetProperty("line").GetInt32());
        Assert.Equal(1, first.RootElement.GetProperty("schemaVersion").GetInt32());
        var dates = first.RootElement.GetProperty("dates");
        Assert.Equal(2, dates.GetArrayLength());
        var jan15 = dates[0];
        Assert.Equal("On Jan. 15", jan15.GetProperty("text").GetString());
        Assert.Equal(0, jan15.GetProperty("span")[0].GetInt32());
        Assert.Equal(10, jan15.GetProperty("span")[1].GetInt32());
        Assert.Equal("2017-01-15", jan15.GetProperty("earliest").GetString());
        Assert.Equal("2017-01-15", jan15.GetProperty("latest").GetString());
        Assert.Equal("day", jan15.GetProperty("precision").GetString());
        Assert.Equal("exact", jan15.GetProperty("statedAs").GetString());
        Assert.Equal("2017-01-15", jan15.GetProperty("edtf").GetString());
        Assert.Equal("2017-01-16", dates[1].GetProperty("earliest").GetString());
        Assert.Equal("relative", dates[1].GetProperty("statedAs").GetString());

        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal(0, second.RootElement.GetProperty("dates").GetArrayLength());

        using var third = JsonDocument.Parse(lines[2]);
        var d3 = third.RootElement.GetProperty("dates");
        Assert.Equal("[2014-02-10..2014-02-12]", d3[0].GetProperty("edtf").GetString());
        Assert.Equal("oneOfRange", d3[0].GetProperty("statedAs").GetString());
        Assert.Equal("2014-07-01", d3[1].GetProperty("earliest").GetString());
        Assert.Equal(JsonValueKind.Null, d3[1].GetProperty("latest").ValueKind);
    }

    [Fact]
    public void Run_WithStats_PrintsCharactersPerSecond()
    {
        File.WriteAllText(file, "On 10 April 2014, the town fell.\n");
        var (code, _, stderr) = Run("--stats", file);
        Assert.Equal(0, code);
        Assert.Contains("characters/s", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, "--reference-date", "2017-13-40")]
    [InlineData(2, "--reference-date")]
    [InlineData(2, "--mode", "poetry")]
    [InlineData(2, "--mode", "news")]
    [InlineData(2, "--frobnicate")]
    [InlineData(2, "a.txt", "b.txt")]
    [InlineData(1, "/nonexistent/dir/file.txt")]
    public void Run_BadInput_GivesOneLineErrorAndExitCode(int expected, params string[] args)
    {
        var (code, stdout, stderr) = Run(args);
        Assert.Equal(expected, code);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith("conflictmodel dates: ", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Verb_IsDiscoverable()
    {
        var command = new DatesCommand();
        Assert.Equal("dates", command.Name);
        Assert.Contains("--reference-date", command.Help, StringComparison.Ordinal);
        Assert.Contains(ConflictModel.Cli.Program.Commands, c => c is DatesCommand);
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        int code = new DatesCommand().Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
