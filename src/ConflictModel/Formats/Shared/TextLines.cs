namespace ConflictModel.Formats;

/// <summary>A line of the original text: <c>[Start, End)</c> without its line break, and its 1-based number.</summary>
internal readonly record struct Line(int Start, int End, int Number)
{
    public int Length => End - Start;
}

/// <summary>Splits a text into lines (LF, CRLF, CR) in one linear pass, and offers whitespace helpers that treat
/// tabs and non-breaking spaces as blanks.</summary>
internal sealed class TextLines
{
    public TextLines(string text)
    {
        Text = text;
        var lines = new List<Line>(Math.Min(1 << 16, text.Length / 40 + 1));
        int start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        int number = 1;
        int i = start;
        bool anyCr = text.AsSpan(start).Contains('\r'); // LF-only texts search for one character (faster)
        while (i < text.Length)
        {
            int k = anyCr ? text.AsSpan(i).IndexOfAny('\n', '\r') : text.AsSpan(i).IndexOf('\n');
            if (k < 0)
            {
                break;
            }

            i += k;
            char c = text[i];
            lines.Add(new Line(start, i, number++));
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = ++i;
        }

        if (start < text.Length || lines.Count == 0)
        {
            lines.Add(new Line(start, text.Length, number));
        }

        _lines = lines;
    }

    /// <summary>The lines as a concrete list: indexing is the hottest operation of every reader (no interface calls).</summary>
    private readonly List<Line> _lines;

    public string Text { get; }

    public IReadOnlyList<Line> Lines => _lines;

    public int Count => _lines.Count;

    public Line this[int index] => _lines[index];

    public ReadOnlySpan<char> Span(Line line) => Text.AsSpan(line.Start, line.Length);

    public string Str(Line line) => Text.Substring(line.Start, line.Length);

    /// <summary>The line trimmed of blanks (spaces, tabs, NBSP, BOM).</summary>
    public string Trimmed(Line line) => Blank.Trim(Span(line)).ToString();

    /// <summary>The trimmed line when it is at most <paramref name="max"/> characters long, else the empty string
    /// (for checks that only short lines can pass: headings, list markers, TOC lines; avoids copying long paragraphs).</summary>
    public string ShortTrimmed(Line line, int max = 256)
    {
        var (s, e) = TrimmedRange(line);
        return e - s <= max ? Text.Substring(s, e - s) : string.Empty;
    }

    /// <summary>The trimmed line as a span (no copy).</summary>
    public ReadOnlySpan<char> TrimmedSpan(Line line)
    {
        var (s, e) = TrimmedRange(line);
        return Text.AsSpan(s, e - s);
    }

    /// <summary>The first <paramref name="n"/> characters of the trimmed line.</summary>
    public string Head(Line line, int n)
    {
        var (s, e) = TrimmedRange(line);
        return Text.Substring(s, Math.Min(n, e - s));
    }

    public bool IsBlank(int index) => (uint)index >= (uint)_lines.Count || Blank.IsBlank(Span(_lines[index]));

    /// <summary>The trimmed range of a line in the original text.</summary>
    public (int Start, int End) TrimmedRange(Line line)
    {
        int s = line.Start, e = line.End;
        while (s < e && Blank.Is(Text[s]))
        {
            s++;
        }

        while (e > s && Blank.Is(Text[e - 1]))
        {
            e--;
        }

        return (s, e);
    }
}

/// <summary>Whitespace helpers.</summary>
internal static class Blank
{
    /// <summary>The ASCII blanks as bits: tab (9), vertical tab (11), form feed (12) and space (32).</summary>
    private const ulong AsciiBlankBits = (1UL << '\t') | (1UL << '\v') | (1UL << '\f') | (1UL << ' ');

    /// <summary>Whether a character is a blank (not a line break): ASCII by a bit test, others by the Unicode rules.</summary>
    public static bool Is(char c) => c < 128 ? c < 64 && ((AsciiBlankBits >> c) & 1) != 0 : IsNonAscii(c);

    private static bool IsNonAscii(char c) => c is '\u00A0' or '\uFEFF' or '\u2009' or '\u202F' or '\u200B' || char.IsWhiteSpace(c);

    /// <summary>The characters <see cref="Normalize"/> folds other than the plain space: blanks and line breaks.</summary>
    private static readonly System.Buffers.SearchValues<char> NonSpaceBlanks = BuildNonSpaceBlanks();

    private static System.Buffers.SearchValues<char> BuildNonSpaceBlanks()
    {
        var chars = new List<char>();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (c != ' ' && (Is((char)c) || c == '\n' || c == '\r'))
            {
                chars.Add((char)c);
            }
        }

        return System.Buffers.SearchValues.Create(chars.ToArray());
    }

    public static bool IsBlank(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!Is(c))
            {
                return false;
            }
        }

        return true;
    }

    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> s)
    {
        int a = 0, b = s.Length;
        while (a < b && Is(s[a]))
        {
            a++;
        }

        while (b > a && Is(s[b - 1]))
        {
            b--;
        }

        return s[a..b];
    }

    public static string Trim(string s) => Trim(s.AsSpan()).ToString();

    /// <summary>Replaces non-breaking and other odd spaces with plain spaces and collapses runs.</summary>
    public static string Normalize(string s)
    {
        // already normal once trimmed (no blank but single inner spaces, no line break inside): the trimmed text
        int a = 0, b = s.Length;
        while (a < b && (Is(s[a]) || s[a] is '\n' or '\r'))
        {
            a++;
        }

        while (b > a && (Is(s[b - 1]) || s[b - 1] is '\n' or '\r'))
        {
            b--;
        }

        var inner = s.AsSpan(a, b - a);
        if (inner.Length > 0 && inner.IndexOfAny(NonSpaceBlanks) < 0 && !inner.Contains("  ", StringComparison.Ordinal))
        {
            return b - a == s.Length ? s : s.Substring(a, b - a);
        }

        // blanks and line breaks become one space between words, none at the ends: measure, then write
        int length = 0;
        bool space = false;
        foreach (var c in s)
        {
            if (Is(c) || c == '\n' || c == '\r')
            {
                space = length > 0;
                continue;
            }

            length += space ? 2 : 1;
            space = false;
        }

        return length == 0 ? string.Empty : string.Create(length, s, static (dst, src) =>
        {
            int k = 0;
            bool pending = false;
            foreach (var c in src)
            {
                if (Is(c) || c == '\n' || c == '\r')
                {
                    pending = k > 0;
                    continue;
                }

                if (pending)
                {
                    dst[k++] = ' ';
                    pending = false;
                }

                dst[k++] = c;
            }
        });
    }

    public static int WordCount(ReadOnlySpan<char> s)
    {
        int n = 0;
        bool inWord = false;
        foreach (var c in s)
        {
            bool w = !(Is(c) || c == '\n' || c == '\r');
            if (w && !inWord)
            {
                n++;
            }

            inWord = w;
        }

        return n;
    }
}
