using System.Xml.Linq;

namespace ConflictModel.Tests.Packaging;

/// <summary>Checks that the README, the CI scripts and the library's project file agree with one another.</summary>
public class RepositoryContractTests
{
    private static string Root()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "ConflictModel.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        Assert.NotNull(dir);
        return dir!;
    }

    [Fact]
    public void Readme_QuickStart_IsExactlyTheTwoCommands()
    {
        string readme = File.ReadAllText(Path.Combine(Root(), "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        int start = readme.IndexOf("## Quick start\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README has no '## Quick start' section");
        int open = readme.IndexOf("```bash\n", start, StringComparison.Ordinal) + "```bash\n".Length;
        int close = readme.IndexOf("```", open, StringComparison.Ordinal);
        var commands = readme[open..close].Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split('#')[0].Trim()).ToArray();
        Assert.Equal(["dotnet run --project samples/ConflictModel.Cli -- timeline", "dotnet test ConflictModel.sln"], commands);
    }

    [Fact]
    public void Readme_LinkedDocsExist()
    {
        string root = Root();
        string readme = File.ReadAllText(Path.Combine(root, "README.md"));
        foreach (var doc in new[] { "docs/json-contract.md", "docs/benchmarks.md" })
        {
            Assert.Contains("(" + doc + ")", readme, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(root, doc)), doc);
        }

        Assert.False(File.Exists(Path.Combine(root, "docs", "README-draft.md")), "the draft was merged into README.md");
    }

    [Fact]
    public void PackCheck_IntendedDependencies_EqualTheLibraryPackageReferences()
    {
        string root = Root();
        var csproj = XDocument.Load(Path.Combine(root, "src", "ConflictModel", "ConflictModel.csproj"));
        var referenced = csproj.Descendants("PackageReference")
            .Where(e => (string?)e.Attribute("PrivateAssets") != "all")
            .Select(e => (string)e.Attribute("Include")!).Order(StringComparer.Ordinal).ToArray();

        string script = File.ReadAllText(Path.Combine(root, ".ci", "pack-check")).Replace("\r\n", "\n", StringComparison.Ordinal);
        int start = script.IndexOf("intended=\"", StringComparison.Ordinal) + "intended=\"".Length;
        int end = script.IndexOf('"', start);
        var intended = script[start..end].Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(referenced, intended);
        string readme = File.ReadAllText(Path.Combine(root, "README.md"));
        Assert.All(intended, id => Assert.Contains("**" + id + "**", readme, StringComparison.Ordinal));
    }

    [Fact]
    public void CiExtra_IsExecutableAndRunsTheChecks()
    {
        string path = Path.Combine(Root(), ".ci", "extra");
        string script = File.ReadAllText(path);
        Assert.Contains(".ci/pack-check", script, StringComparison.Ordinal);
        Assert.Contains(".ci/consumer-check", script, StringComparison.Ordinal);
        Assert.Contains("--job Dry", script, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.True((File.GetUnixFileMode(path) & UnixFileMode.UserExecute) != 0, ".ci/extra is not executable");
        }
    }
}
