namespace ConflictModel.Formats;

/// <summary>Shared pieces of the plain-text readers: body blocks with bare-line headings, numbered reference lists,
/// footers and the common start (BOM, binary check).</summary>
internal static class PlainBody
{
    private static readonly string[] FooterMarkers =
    [
        "This page uses Creative Commons", "This article was sourced from Creative Commons", "Creative Commons Attribution",
        "World Heritage Encyclopedia", "By using this site, you agree", "Copyright ©", "All rights reserved",
        "Crowd sourced content that is contributed", "is NOT affiliated with any governmental", "Retrieved from \"",
        "Privacy policy", "Terms of Use", "About Wikipedia", "Disclaimers",
    ];

    public static bool IsFooter(string trimmed)
    {
        foreach (var m in FooterMarkers)
        {
            if (trimmed.Contains(m, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds body blocks from [from, to) to the assembler. Headings are single-line blocks that pass
    /// <see cref="PlainText.IsHeadingCandidate(string)"/> and are followed by another block. A heading followed directly by a
    /// heading is a parent (level 2) of the following ones (level 3).</summary>
    public static void AddBlocks(TextLines lines, int from, int to, ArticleAssembler asm, bool joinLines)
    {
        var blocks = PlainText.Blocks(lines, from, to);
        bool inParent = false;
        for (int b = 0; b < blocks.Count; b++)
        {
            var (first, last, _) = blocks[b];
            var span = lines.TrimmedSpan(lines[first]);
            bool candidate = first == last && span.Length <= 120 && PlainText.IsHeadingCandidate(span);
            var t = candidate ? span.ToString() : string.Empty;
            bool isHeading = candidate && (b + 1 < blocks.Count || IsTerminalHeading(t));
            if (isHeading)
            {
                bool nextIsHeading = b + 1 < blocks.Count && blocks[b + 1].First == blocks[b + 1].Last
                    && b + 2 < blocks.Count && PlainText.IsHeadingCandidate(lines.ShortTrimmed(lines[blocks[b + 1].First], 120));
                int level;
                if (nextIsHeading)
                {
                    level = 2;
                    inParent = true;
                }
                else if (IsTopLevelName(t))
                {
                    // a well-known top-level section ends any parent group
                    level = 2;
                    inParent = false;
                }
                else
                {
                    level = inParent ? 3 : 2;
                }

                var (s, e) = lines.TrimmedRange(lines[first]);
                asm.AddHeading(Blank.Normalize(CleanTextBuilder.Clean(t)), level, true, TextSpan.FromBounds(s, e));
                continue;
            }

            // a heading glued to its first paragraph (no blank line between): a short title-like line followed by a
            // much longer one
            if (first < last && span.Length <= 80 && Blank.WordCount(span) <= 10)
            {
                var next = lines.TrimmedSpan(lines[first + 1]);
                var firstText = span.ToString();
                if (next.Length >= 80 && span.Length * 10 <= next.Length * 6 && PlainText.IsHeadingCandidate(firstText) && !FlatInfoboxParser.IsBullet(firstText, out _))
                {
                    var (hs, he) = lines.TrimmedRange(lines[first]);
                    asm.AddHeading(Blank.Normalize(CleanTextBuilder.Clean(firstText)), inParent && !IsTopLevelName(firstText) ? 3 : 2, true, TextSpan.FromBounds(hs, he));
                    AddBlock(lines, first + 1, last, asm, joinLines);
                    continue;
                }
            }

            AddBlock(lines, first, last, asm, joinLines);
        }
    }

    private static readonly string[] TerminalHeadings =
        ["References", "Notes", "See also", "External links", "Further reading", "Bibliography", "Sources", "Footnotes", "Citations"];

    private static readonly string[] TopLevelNames =
    [
        "Background", "Prelude", "Aftermath", "Casualties", "Analysis", "Reactions", "International reactions", "Legacy",
        "Order of battle", "Consequences", "Impact", "Humanitarian situation", "Humanitarian impact", "War crimes",
        "See also", "References", "Notes", "External links", "Further reading", "Bibliography", "Sources", "Footnotes",
        "Citations",
    ];

    /// <summary>Well-known top-level section names (a parent group of subsections ends before them).</summary>
    public static bool IsTopLevelName(string t) => TopLevelNames.Contains(t, StringComparer.OrdinalIgnoreCase);

    /// <summary>Headings that may close a body with nothing after them (their list is read elsewhere).</summary>
    public static bool IsTerminalHeading(string t) => TerminalHeadings.Contains(t, StringComparer.OrdinalIgnoreCase);

    public static void AddBlock(TextLines lines, int first, int last, ArticleAssembler asm, bool joinLines, IEnumerable<Diagnostic>? diagnostics = null)
    {
        // a block of bullet lines is a list: one item per line, without the marker
        bool allBullets = true;
        for (int l = first; l <= last && allBullets; l++)
        {
            var head = lines.TrimmedSpan(lines[l]);
            allBullets = head.Length >= 2 && head[0] is '•' or '·' or '*' or '-' or '–' && Blank.Is(head[1]);
        }

        if (allBullets)
        {
            for (int l = first; l <= last; l++)
            {
                var (s, e) = lines.TrimmedRange(lines[l]);
                s++;
                while (s < e && Blank.Is(lines.Text[s]))
                {
                    s++;
                }

                asm.AddParagraph(s, e, ParagraphKind.ListItem, diagnostics);
            }

            return;
        }

        if (joinLines)
        {
            asm.AddParagraph(lines, first, last, ParagraphKind.Prose, diagnostics);
        }
        else
        {
            for (int l = first; l <= last; l++)
            {
                asm.AddParagraph(lines[l].Start, lines[l].End, ParagraphKind.Prose, diagnostics);
            }
        }
    }

    /// <summary>Finds the start of a numbered reference list: a line "1. …" followed by "2. …" (or alone at the end).</summary>
    public static int FindReferenceList(TextLines lines, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            var t = lines.TrimmedSpan(lines[i]);
            if (t.Length > 0 && char.IsAsciiDigit(t[0]) && ReferenceParser.TryNumber(t, out int n, out _) && n == 1)
            {
                int next = i + 1;
                while (next < to && lines.IsBlank(next))
                {
                    next++;
                }

                if (next >= to || (ReferenceParser.TryNumber(lines.TrimmedSpan(lines[next]), out int m, out _) && m == 2))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>Reads consecutive numbered reference lines from <paramref name="start"/>; returns the index after the list.</summary>
    public static int ReadReferences(TextLines lines, int start, int to, List<Reference> refs, ReadOptions options)
    {
        int i = start;
        int lastGood = start;
        var dates = new Dictionary<string, UncertainDate?>(StringComparer.Ordinal); // same options throughout the list
        while (i < to)
        {
            if (lines.IsBlank(i))
            {
                i++;
                continue;
            }

            var (s, e) = lines.TrimmedRange(lines[i]);
            if (!ReferenceParser.TryNumber(lines.Text.AsSpan(s, e - s), out int n, out int rest))
            {
                break;
            }

            // the entry without the blanks after "N." (the parser drops them anyway; this spares it a copy)
            int a = s + rest;
            while (a < e && Blank.Is(lines.Text[a]))
            {
                a++;
            }

            refs.Add(ReferenceParser.Parse(n, lines.Text[a..e], TextSpan.FromBounds(s, e), options, dates));
            i++;
            lastGood = i;
        }

        return lastGood;
    }

    /// <summary>Diagnoses binary junk (control characters) in the input.</summary>
    /// <summary>Control characters other than line breaks and tabs, and the replacement character.</summary>
    public static void CheckBinary(string text, List<Diagnostic> diagnostics)
    {
        int n = Math.Min(text.Length, 1 << 16);
        int controls = CountBinaryMarks(text.AsSpan(0, n));
        if (controls > 0 && controls * 20 > n)
        {
            diagnostics.Add(new Diagnostic(1, 1, DiagnosticSeverity.Warning, $"input looks binary ({controls} control characters in the first {n}); read as text", "CM0004"));
        }
    }

    /// <summary>Counts control characters other than line breaks and tabs, and replacement characters, in one
    /// vectorised pass (at most 65,536 characters, so no lane overflows).</summary>
    internal static int CountBinaryMarks(ReadOnlySpan<char> text)
    {
        var units = System.Runtime.InteropServices.MemoryMarshal.Cast<char, ushort>(text);
        int width = System.Numerics.Vector<ushort>.Count;
        var space = new System.Numerics.Vector<ushort>(' ');
        var lf = new System.Numerics.Vector<ushort>('\n');
        var cr = new System.Numerics.Vector<ushort>('\r');
        var tab = new System.Numerics.Vector<ushort>('\t');
        var replacement = new System.Numerics.Vector<ushort>('\uFFFD');
        var counts = System.Numerics.Vector<ushort>.Zero;
        int i = 0;
        for (; i + width <= units.Length; i += width)
        {
            var v = new System.Numerics.Vector<ushort>(units.Slice(i));
            var control = System.Numerics.Vector.AndNot(
                System.Numerics.Vector.LessThan(v, space),
                System.Numerics.Vector.Equals(v, lf) | System.Numerics.Vector.Equals(v, cr) | System.Numerics.Vector.Equals(v, tab));
            counts -= control | System.Numerics.Vector.Equals(v, replacement);
        }

        int total = 0;
        for (int k = 0; k < width; k++)
        {
            total += counts[k];
        }

        for (; i < units.Length; i++)
        {
            char c = text[i];
            if ((c < ' ' && c is not ('\n' or '\r' or '\t')) || c == '\uFFFD')
            {
                total++;
            }
        }

        return total;
    }

    public static int SkipBlank(TextLines lines, int i, int to)
    {
        while (i < to && lines.IsBlank(i))
        {
            i++;
        }

        return i;
    }

    /// <summary>Whether a line can be a title (not too long).</summary>
    public static bool IsTitleLike(string t) => t.Length is > 0 and <= 300 && Blank.WordCount(t) <= 40;

    public static Article Make(string? title, string format, string id, ArticleMetadata meta, Infobox? infobox, ArticleAssembler asm,
        List<Reference> refs, List<BoilerplateBlock> boiler, List<Diagnostic> diags, string text, int unparsed = 0)
    {
        var (lead, sections) = asm.Build();
        if (title is null)
        {
            diags.Add(new Diagnostic(1, 1, DiagnosticSeverity.Warning, "the document has no title", "CM0005"));
        }

        return new Article(title, format, id, meta, infobox, lead, sections, Frozen.Of(refs), Frozen.Of(boiler), Frozen.Of(diags), text)
        {
            UnparsedReferenceEntries = unparsed,
        };
    }
}
