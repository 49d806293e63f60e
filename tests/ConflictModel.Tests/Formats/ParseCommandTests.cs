using System.Text.Json;
using ConflictModel.Cli;
using ConflictModel.Tests.Formats.Specs;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Formats;

public sealed class ParseCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cm-parse-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string File(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = Program.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void Prints_one_json_object_per_document()
    {
        var a = File("a.txt", SpecDocuments.WikiInfobox);
        var b = File("b.md", SpecDocuments.Markdown);
        var (code, stdout, stderr) = Run("parse", a, b);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var j = JsonDocument.Parse(lines[0]);
        var r = j.RootElement;
        Assert.Equal("1.0", r.GetProperty("schemaVersion").GetString());
        Assert.Equal("a.txt", r.GetProperty("document").GetString());
        Assert.Equal("wiki-infobox", r.GetProperty("format").GetString());
        Assert.Equal("Battle of Southvale", r.GetProperty("title").GetString());
        Assert.Equal("Hill Campaign", r.GetProperty("partOf")[0].GetString());
        var date = r.GetProperty("infobox").GetProperty("date");
        Assert.Equal("5–7 August 2016", date.GetProperty("text").GetString());
        Assert.Equal("2016-08-05", date.GetProperty("start").GetProperty("earliest").GetString());
        Assert.Equal("2016-08-07", date.GetProperty("end").GetProperty("latest").GetString());
        Assert.Equal("day", date.GetProperty("start").GetProperty("precision").GetString());
        Assert.Equal("2016-08-05", date.GetProperty("start").GetProperty("edtf").GetString());
        Assert.False(date.GetProperty("ongoing").GetBoolean());
        var side = r.GetProperty("infobox").GetProperty("sides")[1];
        Assert.Equal("Lakeland Army", side.GetProperty("combatants")[0].GetString());
        Assert.Equal("60–70 killed", side.GetProperty("casualties")[0].GetProperty("text").GetString());
        Assert.Equal("Battle", r.GetProperty("sections")[0].GetProperty("heading").GetString());
        Assert.Equal(2, r.GetProperty("sections")[0].GetProperty("level").GetInt32());
        Assert.Equal("On 5 August, the rebels attacked.", r.GetProperty("sections")[0].GetProperty("paragraphs")[0].GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Array, r.GetProperty("references").ValueKind);
        Assert.Equal(JsonValueKind.Array, r.GetProperty("diagnostics").ValueKind);
        Assert.Contains(r.GetProperty("infobox").GetProperty("fields").EnumerateArray(), f => f.GetProperty("key").GetString() == "Weather");
    }

    [Fact]
    public void Format_can_be_forced()
    {
        var a = File("a.txt", SpecDocuments.WikiInfobox);
        var (code, stdout, _) = Run("parse", "--format", "news-article", a);
        Assert.Equal(0, code);
        using var j = JsonDocument.Parse(stdout);
        Assert.Equal("news-article", j.RootElement.GetProperty("format").GetString());
    }

    [Fact]
    public void Bad_inputs_are_reported_in_one_line_each_and_the_rest_still_read()
    {
        var good = File("good.txt", SpecDocuments.News);
        var empty = File("empty.txt", string.Empty);
        var junk = Path.Combine(_dir, "junk.bin");
        var bytes = new byte[4096];
        new Random(3).NextBytes(bytes);
        System.IO.File.WriteAllBytes(junk, bytes);
        var big = Path.Combine(_dir, "big.txt");
        using (var fs = System.IO.File.Create(big))
        {
            fs.SetLength(50L * 1024 * 1024);
        }

        var missing = Path.Combine(_dir, "missing.txt");
        var (code, stdout, stderr) = Run("parse", empty, junk, big, _dir, missing, good);
        Assert.Equal(1, code);
        var outLines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, outLines.Length); // empty, junk and good are read
        Assert.Contains("\"document\":\"good.txt\"", outLines[2], StringComparison.Ordinal);
        Assert.Contains("\"document\":\"empty.txt\"", outLines[0], StringComparison.Ordinal);
        var errLines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, errLines.Length);
        Assert.Contains("too large", errLines[0], StringComparison.Ordinal);
        Assert.Contains("is a directory", errLines[1], StringComparison.Ordinal);
        Assert.Contains("no such file", errLines[2], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Reference_date_gives_a_year_to_a_yearless_infobox_date()
    {
        var f = File("raid.txt", "= Raid =\n\nInfobox\n- Date: 3–13 December\n\nText.\n");
        var (_, without, _) = Run("parse", f);
        using (var j = JsonDocument.Parse(without))
        {
            Assert.Equal(JsonValueKind.Null, j.RootElement.GetProperty("infobox").GetProperty("date").GetProperty("start").ValueKind);
            Assert.Contains(j.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "CM0401");
        }

        var (code, with, _) = Run("parse", "--reference-date", "2015-01-20", f);
        Assert.Equal(0, code);
        using var k = JsonDocument.Parse(with);
        Assert.Equal("2014-12-03/2014-12-13", k.RootElement.GetProperty("infobox").GetProperty("date").GetProperty("edtf").GetString());
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        Assert.Equal(2, Run("parse").Code);
        Assert.Equal(2, Run("parse", "--format", "bogus", "x").Code);
        Assert.Equal(2, Run("parse", "--reference-date", "yesterday", "x").Code);
        var (code, stdout, _) = Run("parse", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--reference-date", stdout, StringComparison.Ordinal);
    }

    [SharedFact]
    public void Seeds_parse_to_their_gold_format_and_title()
    {
        var files = SharedData.SeedIds.Select(id => Path.Combine(SharedData.SeedsDirectory, id + ".txt")).ToArray();
        var (code, stdout, stderr) = Run(["parse", .. files]);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(files.Length, lines.Length);
        for (int i = 0; i < files.Length; i++)
        {
            using var j = JsonDocument.Parse(lines[i]);
            var gold = SharedData.Gold(SharedData.SeedIds[i]);
            Assert.Equal(gold.GetProperty("format").GetString(), j.RootElement.GetProperty("format").GetString());
            Assert.Equal(gold.GetProperty("title").GetString(), j.RootElement.GetProperty("title").GetString());
        }
    }
}
