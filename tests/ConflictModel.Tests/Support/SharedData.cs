using System.Text.Json;

namespace ConflictModel.Tests.Support;

/// <summary>Finds ../shared (the seeds and gold) beside the checkout. Tests that need it use
/// <see cref="SharedFactAttribute"/> / <see cref="SharedTheoryAttribute"/>, which skip with a visible reason when it is
/// absent and always run when it is present.</summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(Find);

    public static bool Available => Root.Value is not null;

    public static string SkipReason =>
        "../shared (seeds and gold) is not beside this checkout; gold tests are skipped. Clone next to shared/ to run them.";

    public static string Directory => Root.Value ?? throw new InvalidOperationException(SkipReason);

    public static string SeedsDirectory => Path.Combine(Directory, "seeds");

    public static string GoldDirectory => Path.Combine(Directory, "gold");

    /// <summary>The seed ids (file names without extension), sorted.</summary>
    public static IReadOnlyList<string> SeedIds =>
        Available
            ? System.IO.Directory.GetFiles(SeedsDirectory, "*.txt").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal).ToArray()
            : [];

    public static string SeedText(string id) => File.ReadAllText(Path.Combine(SeedsDirectory, id + ".txt"));

    public static JsonElement Gold(string id)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(GoldDirectory, id + ".json")));
        return doc.RootElement.Clone();
    }

    public static JsonElement CrossDocument()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(GoldDirectory, "cross-document.json")));
        return doc.RootElement.Clone();
    }

    /// <summary>Theory data: one row per seed id (empty when shared/ is absent; the theory is then skipped).</summary>
    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var id in SeedIds)
        {
            data.Add(id);
        }

        return data;
    }

    private static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("CONFLICTMODEL_SHARED");
        if (!string.IsNullOrEmpty(env) && System.IO.Directory.Exists(Path.Combine(env, "gold")))
        {
            return Path.GetFullPath(env);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ConflictModel.sln")))
            {
                var candidate = Path.Combine(dir.FullName, "..", "shared");
                return System.IO.Directory.Exists(Path.Combine(candidate, "gold")) ? Path.GetFullPath(candidate) : null;
            }
        }

        return null;
    }
}

/// <summary>A fact that needs ../shared; skipped with a visible reason when it is absent.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (!SharedData.Available)
        {
            Skip = SharedData.SkipReason;
        }
    }
}

/// <summary>A theory that needs ../shared; skipped with a visible reason when it is absent.</summary>
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute()
    {
        if (!SharedData.Available)
        {
            Skip = SharedData.SkipReason;
        }
    }
}
