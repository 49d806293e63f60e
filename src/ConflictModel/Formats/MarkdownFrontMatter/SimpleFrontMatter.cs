namespace ConflictModel.Formats;

/// <summary>
/// A fast reader for the common, simple shape of front matter: a flat mapping of <c>key: plain text</c> (possibly
/// folded over more-indented lines), <c>key: |-</c> literal blocks, and <c>key:</c> followed by a block sequence
/// <c>  - item</c> of such scalars. Whenever the text steps outside that subset (quotes or flow collections at the start
/// of a value, comments, tabs, carriage returns, odd characters, nested mappings, <c>": "</c> inside a value, unusual
/// indentation, empty values, duplicate keys, ...) it gives up and the caller reads the text with YamlDotNet; on the
/// subset it gives exactly the entries YamlDotNet's event parser gives (checked by a differential property test).
/// </summary>
/// <remarks>Linear in the input; never throws.</remarks>
internal static class SimpleFrontMatter
{
    /// <summary>Reads <paramref name="yaml"/> when it is in the simple subset.</summary>
    /// <param name="yaml">The front matter text (without its <c>---</c> fences).</param>
    /// <param name="maxNodes">The node limit of the full reader (above it the full reader reports the limit).</param>
    /// <param name="entries">The flattened entries, or <see langword="null"/> when the text is not in the subset.</param>
    /// <returns>Whether the text was in the subset.</returns>
    public static bool TryRead(string yaml, int maxNodes, out List<MetadataEntry>? entries)
    {
        entries = null;
        if (yaml.Length == 0 || !PlainCharacters(yaml))
        {
            return false;
        }

        var lines = new List<(int Start, int End)>();
        int from = 0;
        while (true)
        {
            int nl = yaml.IndexOf('\n', from);
            if (nl < 0)
            {
                lines.Add((from, yaml.Length));
                break;
            }

            lines.Add((from, nl));
            from = nl + 1;
        }

        var result = new List<MetadataEntry>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        int nodes = 1;
        int i = 0;
        while (i < lines.Count)
        {
            var line = yaml.AsSpan(lines[i].Start, lines[i].End - lines[i].Start);
            if (line.Length == 0)
            {
                i++;
                continue;
            }

            int colon = KeyLength(line);
            if (colon <= 0)
            {
                return false;
            }

            var key = line[..colon].ToString();
            if (!keys.Add(key))
            {
                return false;
            }

            var rest = line[(colon + 1)..].TrimStart(' ');
            nodes += 2;
            if (rest.Length == 0)
            {
                // "key:" then a block sequence indented under it
                i++;
                if (!ReadSequence(yaml, lines, ref i, ref nodes, out var items))
                {
                    return false;
                }

                result.Add(new MetadataEntry(key, items.ToEquatableArray(), IsList: true));
            }
            else
            {
                if (!ReadScalar(yaml, lines, ref i, rest, 0, out var value))
                {
                    return false;
                }

                result.Add(new MetadataEntry(key, EquatableArray.Create(value)));
            }

            if (nodes > maxNodes)
            {
                return false;
            }
        }

        if (result.Count == 0)
        {
            return false;
        }

        entries = result;
        return true;
    }

    /// <summary>Characters the subset allows: printable, no tab or carriage return (only LF line breaks), no comment
    /// sign, nothing YAML treats as a line break (NEL, LS, PS) or as non-printable (C1 controls, BOM, surrogates,
    /// U+FFFE/U+FFFF).</summary>
    private static bool PlainCharacters(string yaml)
    {
        if (yaml.Contains('#'))
        {
            return false;
        }

        // printable ASCII is skipped by a vectorised search; the rest is looked at one by one
        var rest = yaml.AsSpan();
        int at;
        while ((at = rest.IndexOfAnyExceptInRange(' ', '~')) >= 0)
        {
            char c = rest[at];
            if (c < ' ' ? c != '\n' : c <= '\u009F' || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))
            {
                return false;
            }

            rest = rest[(at + 1)..];
        }

        return true;
    }

    /// <summary>The length of a simple key at the start of a line (<c>[A-Za-z0-9_][A-Za-z0-9_-]*</c>, at most 100
    /// characters) followed by <c>:</c> and a space or the end of the line; -1 when the line is not such a key line.</summary>
    private static int KeyLength(ReadOnlySpan<char> line)
    {
        int k = 0;
        while (k < line.Length && k <= 100 && (char.IsAsciiLetterOrDigit(line[k]) || line[k] == '_' || (k > 0 && line[k] == '-')))
        {
            k++;
        }

        if (k == 0 || k > 100 || k >= line.Length || line[k] != ':')
        {
            return -1;
        }

        return k + 1 == line.Length || line[k + 1] == ' ' ? k : -1;
    }

    private static int Indent(ReadOnlySpan<char> line)
    {
        int k = 0;
        while (k < line.Length && line[k] == ' ')
        {
            k++;
        }

        return k;
    }

    /// <summary>Reads the items of a block sequence starting at line <paramref name="i"/>: every item <c>- value</c> at
    /// the same indentation (at least 1), blank lines allowed between items; ends at a line at column 0 or the end.</summary>
    private static bool ReadSequence(string yaml, List<(int Start, int End)> lines, ref int i, ref int nodes, out List<string> items)
    {
        items = [];
        int column = -1;
        while (i < lines.Count)
        {
            var line = yaml.AsSpan(lines[i].Start, lines[i].End - lines[i].Start);
            if (line.Length == 0)
            {
                i++;
                continue;
            }

            int indent = Indent(line);
            if (indent == 0)
            {
                break;
            }

            if (indent == line.Length || (column >= 0 && indent != column) || indent > 16)
            {
                return false;
            }

            column = indent;
            if (line.Length < indent + 3 || line[indent] != '-' || line[indent + 1] != ' ')
            {
                return false;
            }

            var rest = line[(indent + 2)..].TrimStart(' ');
            if (rest.Length == 0 || !ReadScalar(yaml, lines, ref i, rest, indent, out var value))
            {
                return false;
            }

            items.Add(value);
            nodes++;
        }

        return items.Count > 0;
    }

    /// <summary>Reads a scalar whose first line's text is <paramref name="first"/> (line <paramref name="i"/>), inside a
    /// block at column <paramref name="parent"/>: a <c>|-</c> literal block or a plain scalar folded over lines indented
    /// by at least <paramref name="parent"/> + 2. Leaves <paramref name="i"/> after the scalar.</summary>
    private static bool ReadScalar(string yaml, List<(int Start, int End)> lines, ref int i, ReadOnlySpan<char> first, int parent, out string value)
    {
        value = string.Empty;
        if (first is "|-")
        {
            return ReadLiteral(yaml, lines, ref i, parent, out value);
        }

        if (!PlainText(first, initial: true))
        {
            return false;
        }

        var parts = new List<string> { first.TrimEnd(' ').ToString() };
        i++;
        while (i < lines.Count)
        {
            var line = yaml.AsSpan(lines[i].Start, lines[i].End - lines[i].Start);
            int indent = Indent(line);
            if (line.Length == 0 || indent < parent + 2)
            {
                break;
            }

            if (indent == line.Length)
            {
                return false;
            }

            var text = line[indent..];
            if (!PlainText(text, initial: true))
            {
                return false;
            }

            parts.Add(text.TrimEnd(' ').ToString());
            i++;
        }

        value = parts.Count == 1 ? parts[0] : string.Join(' ', parts);
        return true;
    }

    /// <summary>Whether a piece of a plain scalar is safe: no indicator at its start (when <paramref name="initial"/>),
    /// no <c>": "</c> inside and no <c>:</c> at its end.</summary>
    private static bool PlainText(ReadOnlySpan<char> text, bool initial)
    {
        var t = text.TrimEnd(' ');
        if (t.Length == 0)
        {
            return false;
        }

        if (initial && t[0] is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`')
        {
            return false;
        }

        return t[^1] != ':' && !t.Contains(": ", StringComparison.Ordinal);
    }

    /// <summary>Reads a <c>|-</c> literal block after line <paramref name="i"/>: its indentation is that of its first
    /// line (at least <paramref name="parent"/> + 2), lines keep everything after that indentation (trailing spaces too),
    /// empty lines inside are kept, final line breaks are stripped.</summary>
    private static bool ReadLiteral(string yaml, List<(int Start, int End)> lines, ref int i, int parent, out string value)
    {
        value = string.Empty;
        i++;
        if (i >= lines.Count)
        {
            return false;
        }

        var head = yaml.AsSpan(lines[i].Start, lines[i].End - lines[i].Start);
        int column = Indent(head);
        if (head.Length == 0 || column == head.Length || column < parent + 2)
        {
            return false;
        }

        var content = new List<string>();
        int kept = 0;
        while (i < lines.Count)
        {
            var line = yaml.AsSpan(lines[i].Start, lines[i].End - lines[i].Start);
            if (line.Length == 0)
            {
                content.Add(string.Empty);
                i++;
                continue;
            }

            int indent = Indent(line);
            if (indent == line.Length)
            {
                return false;
            }

            if (indent < column)
            {
                break;
            }

            content.Add(line[column..].ToString());
            kept = content.Count;
            i++;
        }

        value = string.Join('\n', content.Take(kept));
        return true;
    }
}
