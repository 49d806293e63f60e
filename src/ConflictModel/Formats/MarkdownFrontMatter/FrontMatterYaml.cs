using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ConflictModel.Formats;

/// <summary>
/// Reads YAML front matter safely: YamlDotNet's event parser only (no deserializer, so no type activation), scalars
/// kept as strings, a size limit, a depth limit, a node limit, and aliases refused (reported, value dropped).
/// </summary>
internal static class FrontMatterYaml
{
    public const int MaxChars = 256 * 1024;
    public const int MaxDepth = 16;
    public const int MaxNodes = 20_000;

    /// <summary>Flattens the front matter into entries: a scalar gives one value, a list of scalars gives a list
    /// entry; nested mappings give dotted keys; a nested list item that is not a scalar is written as flow text.</summary>
    public static List<MetadataEntry> Read(string yaml, int firstLine, List<Diagnostic> diagnostics)
    {
        var entries = new List<MetadataEntry>();
        if (yaml.Length > MaxChars)
        {
            diagnostics.Add(new Diagnostic(firstLine, 1, DiagnosticSeverity.Error, $"front matter longer than {MaxChars} characters; not read", "CM0201"));
            return entries;
        }

        // every shape of front matter is read by YamlDotNet's event parser (about 15 % of reading time; a hand-written
        // fast path for simple shapes was tried and left out, so that one YAML reader serves every input)
        try
        {
            var parser = new Parser(new StringReader(yaml));
            int nodes = 0;
            var root = ReadNode(parser, 0, ref nodes, firstLine, diagnostics, expectStart: true);
            if (root is Map m)
            {
                Flatten(m, string.Empty, entries);
            }
            else if (root is not null)
            {
                diagnostics.Add(new Diagnostic(firstLine, 1, DiagnosticSeverity.Warning, "front matter is not a mapping; ignored", "CM0202"));
            }
        }
        catch (YamlException ex)
        {
            diagnostics.Add(new Diagnostic(firstLine + (int)Math.Max(0, ex.Start.Line - 1), (int)Math.Max(1, ex.Start.Column), DiagnosticSeverity.Error,
                "front matter is not valid YAML: " + ex.Message, "CM0203"));
        }
        catch (LimitException ex)
        {
            diagnostics.Add(new Diagnostic(firstLine, 1, DiagnosticSeverity.Error, ex.Message, "CM0204"));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            diagnostics.Add(new Diagnostic(firstLine, 1, DiagnosticSeverity.Error, "front matter could not be read: " + ex.Message, "CM0203"));
        }

        return entries;
    }

    private abstract record Node;

    private sealed record Scalar(string Value) : Node;

    private sealed record Seq(List<Node> Items) : Node;

    private sealed record Map(List<(string Key, Node Value)> Items) : Node;

    private sealed class LimitException(string message) : Exception(message);

    private static Node? ReadNode(IParser parser, int depth, ref int nodes, int firstLine, List<Diagnostic> diagnostics, bool expectStart = false)
    {
        while (parser.MoveNext())
        {
            var ev = parser.Current;
            if (ev is StreamStart or DocumentStart or Comment)
            {
                continue;
            }

            if (ev is StreamEnd or DocumentEnd)
            {
                return null;
            }

            return ReadFrom(parser, ev!, depth, ref nodes, firstLine, diagnostics);
        }

        _ = expectStart;
        return null;
    }

    private static Node? ReadFrom(IParser parser, ParsingEvent ev, int depth, ref int nodes, int firstLine, List<Diagnostic> diagnostics)
    {
        if (++nodes > MaxNodes)
        {
            throw new LimitException($"front matter has more than {MaxNodes} nodes; not read");
        }

        if (depth > MaxDepth)
        {
            throw new LimitException($"front matter nests deeper than {MaxDepth}; not read");
        }

        switch (ev)
        {
            case YamlDotNet.Core.Events.Scalar s:
                return new Scalar(s.Value);
            case AnchorAlias a:
                diagnostics.Add(new Diagnostic(firstLine + (int)a.Start.Line - 1, (int)a.Start.Column, DiagnosticSeverity.Warning, $"YAML alias '*{a.Value}' refused (aliases are not expanded)", "CM0205"));
                return null;
            case SequenceStart:
            {
                var items = new List<Node>();
                while (parser.MoveNext() && parser.Current is not SequenceEnd)
                {
                    if (parser.Current is Comment)
                    {
                        continue;
                    }

                    var item = ReadFrom(parser, parser.Current!, depth + 1, ref nodes, firstLine, diagnostics);
                    if (item is not null)
                    {
                        items.Add(item);
                    }
                }

                return new Seq(items);
            }

            case MappingStart:
            {
                var items = new List<(string, Node)>();
                while (parser.MoveNext() && parser.Current is not MappingEnd)
                {
                    if (parser.Current is Comment)
                    {
                        continue;
                    }

                    var key = ReadFrom(parser, parser.Current!, depth + 1, ref nodes, firstLine, diagnostics);
                    if (!parser.MoveNext())
                    {
                        break;
                    }

                    while (parser.Current is Comment && parser.MoveNext())
                    {
                    }

                    var value = ReadFrom(parser, parser.Current!, depth + 1, ref nodes, firstLine, diagnostics);
                    var k = key switch
                    {
                        Scalar ks => ks.Value,
                        null => string.Empty,
                        _ => ToFlow(key),
                    };
                    items.Add((k, value ?? new Scalar(string.Empty)));
                }

                return new Map(items);
            }

            default:
                return null;
        }
    }

    private static void Flatten(Map map, string prefix, List<MetadataEntry> entries)
    {
        foreach (var (key, value) in map.Items)
        {
            var k = prefix.Length == 0 ? key : prefix + "." + key;
            switch (value)
            {
                case Scalar s:
                    entries.Add(new MetadataEntry(k, EquatableArray.Create(s.Value)));
                    break;
                case Seq seq:
                    entries.Add(new MetadataEntry(k, seq.Items.Select(i => i is Scalar sc ? sc.Value : ToFlow(i)).ToEquatableArray(), IsList: true));
                    break;
                case Map m:
                    Flatten(m, k, entries);
                    break;
            }
        }
    }

    private static string ToFlow(Node n) => n switch
    {
        Scalar s => s.Value,
        Seq q => "[" + string.Join(", ", q.Items.Select(ToFlow)) + "]",
        Map m => "{" + string.Join(", ", m.Items.Select(i => i.Key + ": " + ToFlow(i.Value))) + "}",
        _ => string.Empty,
    };
}
