using System.Reflection;
using System.Text;

namespace ConflictModel.Cli.Input;

/// <summary>The built-in example documents embedded from <c>Examples/</c> (see Examples/README.md): what the verbs
/// read when no file is given.</summary>
public static class ExampleDocuments
{
    private const string Prefix = "ConflictModel.Cli.Examples.";

    private static readonly Lazy<IReadOnlyList<InputDocument>> All = new(Load);

    /// <summary>Gets the examples, ordered by name (ordinal). Names are <c>example:FILE</c>.</summary>
    public static IReadOnlyList<InputDocument> Documents => All.Value;

    private static IReadOnlyList<InputDocument> Load()
    {
        var assembly = typeof(ExampleDocuments).Assembly;
        var list = new List<InputDocument>();
        foreach (string resource in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal) ||
                resource.EndsWith(".README.md", StringComparison.Ordinal) || resource == Prefix + "README.md")
            {
                continue;
            }

            using Stream stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
            list.Add(new InputDocument("example:" + resource[Prefix.Length..], reader.ReadToEnd()));
        }

        return list;
    }
}
