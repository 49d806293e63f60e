using NodaTime;

namespace ConflictModel.Formats;

/// <summary>
/// One document read by a format reader: its title, format, metadata, infobox, lead and sections in true reading
/// order, references, boilerplate (kept apart from the body), diagnostics and the original text.
/// </summary>
/// <param name="Title">The document's title as written, or <see langword="null"/> when it has none.</param>
/// <param name="Format">The format id (see <see cref="FormatIds"/>).</param>
/// <param name="DocumentId">The caller's id for the document (e.g. its file name).</param>
/// <param name="Metadata">Publication metadata.</param>
/// <param name="Infobox">The infobox, or <see langword="null"/> when the document has none.</param>
/// <param name="Lead">The paragraphs before the first heading, in reading order.</param>
/// <param name="Sections">The sections in true reading order.</param>
/// <param name="References">The numbered references.</param>
/// <param name="Boilerplate">Site chrome, footers, tags, comments and other text that is not the article.</param>
/// <param name="Diagnostics">What the reader noticed.</param>
/// <param name="Text">The original input text; every span in the article points into it.</param>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public sealed record Article(
    string? Title,
    string Format,
    string DocumentId,
    ArticleMetadata Metadata,
    Infobox? Infobox,
    EquatableArray<Paragraph> Lead,
    EquatableArray<Section> Sections,
    EquatableArray<Reference> References,
    EquatableArray<BoilerplateBlock> Boilerplate,
    EquatableArray<Diagnostic> Diagnostics,
    string Text)
{
    /// <summary>Gets the number of reference entries that were present but could not be read
    /// (e.g. <c>[object Object]</c> placeholders).</summary>
    public int UnparsedReferenceEntries { get; init; }

    /// <summary>Gets every body paragraph in true reading order: the lead, then each section's paragraphs.</summary>
    public IEnumerable<Paragraph> Paragraphs => Lead.Concat(Sections.SelectMany(s => s.Paragraphs));

    /// <summary>Gets every body paragraph in true reading order with the section it stands in
    /// (<see langword="null"/> for the lead).</summary>
    public IEnumerable<(Section? Section, Paragraph Paragraph)> ParagraphsWithSections =>
        Lead.Select(p => ((Section?)null, p)).Concat(Sections.SelectMany(s => s.Paragraphs.Select(p => ((Section?)s, p))));

    /// <summary>Finds a reference by its number.</summary>
    /// <param name="number">The reference number.</param>
    /// <returns>The reference, or <see langword="null"/>.</returns>
    public Reference? FindReference(int number)
    {
        foreach (var r in References)
        {
            if (r.Number == number)
            {
                return r;
            }
        }

        return null;
    }
}

/// <summary>Publication metadata of an article.</summary>
/// <param name="PublicationDate">When it was published, when stated and recognised.</param>
/// <param name="PublicationDateText">The publication date as written.</param>
/// <param name="Author">The author.</param>
/// <param name="Site">The site or mirror it comes from.</param>
/// <param name="RetrievedDate">When it was retrieved, when stated and recognised.</param>
/// <param name="RetrievedDateText">The retrieval date as written.</param>
/// <param name="Description">A description or summary given by the document.</param>
/// <param name="Tags">Tags or categories.</param>
/// <param name="Extra">Every other key/value the document states (front-matter keys, etc.).</param>
public sealed record ArticleMetadata(
    UncertainDate? PublicationDate = null,
    string? PublicationDateText = null,
    string? Author = null,
    string? Site = null,
    UncertainDate? RetrievedDate = null,
    string? RetrievedDateText = null,
    string? Description = null,
    EquatableArray<string> Tags = default,
    EquatableArray<MetadataEntry> Extra = default)
{
    /// <summary>Gets empty metadata.</summary>
    public static ArticleMetadata Empty { get; } = new();

    /// <summary>Finds an extra entry by key (ordinal).</summary>
    /// <param name="key">The key.</param>
    /// <returns>The entry, or <see langword="null"/>.</returns>
    public MetadataEntry? Find(string key)
    {
        foreach (var e in Extra)
        {
            if (string.Equals(e.Key, key, StringComparison.Ordinal))
            {
                return e;
            }
        }

        return null;
    }
}

/// <summary>One metadata key with its value(s): one value for a scalar, several for a list. Nested keys are
/// dotted (<c>a.b</c>).</summary>
/// <param name="Key">The key as written.</param>
/// <param name="Values">The values as strings.</param>
/// <param name="IsList">Whether the source gave a list.</param>
public sealed record MetadataEntry(string Key, EquatableArray<string> Values, bool IsList = false);

/// <summary>A section: a heading and the paragraphs directly under it (subsections are separate sections that
/// follow it with a higher <see cref="Level"/>).</summary>
/// <param name="Heading">The heading text.</param>
/// <param name="Level">2 for a top-level section, 3 for a subsection (1 is the title).</param>
/// <param name="Paragraphs">The paragraphs directly under the heading, in reading order.</param>
/// <param name="HeadingInBody">False when the heading was missing from the body and was restored (e.g. from a
/// table of contents).</param>
/// <param name="HeadingSpan">Where the heading stands in the original text, when it does.</param>
public sealed record Section(
    string Heading,
    int Level,
    EquatableArray<Paragraph> Paragraphs,
    bool HeadingInBody = true,
    TextSpan? HeadingSpan = null);

/// <summary>What kind of block a paragraph is.</summary>
public enum ParagraphKind
{
    /// <summary>Running prose.</summary>
    Prose = 0,

    /// <summary>An item of a bulleted or numbered list.</summary>
    ListItem,
}

/// <summary>
/// A paragraph of body text. <see cref="Text"/> has citation markers and markdown emphasis removed; <see cref="Map"/>
/// maps any position in it back to the original input.
/// </summary>
/// <param name="Text">The cleaned text.</param>
/// <param name="Index">The paragraph's index in reading order over the whole article (lead first).</param>
/// <param name="Kind">Prose or list item.</param>
/// <param name="Citations">The citation markers removed from the text.</param>
/// <param name="Map">The map from <see cref="Text"/> positions to original positions.</param>
/// <param name="Diagnostics">Remarks about this paragraph (e.g. a suspected clause-scrambled paragraph).</param>
public sealed record Paragraph(
    string Text,
    int Index,
    ParagraphKind Kind,
    EquatableArray<Citation> Citations,
    OffsetMap Map,
    EquatableArray<Diagnostic> Diagnostics = default)
{
    /// <summary>Gets the range of the original text the paragraph comes from.</summary>
    public TextSpan OriginalSpan => Map.ToOriginal(new TextSpan(0, Text.Length));

    /// <summary>Maps a span of <see cref="Text"/> to the original input.</summary>
    /// <param name="span">A span inside <see cref="Text"/>.</param>
    /// <returns>The original span.</returns>
    public TextSpan ToOriginal(TextSpan span) => Map.ToOriginal(span);

    /// <summary>Returns the citations whose marker stood inside or right after a span of <see cref="Text"/>
    /// (markers that follow the span with only punctuation or spaces in between count).</summary>
    /// <param name="span">A span of <see cref="Text"/>, e.g. a sentence.</param>
    /// <returns>The citations.</returns>
    public IEnumerable<Citation> CitationsFor(TextSpan span) =>
        Citations.Where(c => c.TextOffset >= span.Start && c.TextOffset <= span.End);
}

/// <summary>A citation marker removed from a paragraph or cell.</summary>
/// <param name="Marker">The marker as written (<c>[9]</c>, <c>[ citation needed ]</c>, <c>[a]</c>).</param>
/// <param name="ReferenceNumber">The numbered reference it points to, or <see langword="null"/>.</param>
/// <param name="Span">Where the marker stands in the original input.</param>
/// <param name="TextOffset">The position in the cleaned text where the marker was removed.</param>
public sealed record Citation(string Marker, int? ReferenceNumber, TextSpan Span, int TextOffset);

/// <summary>One contiguous run copied from the original: <see cref="Length"/> characters at
/// <see cref="TextStart"/> in the cleaned text came from <see cref="OriginalStart"/>.</summary>
/// <param name="TextStart">Start in the cleaned text.</param>
/// <param name="OriginalStart">Start in the original input.</param>
/// <param name="Length">Length of the run.</param>
public readonly record struct OffsetSegment(int TextStart, int OriginalStart, int Length);

/// <summary>Maps positions in a cleaned text back to the original input.</summary>
/// <param name="Segments">The copied runs in order.</param>
public sealed record OffsetMap(EquatableArray<OffsetSegment> Segments)
{
    /// <summary>Gets an empty map.</summary>
    public static OffsetMap Empty { get; } = new(EquatableArray<OffsetSegment>.Empty);

    /// <summary>Maps one position (a character index, or the end position) to the original input.</summary>
    /// <param name="textIndex">A position in the cleaned text.</param>
    /// <returns>The original position (clamped to the mapped runs).</returns>
    public int ToOriginal(int textIndex)
    {
        var segs = Segments.AsImmutableArray();
        if (segs.Length == 0)
        {
            return 0;
        }

        int lo = 0, hi = segs.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (segs[mid].TextStart <= textIndex)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        var s = segs[lo];
        int offset = Math.Clamp(textIndex - s.TextStart, 0, s.Length);
        return s.OriginalStart + offset;
    }

    /// <summary>Maps a span of the cleaned text to the original span covering it.</summary>
    /// <param name="span">The cleaned-text span.</param>
    /// <returns>The original span.</returns>
    public TextSpan ToOriginal(TextSpan span)
    {
        int start = ToOriginal(span.Start);
        int end = span.Length == 0 ? start : ToOriginal(span.End - 1) + 1;
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }
}

/// <summary>A numbered reference.</summary>
/// <param name="Number">The reference number.</param>
/// <param name="Title">The cited work's title.</param>
/// <param name="Publisher">The publisher or outlet.</param>
/// <param name="DateText">The publication date as written.</param>
/// <param name="Date">The publication date, when recognised (never the access date).</param>
/// <param name="RetrievedText">The access date as written ("30 August 2014").</param>
/// <param name="Retrieved">The access date, when recognised.</param>
/// <param name="Url">A URL, when given.</param>
/// <param name="RawText">The entry as written, without its number and back-links.</param>
/// <param name="Span">Where the entry stands in the original input.</param>
public sealed record Reference(
    int Number,
    string? Title,
    string? Publisher,
    string? DateText,
    UncertainDate? Date,
    string? RetrievedText,
    UncertainDate? Retrieved,
    string? Url,
    string RawText,
    TextSpan Span)
{
    /// <summary>Gets whether the entry has no content (e.g. only back-links <c>^ a b</c>).</summary>
    public bool IsEmpty => RawText.Length == 0;
}

/// <summary>What kind of non-article text a boilerplate block is.</summary>
public enum BoilerplateKind
{
    /// <summary>Site header, navigation or buttons.</summary>
    SiteChrome = 0,

    /// <summary>A footer (licence, copyright).</summary>
    Footer,

    /// <summary>A tag or category line.</summary>
    Tags,

    /// <summary>A reader comment.</summary>
    Comment,

    /// <summary>The author's biography line.</summary>
    AuthorBio,

    /// <summary>A table of contents.</summary>
    TableOfContents,

    /// <summary>A repeated title or other duplicate.</summary>
    Duplicate,

    /// <summary>Junk such as <c>[object Object]</c>.</summary>
    Junk,
}

/// <summary>Text kept apart from the article body.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Text">The text as written (trimmed).</param>
/// <param name="Span">Where it stands in the original input.</param>
/// <param name="Author">For a comment or bio, the author's name.</param>
public sealed record BoilerplateBlock(BoilerplateKind Kind, string Text, TextSpan Span, string? Author = null);

/// <summary>The format ids.</summary>
public static class FormatIds
{
    /// <summary>Military Wiki plain-text dump.</summary>
    public const string MilitaryWiki = "military-wiki";

    /// <summary>News article (also the fallback for unrecognised prose).</summary>
    public const string NewsArticle = "news-article";

    /// <summary>Markdown with YAML front matter.</summary>
    public const string MarkdownFrontMatter = "markdown-frontmatter";

    /// <summary>World Library mirror dump.</summary>
    public const string WorldLibrary = "world-library";

    /// <summary><c>= Title =</c>, <c>Infobox</c>, <c>- Key: Value</c> dump.</summary>
    public const string WikiInfobox = "wiki-infobox";
}

/// <summary>Options for reading a document.</summary>
/// <param name="Format">Force a format id instead of detecting it.</param>
/// <param name="ReferenceDate">The document's present (for news dates without a year), when known.</param>
/// <param name="RecognizeCells">Whether to type infobox cells and reference dates with the shared recognisers
/// (set to false for structure only).</param>
public sealed record ReadOptions(string? Format = null, LocalDate? ReferenceDate = null, bool RecognizeCells = true)
{
    /// <summary>Gets the default options.</summary>
    public static ReadOptions Default { get; } = new();
}
