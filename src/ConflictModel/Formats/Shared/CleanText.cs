namespace ConflictModel.Formats;

/// <summary>Builds cleaned text from ranges of the original input: removes citation markers (kept as
/// <see cref="Citation"/>s) and, when asked, markdown emphasis; records an <see cref="OffsetMap"/>. Linear.</summary>
internal sealed class CleanTextBuilder
{
    private readonly string _source;
    private readonly bool _stripEmphasis;
    private char[] _buffer = new char[256];
    private int _length;
    private readonly List<OffsetSegment> _segments = [];
    private readonly List<Citation> _citations = [];
    private bool _pendingSpace;
    private int _pendingSpaceAt;

    public CleanTextBuilder(string source, bool stripEmphasis)
    {
        _source = source;
        _stripEmphasis = stripEmphasis;
    }

    /// <summary>Appends a range; a single space is inserted between ranges (mapped to the gap).</summary>
    public void AppendRange(int start, int end)
    {
        // trim blanks at both ends
        while (start < end && Blank.Is(_source[start]))
        {
            start++;
        }

        while (end > start && Blank.Is(_source[end - 1]))
        {
            end--;
        }

        if (start >= end)
        {
            return;
        }

        EnsureCapacity(_length + (end - start) + 1);
        if (_length > 0)
        {
            _pendingSpace = true;
            _pendingSpaceAt = Math.Max(0, start - 1);
        }

        int i = start;
        int runStart = -1;
        while (i < end)
        {
            char c = _source[i];
            if (c == '[')
            {
                int close = CitationMarkers.Match(_source, i, end, out int? number);
                if (close > 0)
                {
                    Flush(ref runStart, i);
                    _citations.Add(new Citation(_source.Substring(i, close - i), number, TextSpan.FromBounds(i, close), _length));
                    i = close;
                    continue;
                }
            }

            if (_stripEmphasis && (c == '!' || c == '[') && TryMarkdownLink(i, end, out int textStart, out int textEnd, out int after))
            {
                // [text](url) keeps its text; ![alt](src) is dropped
                Flush(ref runStart, i);
                if (c == '[' && textEnd > textStart)
                {
                    runStart = textStart;
                    Flush(ref runStart, textEnd);
                }

                i = after;
                continue;
            }
            else if (_stripEmphasis && (c == '*' || c == '_') && i + 1 < end && _source[i + 1] == c)
            {
                Flush(ref runStart, i);
                i += 2;
                continue;
            }

            if (runStart < 0)
            {
                runStart = i;
            }

            // jump to the next character that can start a marker (vectorised search)
            int next = _source.AsSpan(i + 1, end - i - 1).IndexOfAny(_stripEmphasis ? MarkdownSpecials : PlainSpecials);
            i = next < 0 ? end : i + 1 + next;
        }

        Flush(ref runStart, end);
    }

    private static readonly System.Buffers.SearchValues<char> PlainSpecials = System.Buffers.SearchValues.Create("[");
    private static readonly System.Buffers.SearchValues<char> MarkdownSpecials = System.Buffers.SearchValues.Create("[!*_");

    /// <summary>Matches <c>[text](target)</c> or <c>![alt](target)</c> within 500 characters on one line.</summary>
    private bool TryMarkdownLink(int i, int end, out int textStart, out int textEnd, out int after)
    {
        textStart = textEnd = after = 0;
        int open = _source[i] == '!' ? i + 1 : i;
        if (open >= end || _source[open] != '[')
        {
            return false;
        }

        int limit = Math.Min(end, open + 500);
        int close = -1;
        for (int j = open + 1; j < limit; j++)
        {
            char ch = _source[j];
            if (ch == ']')
            {
                close = j;
                break;
            }

            if (ch is '[' or '\n' or '\r')
            {
                return false;
            }
        }

        if (close < 0 || close + 1 >= end || _source[close + 1] != '(')
        {
            return false;
        }

        for (int j = close + 2; j < limit; j++)
        {
            char ch = _source[j];
            if (ch == ')')
            {
                textStart = open + 1;
                textEnd = close;
                after = j + 1;
                return true;
            }

            if (ch is ' ' or '\n' or '\r' or '(')
            {
                return false;
            }
        }

        return false;
    }

    private void Flush(ref int runStart, int end)
    {
        if (runStart < 0 || end <= runStart)
        {
            runStart = -1;
            return;
        }

        if (_pendingSpace)
        {
            _segments.Add(new OffsetSegment(_length, _pendingSpaceAt, 1));
            EnsureCapacity(_length + 1);
            _buffer[_length++] = ' ';
            _pendingSpace = false;
        }

        _segments.Add(new OffsetSegment(_length, runStart, end - runStart));
        EnsureCapacity(_length + (end - runStart));
        _source.AsSpan(runStart, end - runStart).CopyTo(_buffer.AsSpan(_length));
        _length += end - runStart;
        runStart = -1;
    }

    /// <summary>Grows the text buffer to hold at least <paramref name="capacity"/> characters.</summary>
    private void EnsureCapacity(int capacity)
    {
        if (capacity > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(capacity, _buffer.Length * 2));
        }
    }

    /// <summary>Empties the builder so that it can build the next text from the same source (its buffers are kept).</summary>
    public void Reset()
    {
        _length = 0;
        _segments.Clear();
        _citations.Clear();
        _pendingSpace = false;
        _pendingSpaceAt = 0;
    }

    public (string Text, OffsetMap Map, EquatableArray<Citation> Citations) Build()
    {
        // trim trailing blanks created by removed markers
        int full = _length;
        int len = full;
        while (len > 0 && Blank.Is(_buffer[len - 1]))
        {
            len--;
        }

        int lead = 0;
        while (lead < len && Blank.Is(_buffer[lead]))
        {
            lead++;
        }

        string text = new(_buffer, lead, len - lead);
        if (lead > 0 || len < full)
        {
            var segs = new List<OffsetSegment>();
            foreach (var s in _segments)
            {
                int a = Math.Max(s.TextStart, lead), b = Math.Min(s.TextStart + s.Length, len);
                if (b > a)
                {
                    segs.Add(new OffsetSegment(a - lead, s.OriginalStart + (a - s.TextStart), b - a));
                }
            }

            var cites = _citations.Select(c => c with { TextOffset = Math.Clamp(c.TextOffset - lead, 0, text.Length) }).ToArray();
            return (text, new OffsetMap(Frozen.Of(segs)), cites);
        }

        return (text, new OffsetMap(Frozen.Of(_segments)), Frozen.Of(_citations));
    }

    /// <summary>Cleans one range of the source: citation markers removed, blanks trimmed.</summary>
    public static (string Text, EquatableArray<Citation> Citations) Clean(string source, int start, int end, bool stripEmphasis = false)
    {
        // nothing that can start a marker: the range trimmed of blanks, as the builder would give it
        int s = start, e = end;
        while (s < e && Blank.Is(source[s]))
        {
            s++;
        }

        while (e > s && Blank.Is(source[e - 1]))
        {
            e--;
        }

        if (source.AsSpan(s, e - s).IndexOfAny(stripEmphasis ? MarkdownSpecials : PlainSpecials) < 0)
        {
            return (s == 0 && e == source.Length ? source : source.Substring(s, e - s), EquatableArray<Citation>.Empty);
        }

        var b = new CleanTextBuilder(source, stripEmphasis);
        b.AppendRange(start, end);
        var (t, _, c) = b.Build();
        return (t, c);
    }

    /// <summary>Cleans a standalone string (positions relative to it).</summary>
    public static string Clean(string text) => Clean(text, 0, text.Length).Text;
}

/// <summary>Recognises citation markers: <c>[12]</c>, <c>[a]</c>, <c>[ citation needed ]</c>, <c>[note 3]</c>.</summary>
internal static class CitationMarkers
{
    private static readonly string[] Templates =
    [
        "citation needed", "clarification needed", "dubious", "dubious – discuss", "dubious - discuss", "who?", "when?",
        "which?", "where?", "why?", "verification needed", "failed verification", "better source needed",
        "not in citation given", "original research?", "page needed", "full citation needed", "dead link",
        "permanent dead link", "according to whom?", "by whom?", "vague", "update", "disputed – discuss",
        "citation needed to verify", "unreliable source?", "non-primary source needed", "self-published source",
    ];

    /// <summary>Returns the index one past the closing bracket when a marker starts at <paramref name="i"/>, else -1.</summary>
    public static int Match(string s, int i, int limit, out int? number)
    {
        number = null;
        int max = Math.Min(limit, i + 48);
        int close = -1;
        for (int j = i + 1; j < max; j++)
        {
            char c = s[j];
            if (c == ']')
            {
                close = j;
                break;
            }

            if (c == '[' || c == '\n' || c == '\r')
            {
                return -1;
            }
        }

        if (close < 0)
        {
            return -1;
        }

        var inner = Blank.Trim(s.AsSpan(i + 1, close - i - 1));
        if (inner.Length == 0)
        {
            return -1;
        }

        if (AllDigits(inner))
        {
            if (inner.Length <= 6 && int.TryParse(inner, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n))
            {
                number = n;
            }

            return close + 1;
        }

        if (inner.Length <= 2 && AllLower(inner))
        {
            return close + 1;
        }

        var lower = inner.ToString().ToLowerInvariant();
        foreach (var t in Templates)
        {
            if (lower == t)
            {
                return close + 1;
            }
        }

        if ((lower.StartsWith("note ", StringComparison.Ordinal) || lower.StartsWith("nb ", StringComparison.Ordinal) || lower.StartsWith("n ", StringComparison.Ordinal))
            && lower.Length <= 9 && char.IsAsciiDigit(lower[^1]))
        {
            return close + 1;
        }

        return -1;
    }

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllLower(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>Freezes lists into <see cref="EquatableArray{T}"/> values with one array copy (no enumeration).</summary>
internal static class Frozen
{
    public static EquatableArray<T> Of<T>(List<T> list) =>
        list.Count == 0 ? EquatableArray<T>.Empty : new(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(list.ToArray()));
}
