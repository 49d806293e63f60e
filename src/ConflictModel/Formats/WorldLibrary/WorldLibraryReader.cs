namespace ConflictModel.Formats;

/// <summary>
/// Reads World Library mirror dumps: header <c>World Library</c> and site chrome, the title (often repeated), a
/// flattened infobox, the start of the lead, the numbered reference list FIRST, then the body blocks in REVERSED order
/// (each heading after its own paragraphs), a table of contents, a possibly clause-scrambled end of the lead, and a
/// licence footer. The body is put back in true order; headings missing from the body are restored from the table of
/// contents at the blank-line gaps they left (<see cref="Section.HeadingInBody"/> = false).
/// </summary>
public sealed class WorldLibraryReader : IArticleReader
{
    private static readonly string[] ChromeLines =
    [
        "Flag as Inappropriate", "Email this Article", "Share", "Print", "Download PDF", "Add to Book Shelf",
        "Remove from Book Shelf", "Share this Article", "Report this Article", "Save", "Bookmark",
    ];

    /// <inheritdoc/>
    public string Id => FormatIds.WorldLibrary;

    /// <inheritdoc/>
    public double Sniff(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = MilitaryWikiReader.FirstLine(text);
        if (first.Equals("World Library", StringComparison.OrdinalIgnoreCase))
        {
            return 0.95;
        }

        return first.StartsWith("World Library", StringComparison.OrdinalIgnoreCase) ? 0.7 : 0;
    }

    /// <inheritdoc/>
    public Article Read(string text, string documentId, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(documentId);
        options ??= ReadOptions.Default;
        var diags = new List<Diagnostic>();
        PlainBody.CheckBinary(text, diags);
        var lines = new TextLines(text);
        var boiler = new List<BoilerplateBlock>();
        int n = lines.Count;
        int i = PlainBody.SkipBlank(lines, 0, n);

        void Boiler(int index, BoilerplateKind kind)
        {
            var (s, e) = lines.TrimmedRange(lines[index]);
            boiler.Add(new BoilerplateBlock(kind, text[s..e], TextSpan.FromBounds(s, e)));
        }

        if (i < n && lines.Trimmed(lines[i]).StartsWith("World Library", StringComparison.OrdinalIgnoreCase))
        {
            Boiler(i, BoilerplateKind.SiteChrome);
            i++;
        }

        while (true)
        {
            i = PlainBody.SkipBlank(lines, i, n);
            if (i < n && ChromeLines.Contains(lines.Trimmed(lines[i]), StringComparer.OrdinalIgnoreCase))
            {
                Boiler(i, BoilerplateKind.SiteChrome);
                i++;
                continue;
            }

            break;
        }

        string? title = null;
        if (i < n && PlainBody.IsTitleLike(lines.Trimmed(lines[i])))
        {
            title = Blank.Normalize(CleanTextBuilder.Clean(lines.Trimmed(lines[i])));
            i++;
            while (true)
            {
                int j = PlainBody.SkipBlank(lines, i, n);
                if (j < n && Blank.Normalize(lines.Trimmed(lines[j])) == title)
                {
                    Boiler(j, BoilerplateKind.Duplicate);
                    i = j + 1;
                    continue;
                }

                break;
            }
        }

        // table of contents: the last run of "• Heading N(.N)" lines
        var toc = new List<(string Heading, int Level)>();
        int tocStart = -1, tocEnd = -1;
        for (int j = n - 1; j >= i; j--)
        {
            if (MayBeTocLine(lines, j) && TryTocLine(lines.ShortTrimmed(lines[j], 200), out var h, out var lvl))
            {
                int end = j;
                int start = j;
                while (start - 1 >= i && MayBeTocLine(lines, start - 1) && TryTocLine(lines.ShortTrimmed(lines[start - 1], 200), out _, out _))
                {
                    start--;
                }

                if (end - start >= 1)
                {
                    tocStart = start;
                    tocEnd = end + 1;
                    for (int k = start; k <= end; k++)
                    {
                        TryTocLine(lines.Trimmed(lines[k]), out var hh, out var ll);
                        toc.Add((hh, ll));
                        Boiler(k, BoilerplateKind.TableOfContents);
                    }

                    break;
                }

                _ = h;
                _ = lvl;
            }
        }

        int bodyLimit = tocStart >= 0 ? tocStart : n;
        int refStart = PlainBody.FindReferenceList(lines, i, bodyLimit);
        var refs = new List<Reference>();
        int refEnd = -1;
        if (refStart >= 0)
        {
            refEnd = PlainBody.ReadReferences(lines, refStart, bodyLimit, refs, options);
        }
        else
        {
            diags.Add(new Diagnostic(0, 0, DiagnosticSeverity.Info, "no numbered reference list found", "CM0301"));
        }

        var info = FlatInfoboxParser.Parse(lines, i, refStart >= 0 ? refStart : bodyLimit, options, diags);
        var asm = new ArticleAssembler(text, stripEmphasis: false);

        // lead, first part: between the infobox and the reference list
        int leadEnd = refStart >= 0 ? refStart : info.BodyStart;
        foreach (var (f, l, _) in PlainText.Blocks(lines, info.BodyStart, leadEnd))
        {
            var tail = lines.TrimmedSpan(lines[l]);
            if (tail.Length > 0 && char.IsLetter(tail[^1]) && refStart >= 0)
            {
                var d = new Diagnostic(lines[l].Number, tail.Length, DiagnosticSeverity.Info, "the lead is cut off before the reference list (its sentence continues elsewhere)", "CM0305");
                diags.Add(d);
                PlainBody.AddBlock(lines, f, l, asm, joinLines: true, [d]);
            }
            else
            {
                PlainBody.AddBlock(lines, f, l, asm, joinLines: true);
            }
        }

        // after the table of contents: the end of the lead (maybe scrambled), then the footer
        int tailFrom = tocEnd >= 0 ? tocEnd : n;
        int footerStart = n;
        int bodyEnd = bodyLimit;
        if (tocEnd < 0)
        {
            // no table of contents: the footer is at the end of the body
            int j = n - 1;
            while (j >= (refEnd >= 0 ? refEnd : info.BodyStart) && (lines.IsBlank(j) || PlainBody.IsFooter(lines.Trimmed(lines[j]))))
            {
                j--;
            }

            bodyEnd = j + 1;
            footerStart = bodyEnd;
        }
        else
        {
            foreach (var (f, l, _) in PlainText.Blocks(lines, tailFrom, n))
            {
                if (PlainBody.IsFooter(lines.Head(lines[f], 400)))
                {
                    footerStart = f;
                    break;
                }

                var block = string.Join(' ', Enumerable.Range(f, l - f + 1).Select(x => lines.Trimmed(lines[x])));
                var d = PlainText.LooksScrambled(block)
                    ? new[] { new Diagnostic(lines[f].Number, 1, DiagnosticSeverity.Warning, "paragraph after the table of contents looks clause-scrambled (pieces out of order); kept as written", "CM0302") }
                    : null;
                if (d is not null)
                {
                    diags.AddRange(d);
                }

                PlainBody.AddBlock(lines, f, l, asm, joinLines: true, d);
            }
        }

        for (int f = footerStart; f < n; f++)
        {
            if (!lines.IsBlank(f))
            {
                Boiler(f, BoilerplateKind.Footer);
            }
        }

        // the body: between the reference list and the table of contents, blocks in reversed order
        int bodyStart = refEnd >= 0 ? refEnd : (refStart >= 0 ? refStart : info.BodyStart);
        if (refStart < 0)
        {
            bodyStart = leadEnd;
        }

        ReadBody(lines, bodyStart, bodyEnd, toc, asm, diags);
        var meta = new ArticleMetadata(Site: "World Library");
        return PlainBody.Make(title, Id, documentId, meta, info.Infobox, asm, refs, boiler, diags, text);
    }

    private static void ReadBody(TextLines lines, int from, int to, List<(string Heading, int Level)> toc, ArticleAssembler asm, List<Diagnostic> diags)
    {
        // tokens: blocks, and gaps (two or more blank lines) where a heading went missing
        var tokens = new List<(int First, int Last, bool Gap)>();
        var blocks = PlainText.Blocks(lines, from, to);
        foreach (var (f, l, blanks) in blocks)
        {
            if (blanks >= 2)
            {
                tokens.Add((f, f, true));
            }

            tokens.Add((f, l, false));
        }

        int trailing = 0;
        for (int j = to - 1; j >= from && lines.IsBlank(j); j--)
        {
            trailing++;
        }

        if (trailing >= 2)
        {
            tokens.Add((to, to, true));
        }

        string Norm(string s) => Blank.Normalize(CleanTextBuilder.Clean(s));
        var tocIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int k = 0; k < toc.Count; k++)
        {
            tocIndex.TryAdd(toc[k].Heading, k);
        }

        // which TOC entries stand in the body, and in what order (to tell reversed from normal); the TOC index of each
        // single-line token is looked up once (-1: none) and kept with the token's line
        var positions = new List<int>();
        var inBody = new HashSet<int>();
        var tocOfLine = new Dictionary<int, int>();
        foreach (var t in tokens)
        {
            if (!t.Gap && t.First == t.Last && toc.Count > 0)
            {
                if (!tocOfLine.TryGetValue(t.First, out int k))
                {
                    k = tocIndex.TryGetValue(Norm(lines.ShortTrimmed(lines[t.First], 200)), out int found) ? found : -1;
                    tocOfLine[t.First] = k;
                }

                if (k >= 0)
                {
                    positions.Add(k);
                    inBody.Add(k);
                }
            }
        }

        int decreasing = 0, increasing = 0;
        for (int k = 1; k < positions.Count; k++)
        {
            if (positions[k] < positions[k - 1])
            {
                decreasing++;
            }
            else if (positions[k] > positions[k - 1])
            {
                increasing++;
            }
        }

        bool reversed = toc.Count == 0 || decreasing >= increasing;
        if (reversed)
        {
            tokens.Reverse();
            diags.Add(new Diagnostic(lines.Count > from ? lines[Math.Min(from, lines.Count - 1)].Number : 0, 1, DiagnosticSeverity.Info,
                toc.Count == 0 ? "body blocks read in reverse order (World Library layout; no table of contents to confirm)" : "body blocks are in reverse order; read back to front", "CM0303"));
        }

        int pointer = 0;
        for (int t = 0; t < tokens.Count; t++)
        {
            var tok = tokens[t];
            if (tok.Gap)
            {
                if (pointer < toc.Count && !inBody.Contains(pointer))
                {
                    asm.AddHeading(toc[pointer].Heading, toc[pointer].Level, inBody: false);
                    diags.Add(new Diagnostic(tok.First < lines.Count ? lines[tok.First].Number : 0, 1, DiagnosticSeverity.Info, $"heading '{toc[pointer].Heading}' missing from the body; restored from the table of contents", "CM0304"));
                    pointer++;
                }

                continue;
            }

            // the line's text is only needed to find bare headings when there is no table of contents
            var first = tok.First == tok.Last && toc.Count == 0 ? lines.ShortTrimmed(lines[tok.First], 200) : string.Empty;
            if (tok.First == tok.Last && toc.Count > 0 && tocOfLine.TryGetValue(tok.First, out int k) && k >= 0 && k >= pointer)
            {
                for (; pointer < k; pointer++)
                {
                    if (!inBody.Contains(pointer))
                    {
                        asm.AddHeading(toc[pointer].Heading, toc[pointer].Level, inBody: false);
                    }
                }

                var (s, e) = lines.TrimmedRange(lines[tok.First]);
                asm.AddHeading(toc[k].Heading, toc[k].Level, true, TextSpan.FromBounds(s, e));
                pointer = k + 1;
                continue;
            }

            if (toc.Count == 0 && tok.First == tok.Last && PlainText.IsHeadingCandidate(first) && HasFollowingBlock(tokens, t))
            {
                var (s, e) = lines.TrimmedRange(lines[tok.First]);
                asm.AddHeading(Norm(first), 2, true, TextSpan.FromBounds(s, e));
                continue;
            }

            var head = lines.TrimmedSpan(lines[tok.First]);
            if (head.Length > 0 && (head[0] == '[' || char.IsLower(head[0])))
            {
                var d = new Diagnostic(lines[tok.First].Number, 1, DiagnosticSeverity.Warning, "paragraph starts mid-sentence; it may be clause-scrambled; kept as written", "CM0302");
                diags.Add(d);
                PlainBody.AddBlock(lines, tok.First, tok.Last, asm, joinLines: true, [d]);
            }
            else
            {
                PlainBody.AddBlock(lines, tok.First, tok.Last, asm, joinLines: true);
            }
        }

        for (; pointer < toc.Count; pointer++)
        {
            if (!inBody.Contains(pointer))
            {
                asm.AddHeading(toc[pointer].Heading, toc[pointer].Level, inBody: false);
            }
        }
    }

    private static bool HasFollowingBlock(List<(int First, int Last, bool Gap)> tokens, int t)
    {
        for (int j = t + 1; j < tokens.Count; j++)
        {
            if (!tokens[j].Gap)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a line can pass <c>TryTocLine(lines.ShortTrimmed(line, 200))</c>: at most 200 characters once
    /// trimmed and a bullet (<see cref="FlatInfoboxParser.IsBullet"/>); checked without copying the line.</summary>
    private static bool MayBeTocLine(TextLines lines, int index)
    {
        var t = lines.TrimmedSpan(lines[index]);
        return t.Length is >= 2 and <= 200 && t[0] is '•' or '·' or '*' or '-' or '–' && Blank.Is(t[1]);
    }

    private static readonly System.Buffers.SearchValues<char> DigitsAndDot = System.Buffers.SearchValues.Create("0123456789.");

    /// <summary>"• Open warfare 2", "• Start of … 2.1" → heading and level (2 + number of dots).</summary>
    private static bool TryTocLine(string t, out string heading, out int level)
    {
        heading = string.Empty;
        level = 0;
        if (!FlatInfoboxParser.IsBullet(t, out var rest))
        {
            return false;
        }

        int sp = rest.LastIndexOf(' ');
        if (sp <= 0)
        {
            return false;
        }

        var num = rest[(sp + 1)..];
        if (num.Length == 0 || !char.IsAsciiDigit(num[0]) || num.AsSpan().ContainsAnyExcept(DigitsAndDot) || num.EndsWith('.'))
        {
            return false;
        }

        heading = Blank.Normalize(rest[..sp]);
        level = 2 + num.AsSpan().Count('.');
        return heading.Length > 0;
    }
}
