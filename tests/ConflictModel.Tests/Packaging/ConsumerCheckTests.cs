using System.Diagnostics;

namespace ConflictModel.Tests.Packaging;

/// <summary>A fact that runs only when CONFLICTMODEL_PACKAGING_TEST=1 (it packs and builds a scratch project: slow,
/// needs the NuGet sources). Otherwise it is skipped with that reason.</summary>
public sealed class PackagingFactAttribute : FactAttribute
{
    public PackagingFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CONFLICTMODEL_PACKAGING_TEST") != "1")
        {
            Skip = "set CONFLICTMODEL_PACKAGING_TEST=1 to pack the library and run it from a local feed (.ci/consumer-check)";
        }
    }
}

public class ConsumerCheckTests
{
    [PackagingFact]
    public void ConsumerCheck_PacksInstallsAndRunsTheLibrary()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "ConflictModel.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        Assert.NotNull(dir);
        var start = new ProcessStartInfo("bash", [Path.Combine(dir!, ".ci", "consumer-check")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = dir,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(10)), "consumer-check timed out");
        Assert.True(process.ExitCode == 0, stdout + stderr.Result);
        Assert.Contains("consumer-check: OK", stdout, StringComparison.Ordinal);
    }
}
