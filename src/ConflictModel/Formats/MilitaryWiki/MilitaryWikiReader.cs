namespace ConflictModel.Formats;

/// <summary>
/// Reads Military Wiki plain-text dumps: first line <c>Military Wiki</c>, the title on line 2, a flattened infobox
/// (labels glued to values or missing), prose with <c>[n]</c> markers, bare-line headings, numbered references
/// (<c>8. 8.0 8.1 …</c>) and a licence footer.
/// </summary>
public sealed class MilitaryWikiReader : IArticleReader
{
    /// <inheritdoc/>
    public string Id => FormatIds.MilitaryWiki;

    /// <inheritdoc/>
    public double Sniff(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var head = FirstLine(text);
        if (head.Equals("Military Wiki", StringComparison.OrdinalIgnoreCase))
        {
            return 0.95;
        }

        if (head.StartsWith("Military Wiki", StringComparison.OrdinalIgnoreCase))
        {
            return 0.6;
        }

        // a flattened infobox without the site header
        var start = text.AsSpan(0, Math.Min(text.Length, 8192));
        bool commanders = start.Contains("\nCommanders and leaders", StringComparison.Ordinal);
        bool casualties = start.Contains("\nCasualties and losses", StringComparison.Ordinal);
        return commanders && casualties ? 0.5 : commanders || casualties ? 0.35 : 0;
    }

    internal static string FirstLine(string text)
    {
        int i = 0;
        int limit = Math.Min(text.Length, 4096);
        while (i < limit && (Blank.Is(text[i]) || text[i] is '\n' or '\r'))
        {
            i++;
        }

        int e = i;
        while (e < limit && text[e] is not '\n' and not '\r')
        {
            e++;
        }

        return Blank.Trim(text.AsSpan(i, e - i)).ToString();
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
        if (i < n && lines.Trimmed(lines[i]).StartsWith("Military Wiki", StringComparison.OrdinalIgnoreCase))
        {
            var (s, e) = lines.TrimmedRange(lines[i]);
            boiler.Add(new BoilerplateBlock(BoilerplateKind.SiteChrome, text[s..e], TextSpan.FromBounds(s, e)));
            i++;
        }
        else
        {
            diags.Add(new Diagnostic(i < n ? lines[i].Number : 1, 1, DiagnosticSeverity.Info, "no 'Military Wiki' header line", "CM0101"));
        }

        i = PlainBody.SkipBlank(lines, i, n);
        string? title = null;
        if (i < n && PlainBody.IsTitleLike(lines.Trimmed(lines[i])) && !ReferenceParser.TryNumber(lines.Trimmed(lines[i]), out _, out _))
        {
            title = Blank.Normalize(CleanTextBuilder.Clean(lines.Trimmed(lines[i])));
            i++;
        }

        // references and footer: the numbered list near the end
        int refStart = PlainBody.FindReferenceList(lines, i, n);
        var refs = new List<Reference>();
        int bodyEnd = n;
        int after = n;
        if (refStart >= 0)
        {
            bodyEnd = refStart;
            after = PlainBody.ReadReferences(lines, refStart, n, refs, options);
        }

        var infoResult = FlatInfoboxParser.Parse(lines, i, bodyEnd, options, diags);
        var infobox = infoResult.Infobox;
        int bodyStart = infoResult.BodyStart;
        if (infobox is null)
        {
            diags.Add(new Diagnostic(i < n ? lines[i].Number : 1, 1, DiagnosticSeverity.Info, "no infobox found", "CM0102"));
        }

        // footer lines at the end of the body (when there is no reference list) or after the list
        int footerFrom = after;
        if (refStart < 0)
        {
            int j = bodyEnd - 1;
            while (j >= bodyStart && (lines.IsBlank(j) || PlainBody.IsFooter(lines.Trimmed(lines[j]))))
            {
                j--;
            }

            bodyEnd = j + 1;
            footerFrom = bodyEnd;
        }

        for (int f = footerFrom; f < n; f++)
        {
            if (!lines.IsBlank(f))
            {
                var (s, e) = lines.TrimmedRange(lines[f]);
                boiler.Add(new BoilerplateBlock(BoilerplateKind.Footer, text[s..e], TextSpan.FromBounds(s, e)));
            }
        }

        var asm = new ArticleAssembler(text, stripEmphasis: false);
        PlainBody.AddBlocks(lines, bodyStart, bodyEnd, asm, joinLines: true);
        var meta = new ArticleMetadata(Site: "Military Wiki");
        return PlainBody.Make(title, Id, documentId, meta, infobox, asm, refs, boiler, diags, text);
    }
}
