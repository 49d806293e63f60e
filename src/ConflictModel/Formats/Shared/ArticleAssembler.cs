namespace ConflictModel.Formats;

/// <summary>Collects the lead, sections and paragraphs of an article in true reading order and numbers the
/// paragraphs. Mutable while reading; produces immutable values.</summary>
internal sealed class ArticleAssembler
{
    private readonly string _source;
    private readonly bool _stripEmphasis;
    private readonly List<Paragraph> _lead = [];
    private readonly List<(string Heading, int Level, bool InBody, TextSpan? Span, List<Paragraph> Paragraphs)> _sections = [];
    private int _index;
    private CleanTextBuilder? _builder;

    public ArticleAssembler(string source, bool stripEmphasis)
    {
        _source = source;
        _stripEmphasis = stripEmphasis;
    }

    public int SectionCount => _sections.Count;

    public bool HasContentInCurrent => _sections.Count == 0 ? _lead.Count > 0 : _sections[^1].Paragraphs.Count > 0;

    public string? CurrentHeading => _sections.Count == 0 ? null : _sections[^1].Heading;

    public void AddHeading(string heading, int level, bool inBody = true, TextSpan? span = null) =>
        _sections.Add((heading, Math.Clamp(level, 2, 6), inBody, span, []));

    /// <summary>Adds a paragraph made of original ranges (joined with single spaces).</summary>
    public Paragraph? AddParagraph(IEnumerable<(int Start, int End)> ranges, ParagraphKind kind = ParagraphKind.Prose, IEnumerable<Diagnostic>? diagnostics = null)
    {
        var b = Builder();
        foreach (var (s, e) in ranges)
        {
            b.AppendRange(s, e);
        }

        return Add(b, kind, diagnostics);
    }

    /// <summary>Adds a paragraph made of the lines <paramref name="first"/>..<paramref name="last"/> (joined with single spaces).</summary>
    public Paragraph? AddParagraph(TextLines lines, int first, int last, ParagraphKind kind, IEnumerable<Diagnostic>? diagnostics)
    {
        var b = Builder();
        for (int l = first; l <= last; l++)
        {
            var line = lines[l];
            b.AppendRange(line.Start, line.End);
        }

        return Add(b, kind, diagnostics);
    }

    /// <summary>The assembler's one text builder, emptied (reused across paragraphs: its buffers stay allocated).</summary>
    private CleanTextBuilder Builder()
    {
        _builder ??= new CleanTextBuilder(_source, _stripEmphasis);
        _builder.Reset();
        return _builder;
    }

    private Paragraph? Add(CleanTextBuilder b, ParagraphKind kind, IEnumerable<Diagnostic>? diagnostics)
    {
        var (text, map, cites) = b.Build();
        if (text.Length == 0)
        {
            return null;
        }

        var p = new Paragraph(text, _index++, kind, cites, map, diagnostics?.ToEquatableArray() ?? EquatableArray<Diagnostic>.Empty);
        if (_sections.Count == 0)
        {
            _lead.Add(p);
        }
        else
        {
            _sections[^1].Paragraphs.Add(p);
        }

        return p;
    }

    public Paragraph? AddParagraph(int start, int end, ParagraphKind kind = ParagraphKind.Prose, IEnumerable<Diagnostic>? diagnostics = null)
    {
        var b = Builder();
        b.AppendRange(start, end);
        return Add(b, kind, diagnostics);
    }

    public (EquatableArray<Paragraph> Lead, EquatableArray<Section> Sections) Build() =>
        (Frozen.Of(_lead),
         _sections.Select(s => new Section(s.Heading, s.Level, Frozen.Of(s.Paragraphs), s.InBody, s.Span)).ToEquatableArray());
}

/// <summary>Heuristics for plain-text dumps where headings are bare short lines.</summary>
internal static class PlainText
{
    /// <summary>Whether a trimmed line can be a heading: short, no final sentence punctuation, starts with a capital
    /// or digit, no citation marker, not a list item.</summary>
    public static bool IsHeadingCandidate(string t) => IsHeadingCandidate(t.AsSpan());

    /// <summary>Span form of <see cref="IsHeadingCandidate(string)"/> (no copy of the line).</summary>
    public static bool IsHeadingCandidate(ReadOnlySpan<char> t)
    {
        if (t.Length is 0 or > 120)
        {
            return false;
        }

        char first = t[0];
        if (!(char.IsUpper(first) || char.IsAsciiDigit(first)))
        {
            return false;
        }

        char last = t[^1];
        if (last is '.' or '!' or '?' or ':' or ';' or ',' or '"' or '”' or '’' or ']' or '…')
        {
            return false;
        }

        if (Blank.WordCount(t) > 16 || t.Contains(" says:", StringComparison.Ordinal))
        {
            return false;
        }

        if (ReferenceParser.TryNumber(t, out _, out _))
        {
            return false;
        }

        return true;
    }

    /// <summary>Whether the paragraph reads like a scrambled one: it starts with a citation marker or a lowercase
    /// letter, or ends with a citation marker without final punctuation.</summary>
    public static bool LooksScrambled(string t)
    {
        if (t.Length == 0)
        {
            return false;
        }

        if (t[0] == '[' || char.IsLower(t[0]))
        {
            return true;
        }

        return t.EndsWith(']') && t.Length > 2 && !(t[^2] == '.' || t.LastIndexOf('[') > 0 && t[t.LastIndexOf('[') - 1] is '.' or '!' or '?' or '"' or '”');
    }

    /// <summary>Groups consecutive non-blank lines into blocks separated by blank lines; counts the blank lines before
    /// each block.</summary>
    public static List<(int First, int Last, int BlanksBefore)> Blocks(TextLines lines, int from, int to)
    {
        var blocks = new List<(int, int, int)>();
        int blanks = 0;
        int i = from;
        while (i < to)
        {
            if (lines.IsBlank(i))
            {
                blanks++;
                i++;
                continue;
            }

            int first = i;
            while (i < to && !lines.IsBlank(i))
            {
                i++;
            }

            blocks.Add((first, i - 1, blanks));
            blanks = 0;
        }

        return blocks;
    }
}
