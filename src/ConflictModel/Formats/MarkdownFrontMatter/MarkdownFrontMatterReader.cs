namespace ConflictModel.Formats;

/// <summary>
/// Reads markdown with YAML front matter: <c>---</c> block (subject/title, description, author, pubDate, tags, date,
/// place, …) read safely, then a markdown body scanned line by line (ATX headings <c>##</c>/<c>###</c>, list items,
/// paragraphs, fenced code), emphasis removed, junk lines such as <c>[object Object]</c> reported and counted.
/// </summary>
/// <remarks>The body scanner is hand-written rather than Markdig: it keeps exact original offsets for every
/// paragraph (needed for evidence spans) and handles the corrupted lines these dumps contain in one linear pass.</remarks>
public sealed class MarkdownFrontMatterReader : IArticleReader
{
    private const string Junk = "[object Object]";

    /// <inheritdoc/>
    public string Id => FormatIds.MarkdownFrontMatter;

    /// <inheritdoc/>
    public double Sniff(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = MilitaryWikiReader.FirstLine(text);
        if (first == "---")
        {
            // a key: value line soon after
            int nl = text.IndexOf('\n', StringComparison.Ordinal);
            if (nl > 0)
            {
                int nl2 = text.IndexOf('\n', nl + 1);
                var second = text[(nl + 1)..(nl2 < 0 ? Math.Min(text.Length, nl + 200) : nl2)];
                if (second.Contains(':', StringComparison.Ordinal))
                {
                    return 0.95;
                }
            }

            return 0.6;
        }

        return first.StartsWith("# ", StringComparison.Ordinal) || first.StartsWith("## ", StringComparison.Ordinal) ? 0.45 : 0;
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
        int n = lines.Count;
        int i = PlainBody.SkipBlank(lines, 0, n);
        var entries = new List<MetadataEntry>();
        var boiler = new List<BoilerplateBlock>();
        if (i < n && lines.Trimmed(lines[i]) == "---")
        {
            int close = -1;
            for (int j = i + 1; j < n; j++)
            {
                var t = lines.Span(lines[j]).TrimEnd();
                if (t is "---" or "...")
                {
                    close = j;
                    break;
                }
            }

            if (close < 0)
            {
                diags.Add(new Diagnostic(lines[i].Number, 1, DiagnosticSeverity.Error, "front matter is not closed by '---'; read as body", "CM0206"));
                i++;
            }
            else
            {
                int ys = i + 1 < close ? lines[i + 1].Start : lines[close].Start;
                var yaml = text[ys..lines[close].Start];
                entries = FrontMatterYaml.Read(yaml, lines[i].Number + 1, diags);
                i = close + 1;
            }
        }

        string? Get(string key)
        {
            foreach (var e in entries)
            {
                if (string.Equals(e.Key, key, StringComparison.OrdinalIgnoreCase) && e.Values.Count > 0)
                {
                    return e.IsList ? string.Join(", ", e.Values) : e.Values[0];
                }
            }

            return null;
        }

        var asm = new ArticleAssembler(text, stripEmphasis: true);
        string? h1 = null;
        int unparsed = 0;
        int junkLines = 0;
        var para = new List<(int, int)>();
        void FlushPara()
        {
            if (para.Count > 0)
            {
                asm.AddParagraph(para);
                para.Clear();
            }
        }

        bool inFence = false;
        for (; i < n; i++)
        {
            var line = lines[i];
            var (s, e) = lines.TrimmedRange(line);
            var ts = text.AsSpan(s, e - s); // the line's text is copied only where a string is needed
            string? t = null;
            if (ts.StartsWith("```", StringComparison.Ordinal) || ts.StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                FlushPara();
                continue;
            }

            if (inFence)
            {
                para.Add((s, e));
                continue;
            }

            if (ts.Length == 0)
            {
                FlushPara();
                continue;
            }

            int junkAt = ts.IndexOf(Junk, StringComparison.Ordinal);
            if (junkAt >= 0)
            {
                t = ts.ToString();
                int count = CountOccurrences(t, Junk);
                unparsed += count;
                junkLines++;
                boiler.Add(new BoilerplateBlock(BoilerplateKind.Junk, t, TextSpan.FromBounds(s, e)));
                if (junkLines <= 3)
                {
                    diags.Add(new Diagnostic(line.Number, junkAt + 1 + (s - line.Start), DiagnosticSeverity.Warning, $"junk placeholder '{Junk}' (an unreadable entry)", "CM0207"));
                }

                t = t.Replace(Junk, string.Empty, StringComparison.Ordinal).Trim();
                if (t.Length == 0)
                {
                    FlushPara();
                    continue;
                }

                e = s + t.Length; // the rest is a prefix of the line in these dumps
                ts = t.AsSpan();
            }

            if (ts[0] == '#')
            {
                t ??= ts.ToString();
                int level = 0;
                while (level < t.Length && t[level] == '#')
                {
                    level++;
                }

                if (level <= 6 && (level == t.Length || t[level] == ' '))
                {
                    FlushPara();
                    var heading = Blank.Normalize(CleanTextBuilder.Clean(t[level..].Trim().TrimEnd('#').Trim()));
                    heading = heading.Replace("**", string.Empty, StringComparison.Ordinal);
                    if (heading.Length == 0)
                    {
                        continue;
                    }

                    if (level == 1 && h1 is null && asm.SectionCount == 0)
                    {
                        h1 = heading;
                        continue;
                    }

                    if (asm.CurrentHeading == heading && !asm.HasContentInCurrent)
                    {
                        diags.Add(new Diagnostic(line.Number, 1, DiagnosticSeverity.Info, $"repeated heading '{heading}' merged", "CM0208"));
                        continue;
                    }

                    asm.AddHeading(heading, Math.Max(2, level), true, TextSpan.FromBounds(s, e));
                    continue;
                }
            }

            if (IsListItem(ts, out int markerLength))
            {
                FlushPara();
                int ls = s + markerLength;
                while (ls < e && Blank.Is(text[ls]))
                {
                    ls++;
                }

                asm.AddParagraph(ls, e, ParagraphKind.ListItem);
                continue;
            }

            para.Add((s, e));
        }

        FlushPara();
        if (junkLines > 3)
        {
            diags.Add(new Diagnostic(0, 0, DiagnosticSeverity.Warning, $"{junkLines} lines held '{Junk}' placeholders ({unparsed} entries)", "CM0209"));
        }

        var title = Get("subject") ?? Get("title") ?? h1;
        var tags = entries.FirstOrDefault(e => string.Equals(e.Key, "tags", StringComparison.OrdinalIgnoreCase))?.Values ?? EquatableArray<string>.Empty;
        var pub = Get("pubDate") ?? Get("published") ?? Get("publishDate");
        var meta = new ArticleMetadata(
            PublicationDate: pub is not null && options.RecognizeCells ? Recognition.Date(pub, options) : null,
            PublicationDateText: pub,
            Author: Get("author"),
            Site: Get("site"),
            Description: Get("description") ?? Get("shortDescription"),
            Tags: tags,
            Extra: entries.ToEquatableArray());
        var infobox = BuildInfobox(entries, Get, options, diags);
        return PlainBody.Make(title is null ? null : Blank.Normalize(title), Id, documentId, meta, infobox, asm, [], boiler, diags, text, unparsed);
    }

    private static Infobox? BuildInfobox(List<MetadataEntry> entries, Func<string, string?> get, ReadOptions options, List<Diagnostic> diags)
    {
        string? FirstOf(string key)
        {
            var e = entries.FirstOrDefault(x => string.Equals(x.Key, key, StringComparison.OrdinalIgnoreCase));
            if (e is null || e.Values.Count == 0)
            {
                return null;
            }

            return e.IsList ? string.Join(" – ", e.Values.Where(v => v.Length > 0)) : e.Values[0];
        }

        var dateRaw = FirstOf("date");
        var place = get("place") ?? get("location");
        var result = get("result");
        var partOf = get("partOf") ?? get("partof") ?? get("part of");
        var territory = get("territory");
        if (dateRaw is null && place is null && result is null && partOf is null && territory is null)
        {
            return null;
        }

        InfoboxDate? date = null;
        if (dateRaw is not null)
        {
            var dt = InfoboxCells.CleanDateText(dateRaw);
            date = new InfoboxDate(dt, options.RecognizeCells ? Recognition.Period(dt, options, diags, 0) : null);
        }

        var fields = entries.Select(e => new InfoboxField(e.Key, string.Join("\n", e.Values), 0)).ToEquatableArray();
        return new Infobox(get("conflict"), partOf is null ? EquatableArray<string>.Empty : InfoboxCells.SplitPartOf(partOf), date, null,
            place is null ? null : Blank.Normalize(place), result, EquatableArray<string>.Empty, territory,
            EquatableArray<InfoboxSide>.Empty, EquatableArray<InfoboxFigureCell>.Empty, fields);
    }

    private static bool IsListItem(ReadOnlySpan<char> t, out int markerLength)
    {
        markerLength = 0;
        if (t.Length >= 2 && t[0] is '*' or '-' or '+' && t[1] == ' ')
        {
            markerLength = 1;
            return true;
        }

        int d = 0;
        while (d < t.Length && d < 4 && char.IsAsciiDigit(t[d]))
        {
            d++;
        }

        if (d > 0 && d + 1 < t.Length && t[d] is '.' or ')' && t[d + 1] == ' ')
        {
            markerLength = d + 1;
            return true;
        }

        return false;
    }

    private static int CountOccurrences(string s, string what)
    {
        int c = 0, i = 0;
        while ((i = s.IndexOf(what, i, StringComparison.Ordinal)) >= 0)
        {
            c++;
            i += what.Length;
        }

        return c;
    }
}
