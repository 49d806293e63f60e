namespace ConflictModel.Formats;

/// <summary>
/// Reads news pieces (and, as the fallback, any unrecognised prose): a headline, optional byline and dateline, body
/// paragraphs with short unpunctuated heading lines, then the author's bio, <c>Tags:</c>, reader comments
/// (<c>Name says:</c>) and site navigation, which are kept apart as boilerplate.
/// </summary>
public sealed class NewsArticleReader : IArticleReader
{
    /// <inheritdoc/>
    public string Id => FormatIds.NewsArticle;

    /// <inheritdoc/>
    public double Sniff(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = MilitaryWikiReader.FirstLine(text);
        if (first.Length == 0)
        {
            return 0.1;
        }

        // a headline: a short line starting with a capital, not ending like a sentence, followed by prose
        bool headline = first.Length <= 200 && Blank.WordCount(first) <= 25 && char.IsUpper(first[0]) && !first.EndsWith('.')
            && !first.StartsWith("---", StringComparison.Ordinal);
        return headline ? 0.4 : 0.2;
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
        string? title = null;
        if (i < n)
        {
            var t = lines.Trimmed(lines[i]);
            bool nextBlankOrEnd = i + 1 >= n || lines.IsBlank(i + 1);
            bool sentenceEnd = t.Length > 0 && t[^1] is '.' or ',' or ';' or ':';
            if (PlainBody.IsTitleLike(t) && t.Length <= 250 && (nextBlankOrEnd || !sentenceEnd) && !(t.EndsWith('.') && Blank.WordCount(t) > 20))
            {
                title = Blank.Normalize(CleanTextBuilder.Clean(t));
                i++;
            }
        }

        string? author = null;
        string? dateText = null;
        // byline / dateline right after the headline
        for (int look = 0; look < 3; look++)
        {
            int j = PlainBody.SkipBlank(lines, i, n);
            if (j >= n)
            {
                break;
            }

            var t = lines.Trimmed(lines[j]);
            if (t.StartsWith("By ", StringComparison.Ordinal) && t.Contains(" | ", StringComparison.Ordinal) && t.Length < 300)
            {
                // "By Name | January 17, 2017 | email | @handle"
                var parts = t[3..].Split(" | ");
                author = parts[0].Trim();
                dateText ??= parts.Skip(1).Select(x => x.Trim()).FirstOrDefault(x => Lexicon.LooksLikeDate(x.TrimEnd('.')));
                var (s, e) = lines.TrimmedRange(lines[j]);
                boiler.Add(new BoilerplateBlock(BoilerplateKind.AuthorBio, t, TextSpan.FromBounds(s, e), author));
                i = j + 1;
            }
            else if (t.StartsWith("By ", StringComparison.Ordinal) && Blank.WordCount(t) <= 8 && !t.EndsWith('.'))
            {
                author = t[3..].Trim();
                var (s, e) = lines.TrimmedRange(lines[j]);
                boiler.Add(new BoilerplateBlock(BoilerplateKind.AuthorBio, t, TextSpan.FromBounds(s, e), author));
                i = j + 1;
            }
            else if (dateText is null && Lexicon.LooksLikeDate(t.TrimEnd('.')))
            {
                dateText = t;
                var (s, e) = lines.TrimmedRange(lines[j]);
                boiler.Add(new BoilerplateBlock(BoilerplateKind.SiteChrome, t, TextSpan.FromBounds(s, e)));
                i = j + 1;
            }
            else
            {
                break;
            }
        }

        // the end of the article: Tags line, first comment, or share/related chrome
        int end = n;
        for (int j = i; j < n; j++)
        {
            var t = lines.ShortTrimmed(lines[j], 160);
            if (lines.Head(lines[j], 5).StartsWith("Tags:", StringComparison.OrdinalIgnoreCase) || IsCommentHeader(t, out _)
                || t.Equals("Related Articles", StringComparison.OrdinalIgnoreCase) || t.StartsWith("Share this", StringComparison.OrdinalIgnoreCase)
                || t.Equals("Leave a Reply", StringComparison.OrdinalIgnoreCase) || t.Equals("Comments", StringComparison.OrdinalIgnoreCase)
                || (t.Length < 30 && t.Length > 0 && char.IsAsciiDigit(t[0]) && (t.EndsWith(" Comments", StringComparison.OrdinalIgnoreCase) || t.EndsWith(" Responses", StringComparison.OrdinalIgnoreCase))))
            {
                end = j;
                break;
            }
        }

        // author bio: the last block before the end, "<Name> is a/an/the …"
        var blocks = PlainText.Blocks(lines, i, end);
        int bodyEnd = end;
        var bios = new List<BoilerplateBlock>();
        for (int b = blocks.Count - 1; b >= 0 && b >= blocks.Count - 3; b--)
        {
            var (bf, bl, _) = blocks[b];
            if (bf == bl && TryBio(lines.ShortTrimmed(lines[bf], 600), out var name))
            {
                var (s, e) = lines.TrimmedRange(lines[bf]);
                bios.Insert(0, new BoilerplateBlock(BoilerplateKind.AuthorBio, text[s..e], TextSpan.FromBounds(s, e), name));
                bodyEnd = bf;
            }
            else
            {
                break;
            }
        }

        if (bios.Count > 0)
        {
            author ??= string.Join(", ", bios.Select(x => x.Author));
            boiler.AddRange(bios);
        }

        var asm = new ArticleAssembler(text, stripEmphasis: true);
        AddNewsBlocks(lines, i, bodyEnd, asm, boiler);
        var tags = ReadTail(lines, end, n, boiler);
        var meta = new ArticleMetadata(
            PublicationDate: dateText is not null && options.RecognizeCells ? Recognition.Date(dateText, options) : null,
            PublicationDateText: dateText,
            Author: author,
            Tags: tags);
        return PlainBody.Make(title, Id, documentId, meta, null, asm, [], boiler, diags, text);
    }

    private static readonly string[] InlineChrome =
        ["Advertisement", "ADVERTISEMENT", "Continue reading", "Continue reading below", "Read more", "Share this article", "Sponsored"];

    /// <summary>Body blocks, with single-line advertising/share chrome kept apart.</summary>
    private static void AddNewsBlocks(TextLines lines, int from, int to, ArticleAssembler asm, List<BoilerplateBlock> boiler)
    {
        int start = from;
        for (int j = from; j < to; j++)
        {
            var t = lines.ShortTrimmed(lines[j], 40);
            if (t.Length > 0 && InlineChrome.Contains(t, StringComparer.OrdinalIgnoreCase) && (lines.IsBlank(j - 1) || j == from) && lines.IsBlank(j + 1))
            {
                PlainBody.AddBlocks(lines, start, j, asm, joinLines: true);
                var (s, e) = lines.TrimmedRange(lines[j]);
                boiler.Add(new BoilerplateBlock(BoilerplateKind.SiteChrome, t, TextSpan.FromBounds(s, e)));
                start = j + 1;
            }
        }

        PlainBody.AddBlocks(lines, start, to, asm, joinLines: true);
    }

    private static EquatableArray<string> ReadTail(TextLines lines, int from, int n, List<BoilerplateBlock> boiler)
    {
        var text = lines.Text;
        var tags = new List<string>();
        int i = from;
        while (i < n)
        {
            if (lines.IsBlank(i))
            {
                i++;
                continue;
            }

            var (s, e) = lines.TrimmedRange(lines[i]);
            var t = text[s..e];
            if (t.StartsWith("Tags:", StringComparison.OrdinalIgnoreCase))
            {
                tags.AddRange(t[5..].Split(',').Select(x => x.Trim()).Where(x => x.Length > 0));
                boiler.Add(new BoilerplateBlock(BoilerplateKind.Tags, t, TextSpan.FromBounds(s, e)));
                i++;
                continue;
            }

            if (IsCommentHeader(t, out var who))
            {
                // the comment body: following blocks until the next comment header or a gap of two blank lines
                int j = i + 1;
                int bodyStart = -1, bodyEnd = -1;
                int blanks = 0;
                while (j < n)
                {
                    if (lines.IsBlank(j))
                    {
                        blanks++;
                        j++;
                        continue;
                    }

                    var tj = lines.ShortTrimmed(lines[j], 160);
                    if (IsCommentHeader(tj, out _) || (blanks >= 2 && bodyStart >= 0))
                    {
                        break;
                    }

                    if (bodyStart < 0)
                    {
                        bodyStart = lines[j].Start;
                    }

                    bodyEnd = lines[j].End;
                    blanks = 0;
                    j++;
                }

                var body = bodyStart >= 0 ? Blank.Trim(text[bodyStart..bodyEnd]) : string.Empty;
                int spanEnd = bodyEnd >= 0 ? bodyEnd : e;
                boiler.Add(new BoilerplateBlock(BoilerplateKind.Comment, body, TextSpan.FromBounds(s, Math.Max(s, spanEnd)), who));
                i = j;
                continue;
            }

            boiler.Add(new BoilerplateBlock(BoilerplateKind.SiteChrome, t, TextSpan.FromBounds(s, e)));
            i++;
        }

        return tags.ToEquatableArray();
    }

    internal static bool IsCommentHeader(string t, out string? author)
    {
        author = null;
        var s = t;
        if (FlatInfoboxParser.IsBullet(s, out var rest))
        {
            s = rest;
        }

        if (s.EndsWith(" says:", StringComparison.Ordinal) && s.Length < 120)
        {
            author = s[..^6].Trim();
            return author.Length > 0;
        }

        return false;
    }

    private static readonly string[] BioVerbs = [" is a ", " is an ", " is the ", " writes ", " is senior ", " is editor", " is a senior "];

    /// <summary>"Jane Roe is a Senior Fellow at …" → "Jane Roe".</summary>
    internal static bool TryBio(string t, out string? name)
    {
        name = null;
        foreach (var v in BioVerbs)
        {
            int k = t.IndexOf(v, StringComparison.Ordinal);
            if (k <= 0 || k > 60)
            {
                continue;
            }

            var cand = t[..k];
            var words = cand.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is >= 2 and <= 4 && words.All(w => char.IsUpper(w[0]) || w is "al" or "de" or "van" or "von" or "bin"))
            {
                name = cand;
                return true;
            }
        }

        return false;
    }
}
