using ConflictModel.Formats;
using ConflictModel.Recognition;

namespace ConflictModel.Extraction;

/// <summary>
/// Turns an <see cref="Article"/> into events and sourced claims: the summary event from the infobox (or front
/// matter), events sentence by sentence from the body in true reading order, claims with claimant, stance, scope and
/// evidence pointing into the original text, contested groups and consistency findings.
/// </summary>
/// <remarks>
/// Built once from <see cref="ExtractionOptions"/>; immutable and thread-safe, so one instance may serve many
/// documents at once. <see cref="Extract(Article)"/> never throws on the content of a document: what it cannot read is
/// reported as diagnostics. The same article always gives the same ids in the same order.
/// </remarks>
public sealed class Extractor
{
    private readonly Recognisers _recognisers;

    /// <summary>Creates an extractor.</summary>
    /// <param name="options">The options; <see langword="null"/> for <see cref="ExtractionOptions.Default"/>.</param>
    public Extractor(ExtractionOptions? options = null)
    {
        Options = options ?? ExtractionOptions.Default;
        Lexicon = Options.Lexicon ?? EventLexicon.Default;
        _recognisers = new Recognisers(Options.Registry ?? EntityRegistry.Default);
    }

    /// <summary>Gets an extractor with the default options.</summary>
    public static Extractor Default { get; } = new();

    /// <summary>Gets the options.</summary>
    public ExtractionOptions Options { get; }

    /// <summary>Gets the event lexicon in use.</summary>
    public EventLexicon Lexicon { get; }

    /// <summary>Gets the registry in use.</summary>
    public EntityRegistry Registry => _recognisers.Registry;

    /// <summary>Extracts events, claims, contested groups and consistency findings from an article.</summary>
    /// <param name="article">The article (from <see cref="ArticleReaders"/>).</param>
    /// <returns>The extracted document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is <see langword="null"/>.</exception>
    public ExtractedDocument Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new DocumentExtraction(article, Options, Lexicon, _recognisers).Run();
    }

    /// <summary>Extracts from an article with the given options (a convenience for one-off use; build an
    /// <see cref="Extractor"/> once to serve many documents).</summary>
    /// <param name="article">The article.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The extracted document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is <see langword="null"/>.</exception>
    public static ExtractedDocument Extract(Article article, ExtractionOptions? options) =>
        (options is null ? Default : new Extractor(options)).Extract(article);
}
