using ConflictModel.Extraction;
using ConflictModel.Formats;
using ConflictModel.Merge;
using ConflictModel.Recognition;

namespace ConflictModel.Pipeline;

/// <summary>
/// Collects the parts of a <see cref="ConflictModelPipeline"/>: the ordered list of input readers, the extraction
/// options, entities added to the registry, and the merge options. <see cref="Build"/> freezes them into an immutable,
/// thread-safe pipeline meant to be built once and reused (a DI singleton).
/// </summary>
/// <remarks>
/// The builder is mutable and not thread-safe; configure it on one thread, then build. Adding a reader is idempotent:
/// a reader whose <see cref="IArticleReader.Id"/> is already in the list replaces the one there (so adding the same
/// reader twice leaves one copy, and a custom reader can replace a built-in one).
/// </remarks>
public sealed class ConflictModelPipelineBuilder
{
    private readonly List<IArticleReader> _readers;
    private readonly List<Entity> _entities = [];

    /// <summary>Creates a builder holding the built-in readers (<see cref="ArticleReaders.Default"/>), the default
    /// extraction options, no extra entities and <see cref="Merge.MergeOptions.Default"/>.</summary>
    public ConflictModelPipelineBuilder()
    {
        _readers = [.. ArticleReaders.Default.Readers];
    }

    /// <summary>Gets the readers in order (format detection asks each of them to sniff the text).</summary>
    public IReadOnlyList<IArticleReader> Readers => _readers;

    /// <summary>Gets the entities added to the registry so far, in the order they were added.</summary>
    public IReadOnlyList<Entity> Entities => _entities;

    /// <summary>Gets or sets the extraction options (anchoring mode, reference date, event lexicon, registry). When
    /// <see cref="Entities"/> is not empty, they are added to <see cref="ExtractionOptions.Registry"/> (or to
    /// <see cref="EntityRegistry.Default"/> when that is <see langword="null"/>) at <see cref="Build"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public ExtractionOptions ExtractionOptions
    {
        get;
        set => field = value ?? throw new ArgumentNullException(nameof(value));
    } = ExtractionOptions.Default;

    /// <summary>Gets or sets the merge options (policy, name keys, matching thresholds).</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public MergeOptions MergeOptions
    {
        get;
        set => field = value ?? throw new ArgumentNullException(nameof(value));
    } = MergeOptions.Default;

    /// <summary>Adds a reader at the end of the list, or replaces in place the reader with the same id.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    public ConflictModelPipelineBuilder AddReader(IArticleReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int i = IndexOf(reader.Id);
        if (i >= 0)
        {
            _readers[i] = reader;
        }
        else
        {
            _readers.Add(reader);
        }

        return this;
    }

    /// <summary>Inserts a reader before the first reader of type <typeparamref name="TReader"/> (at the end when there
    /// is none). A reader with the same id already in the list is removed first, so the call is idempotent.</summary>
    /// <typeparam name="TReader">The type of the reader to insert before.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    public ConflictModelPipelineBuilder InsertReaderBefore<TReader>(IArticleReader reader)
        where TReader : IArticleReader
    {
        ArgumentNullException.ThrowIfNull(reader);
        int existing = IndexOf(reader.Id);
        if (existing >= 0)
        {
            _readers.RemoveAt(existing);
        }

        int at = _readers.FindIndex(r => r is TReader);
        _readers.Insert(at < 0 ? _readers.Count : at, reader);
        return this;
    }

    /// <summary>Removes the reader with the given id, if any.</summary>
    /// <param name="id">The format id (ordinal comparison).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public ConflictModelPipelineBuilder RemoveReader(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        int i = IndexOf(id);
        if (i >= 0)
        {
            _readers.RemoveAt(i);
        }

        return this;
    }

    /// <summary>Adds entities (actors, places, claimants) to the registry used by extraction. An entity whose id was
    /// already added replaces the earlier one; an id of a built-in entity replaces the built-in one.</summary>
    /// <param name="entities">The entities.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An entity is <see langword="null"/>.</exception>
    public ConflictModelPipelineBuilder AddEntities(IEnumerable<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        foreach (var e in entities)
        {
            if (e is null)
            {
                throw new ArgumentException("An entity is null.", nameof(entities));
            }

            int i = _entities.FindIndex(x => string.Equals(x.Id, e.Id, StringComparison.Ordinal));
            if (i >= 0)
            {
                _entities[i] = e;
            }
            else
            {
                _entities.Add(e);
            }
        }

        return this;
    }

    /// <summary>Sets the reconciliation policy of the merge options.</summary>
    /// <param name="policy">The policy (e.g. <see cref="ReconciliationPolicy.Conservative"/>).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <see langword="null"/>.</exception>
    public ConflictModelPipelineBuilder UsePolicy(ReconciliationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        MergeOptions = MergeOptions with { Policy = policy };
        return this;
    }

    /// <summary>Changes the extraction options.</summary>
    /// <param name="configure">Returns new options from the current ones (e.g. <c>o =&gt; o with { AnchorMode = DateAnchorMode.News }</c>).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is <see langword="null"/>.</exception>
    public ConflictModelPipelineBuilder ConfigureExtraction(Func<ExtractionOptions, ExtractionOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        ExtractionOptions = configure(ExtractionOptions);
        return this;
    }

    /// <summary>Builds the immutable pipeline from the current settings. The builder may be changed and built again
    /// afterwards; pipelines already built are not affected.</summary>
    /// <returns>The pipeline.</returns>
    /// <exception cref="ArgumentException">Two readers share an id (only possible through a reader whose id changes),
    /// or an added entity is invalid (empty id or name).</exception>
    public ConflictModelPipeline Build()
    {
        var readers = new ArticleReaders(_readers);
        var extraction = ExtractionOptions;
        if (_entities.Count > 0)
        {
            extraction = extraction with { Registry = (extraction.Registry ?? EntityRegistry.Default).With(_entities) };
        }

        var extractor = extraction == ExtractionOptions.Default ? Extractor.Default : new Extractor(extraction);
        return new ConflictModelPipeline(readers, extractor, MergeOptions);
    }

    private int IndexOf(string id) => _readers.FindIndex(r => string.Equals(r.Id, id, StringComparison.Ordinal));
}
