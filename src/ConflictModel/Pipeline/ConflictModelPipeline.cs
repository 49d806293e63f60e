using ConflictModel.Extraction;
using ConflictModel.Formats;
using ConflictModel.Merge;
using ConflictModel.Recognition;

namespace ConflictModel.Pipeline;

/// <summary>
/// The whole path from text to timeline in one object: read (detect the format and parse it into an
/// <see cref="Article"/>), extract (events and sourced claims), and merge many documents into a
/// <see cref="MergedTimeline"/>. Built by <see cref="ConflictModelPipelineBuilder"/>; <see cref="Default"/> uses the
/// built-in readers and default options.
/// </summary>
/// <remarks>Immutable and thread-safe: one instance may serve many documents on many threads at once (register it
/// as a singleton). Reading and extraction never throw on the content of a document; what they cannot read is
/// reported as diagnostics.</remarks>
public sealed class ConflictModelPipeline
{
    internal ConflictModelPipeline(ArticleReaders readers, Extractor extractor, MergeOptions mergeOptions)
    {
        Readers = readers;
        Extractor = extractor;
        MergeOptions = mergeOptions;
    }

    /// <summary>Gets the pipeline with the built-in readers, <see cref="ExtractionOptions.Default"/> and
    /// <see cref="Merge.MergeOptions.Default"/>.</summary>
    public static ConflictModelPipeline Default { get; } = new ConflictModelPipelineBuilder().Build();

    /// <summary>Gets the readers (and their format detector).</summary>
    public ArticleReaders Readers { get; }

    /// <summary>Gets the extractor.</summary>
    public Extractor Extractor { get; }

    /// <summary>Gets the entity registry the extractor uses.</summary>
    public EntityRegistry Registry => Extractor.Registry;

    /// <summary>Gets the merge options used by <see cref="Merge(IEnumerable{ExtractedDocument})"/>.</summary>
    public MergeOptions MergeOptions { get; }

    /// <summary>Reads a document: the format is <paramref name="format"/> when given, otherwise detected; the
    /// extraction options' reference date (when set) is passed to the reader.</summary>
    /// <param name="text">The input text.</param>
    /// <param name="documentId">The caller's id for the document (usually the file name).</param>
    /// <param name="format">A format id (see <see cref="FormatIds"/>), or <see langword="null"/> to detect it.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="documentId"/> is
    /// <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="format"/> names no reader of this pipeline.</exception>
    public Article Read(string text, string documentId, string? format = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(documentId);
        var referenceDate = Extractor.Options.ReferenceDate;
        var options = format is null && referenceDate is null
            ? ReadOptions.Default
            : ReadOptions.Default with { Format = format, ReferenceDate = referenceDate };
        try
        {
            return Readers.Read(text, documentId, options);
        }
        catch (ArgumentException ex) when (format is not null && ex.ParamName == "options")
        {
            throw new ArgumentException(ex.Message, nameof(format), ex);
        }
    }

    /// <summary>Extracts events, claims, contested groups and consistency findings from an article.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The extracted document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is <see langword="null"/>.</exception>
    public ExtractedDocument Extract(Article article) => Extractor.Extract(article);

    /// <summary>Reads a document and extracts from it: <c>Extract(Read(text, documentId, format))</c>.</summary>
    /// <param name="text">The input text.</param>
    /// <param name="documentId">The caller's id for the document.</param>
    /// <param name="format">A format id, or <see langword="null"/> to detect it.</param>
    /// <returns>The extracted document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="documentId"/> is
    /// <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="format"/> names no reader of this pipeline.</exception>
    public ExtractedDocument Process(string text, string documentId, string? format = null) =>
        Extract(Read(text, documentId, format));

    /// <summary>Merges extracted documents into a timeline under <see cref="MergeOptions"/>. Each document becomes one
    /// merge input (<see cref="ExtractedDocumentExtensions.ToExtractedSet"/>); the result does not depend on their
    /// order.</summary>
    /// <param name="documents">The documents.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A document is <see langword="null"/>.</exception>
    public MergedTimeline Merge(IEnumerable<ExtractedDocument> documents) => Merge(documents, MergeOptions);

    /// <summary>Merges extracted documents into a timeline under the given policy (the other merge options are this
    /// pipeline's).</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="policy">The reconciliation policy.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or <paramref name="policy"/> is
    /// <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A document is <see langword="null"/>.</exception>
    public MergedTimeline Merge(IEnumerable<ExtractedDocument> documents, ReconciliationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Merge(documents, MergeOptions with { Policy = policy });
    }

    private static MergedTimeline Merge(IEnumerable<ExtractedDocument> documents, MergeOptions options)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var sets = new List<ExtractedSet>();
        foreach (var d in documents)
        {
            if (d is null)
            {
                throw new ArgumentException("A document is null.", nameof(documents));
            }

            sets.Add(d.ToExtractedSet());
        }

        return TimelineBuilder.Merge(sets, options);
    }
}
