namespace ConflictModel.Benchmarks;

/// <summary>Finds the seed documents (shared/seeds) for the benchmarks that read them: CONFLICTMODEL_SHARED, else a
/// <c>shared/</c> folder beside the repository or beside any folder above it (a git worktree under a folder of
/// worktrees). The texts are never copied into the repository.</summary>
internal static class SeedFiles
{
    /// <summary>Returns the seeds' texts in file-name order, or an empty array when none are found.</summary>
    public static string[] Load()
    {
        var dir = Find();
        return dir is null ? [] : Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
    }

    private static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("CONFLICTMODEL_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(Path.Combine(env, "seeds")))
        {
            return Path.Combine(env, "seeds");
        }

        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "ConflictModel.sln")))
            {
                for (var up = d.Parent; up is not null; up = up.Parent)
                {
                    var candidate = Path.Combine(up.FullName, "shared", "seeds");
                    if (Directory.Exists(candidate))
                    {
                        return candidate;
                    }
                }

                return null;
            }
        }

        return null;
    }
}
