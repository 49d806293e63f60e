using ConflictModel.Cli.Commands;
using ConflictModel.Cli.Input;
using ConflictModel.Cli.Options;

namespace ConflictModel.Tests.Cli;

public class InputTests
{
    private static InputReadResult Read(IReadOnlyList<string> paths, InputOptions options, out string stderr)
    {
        var err = new StringWriter();
        var result = InputFiles.Read("test", paths, options, err);
        stderr = err.ToString();
        return result;
    }

    [Fact]
    public void MissingFile_OneLineErrorExit1_NoStackTrace_OtherFilesStillRead()
    {
        using var dir = new TempDir();
        string good = dir.File("good.txt", "Some report.\n");
        string missing = Path.Combine(dir.Path, "missing.txt");
        var fake = new FakeAnalysis();
        var (code, _, stderr) = CliRunner.Run(new TimelineCommand(fake), missing, good);
        Assert.Equal(1, code);
        Assert.Equal($"conflictmodel timeline: '{missing}': no such file or directory", stderr.TrimEnd());
        CliRunner.NoStackTrace(stderr);
        Assert.Equal([good], fake.Seen.Select(d => d.Name));
    }

    [Fact]
    public void OnlyBadFiles_SaysNothingCouldBeRead()
    {
        var (code, stdout, stderr) = CliRunner.Run("timeline", "/definitely/not/here.txt");
        Assert.Equal(1, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal(
            ["conflictmodel timeline: '/definitely/not/here.txt': no such file or directory", "conflictmodel timeline: no document could be read"],
            stderr.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public void EmptyFile_IsAnError()
    {
        using var dir = new TempDir();
        string empty = dir.File("empty.txt", "");
        string blank = dir.File("blank.txt", " \n\t\r\n");
        var (code, _, stderr) = CliRunner.Run(new TimelineCommand(new FakeAnalysis()), empty, blank);
        Assert.Equal(1, code);
        Assert.Contains($"conflictmodel timeline: '{empty}': file is empty", stderr, StringComparison.Ordinal);
        Assert.Contains($"conflictmodel timeline: '{blank}': file is empty", stderr, StringComparison.Ordinal);
        var ok = Read([empty], new InputOptions { AllowEmpty = true }, out string quiet);
        Assert.Equal(0, ok.Failed);
        Assert.Equal(string.Empty, quiet);
    }

    [Fact]
    public void Directory_IsExpandedInOrdinalOrder_OrRefusedWhereAFileIsRequired()
    {
        using var dir = new TempDir();
        dir.File("b.txt", "second");
        dir.File("a.md", "first");
        dir.File("sub/c.txt", "third");
        dir.File(".hidden", "skipped");
        var read = Read([dir.Path], new InputOptions(), out string stderr);
        Assert.Equal(string.Empty, stderr);
        Assert.Equal(["first", "second", "third"], read.Documents.Select(d => d.Text));
        Assert.Equal(0, read.ExitCode);

        var refused = Read([dir.Path], new InputOptions { AllowDirectories = false }, out stderr);
        Assert.Equal(1, refused.Failed);
        Assert.Empty(refused.Documents);
        Assert.Equal($"conflictmodel test: '{dir.Path}' is a directory; give one or more files.", stderr.TrimEnd());
    }

    [Fact]
    public void BinaryJunk_IsRefused_InvalidUtf8_IsWarnedAndRead()
    {
        using var dir = new TempDir();
        string binary = dir.Bytes("x.bin", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02, 0x03, 0xFF]);
        string controls = dir.Bytes("y.bin", Enumerable.Range(0, 200).Select(i => (byte)(i % 8 == 0 ? 'a' : 0x07)).ToArray());
        string latin1 = dir.Bytes("z.txt", "Caf\u00e9 report"u8.ToArray().Take(3).Concat(new byte[] { 0xE9 }).Concat(" report"u8.ToArray()).ToArray());
        var read = Read([binary, controls, latin1], new InputOptions(), out string stderr);
        Assert.Equal(2, read.Failed);
        Assert.Contains($"conflictmodel test: '{binary}': looks like binary data, not text", stderr, StringComparison.Ordinal);
        Assert.Contains($"conflictmodel test: '{controls}': looks like binary data, not text", stderr, StringComparison.Ordinal);
        Assert.Contains($"conflictmodel test: '{latin1}': warning: not valid UTF-8; invalid bytes replaced with U+FFFD", stderr, StringComparison.Ordinal);
        Assert.Equal("Caf\uFFFD report", read.Documents.Single().Text);
    }

    [Fact]
    public void TooLarge_IsRefusedBeforeReading()
    {
        using var dir = new TempDir();
        string big = dir.File("big.txt", new string('a', 2048));
        var (code, _, stderr) = CliRunner.Run(new TimelineCommand(new FakeAnalysis()), "--max-size", "1KB", big);
        Assert.Equal(1, code);
        Assert.Contains($"conflictmodel timeline: '{big}': file is 2 KB, larger than the limit of 1 KB (see --max-size)", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Bom_IsStripped_Stdin_IsRead()
    {
        using var dir = new TempDir();
        string bom = dir.Bytes("bom.txt", [0xEF, 0xBB, 0xBF, (byte)'h', (byte)'i']);
        var read = Read([bom, "-"], new InputOptions { Stdin = () => new StringReader("from stdin") }, out _);
        Assert.Equal(["hi", "from stdin"], read.Documents.Select(d => d.Text));
        Assert.Equal([bom, "-"], read.Documents.Select(d => d.Name));
    }

    [Fact]
    public void Progress_IsShownForLongRunsWhenAsked()
    {
        using var dir = new TempDir();
        for (int i = 0; i < 25; i++)
        {
            dir.File($"f{i:D2}.txt", "report " + i);
        }

        Read([dir.Path], new InputOptions { Progress = true }, out string shown);
        Assert.Contains("progress: 1/25 files", shown, StringComparison.Ordinal);
        Assert.EndsWith("progress: 25/25 files read", shown.TrimEnd(), StringComparison.Ordinal);
        Read([dir.Path], new InputOptions(), out string quiet);
        Assert.Equal(string.Empty, quiet);
        Read([dir.Path], new InputOptions { Progress = true, ProgressThreshold = 100 }, out string belowThreshold);
        Assert.Equal(string.Empty, belowThreshold);
    }

    [Fact]
    public void Examples_OnePerFormatAtLeast_ShortAndMarked()
    {
        var docs = ExampleDocuments.Documents;
        Assert.Equal(
            ["example:abu-kamal-2017.military-wiki.txt", "example:albu-kamal-2017.news-article.txt", "example:kobani-2014.world-library.txt",
             "example:palmyra-2015.markdown-frontmatter.md", "example:palmyra-2015.wiki-infobox.txt"],
            docs.Select(d => d.Name));
        foreach (var doc in docs)
        {
            int lines = doc.Text.Split('\n').Length;
            Assert.InRange(lines, 20, 62);
        }

        string Text(string part) => docs.Single(d => d.Name.Contains(part, StringComparison.Ordinal)).Text;
        Assert.StartsWith("Military Wiki\n", Text("military-wiki"), StringComparison.Ordinal);
        Assert.StartsWith("World Library", Text("world-library"), StringComparison.Ordinal);
        Assert.StartsWith("---\n", Text("markdown"), StringComparison.Ordinal);
        Assert.StartsWith("= ", Text("wiki-infobox"), StringComparison.Ordinal);
        Assert.Contains("\nInfobox\n- Conflict: ", Text("wiki-infobox"), StringComparison.Ordinal);
        Assert.Contains("\nTags:", Text("news-article"), StringComparison.Ordinal);
        // The same events under different spellings.
        Assert.Contains("Abu Kamal", Text("military-wiki"), StringComparison.Ordinal);
        Assert.Contains("Albu Kamal", Text("news-article"), StringComparison.Ordinal);
        Assert.Contains("ISIL", Text("military-wiki"), StringComparison.Ordinal);
        Assert.Contains("ISIS", Text("news-article"), StringComparison.Ordinal);
    }

    public static TheoryData<string, long> Sizes => new()
    {
        { "64MB", 64L << 20 }, { "500kb", 500L << 10 }, { "1 GB", 1L << 30 }, { "123", 123 }, { "10B", 10 },
    };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void ParseSize_ReadsUnits(string text, long bytes) => Assert.Equal(bytes, CliArgs.ParseSize(text));

    [Theory]
    [InlineData("0")]
    [InlineData("-5MB")]
    [InlineData("MB")]
    [InlineData("99999999999999999GB")]
    public void ParseSize_RejectsNonsense(string text) => Assert.Throws<UsageException>(() => CliArgs.ParseSize(text));

    [Fact]
    public void CliArgs_DoubleDashEndsOptions_EqualsFormWorks()
    {
        var args = CliArgs.Parse("t", ["--from=2014-02", "--", "--not-an-option", "-"], [new("--from", "D", "x")]);
        Assert.Equal(["--not-an-option", "-"], args.Positionals);
        Assert.Equal(new NodaTime.LocalDate(2014, 2, 1), args.GetDate("--from"));
        Assert.Equal(new NodaTime.LocalDate(2014, 2, 28), args.GetDate("--from", endOfUnit: true));
    }
}
