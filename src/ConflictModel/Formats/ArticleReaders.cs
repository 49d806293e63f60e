using System.Collections.Immutable;

namespace ConflictModel.Formats;

/// <summary>Reads one input format into an <see cref="Article"/>. Implementations are immutable and thread-safe,
/// never throw on any input, and run in time linear in the input.</summary>
public interface IArticleReader
{
    /// <summary>Gets the format id (see <see cref="FormatIds"/>).</summary>
    string Id { get; }

    /// <summary>Returns how confident the reader is that <paramref name="text"/> is in its format: 0 (no) to 1 (sure).
    /// Cheap: looks at the first lines only.</summary>
    /// <param name="text">The input.</param>
    /// <returns>The confidence.</returns>
    double Sniff(string text);

    /// <summary>Reads a document.</summary>
    /// <param name="text">The input.</param>
    /// <param name="documentId">The caller's id for the document.</param>
    /// <param name="options">Options.</param>
    /// <returns>The article.</returns>
    Article Read(string text, string documentId, ReadOptions options);
}

/// <summary>A format guess: the format id and the confidence per format.</summary>
/// <param name="Format">The chosen format id.</param>
/// <param name="Confidence">The chosen format's confidence (0–1).</param>
/// <param name="Scores">Every reader's confidence, best first.</param>
/// <param name="IsFallback">True when no reader was confident and the text is read as news-like prose.</param>
public sealed record FormatDetection(string Format, double Confidence, EquatableArray<FormatScore> Scores, bool IsFallback);

/// <summary>One reader's confidence.</summary>
/// <param name="Format">The format id.</param>
/// <param name="Confidence">0–1.</param>
public readonly record struct FormatScore(string Format, double Confidence);

/// <summary>Guesses the format of a text by asking each reader to sniff it.</summary>
public sealed class FormatDetector
{
    /// <summary>The confidence below which a text is read as news-like prose.</summary>
    public const double Threshold = 0.3;

    private readonly ImmutableArray<IArticleReader> _readers;

    /// <summary>Creates a detector over readers.</summary>
    /// <param name="readers">The readers.</param>
    /// <exception cref="ArgumentNullException"><paramref name="readers"/> is null.</exception>
    public FormatDetector(IEnumerable<IArticleReader> readers)
    {
        ArgumentNullException.ThrowIfNull(readers);
        _readers = [.. readers];
    }

    /// <summary>Gets the detector over the built-in readers.</summary>
    public static FormatDetector Default => ArticleReaders.Default.Detector;

    /// <summary>Detects the format of a text. Never throws on any text.</summary>
    /// <param name="text">The input.</param>
    /// <returns>The detection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public FormatDetection Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scores = new List<FormatScore>(_readers.Length);
        foreach (var r in _readers)
        {
            double c;
            try
            {
                c = Math.Clamp(r.Sniff(text), 0, 1);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                c = 0;
            }

            scores.Add(new FormatScore(r.Id, c));
        }

        scores.Sort((a, b) => b.Confidence.CompareTo(a.Confidence));
        var best = scores.Count > 0 ? scores[0] : new FormatScore(FormatIds.NewsArticle, 0);
        bool fallback = best.Confidence < Threshold;
        return new FormatDetection(fallback ? FormatIds.NewsArticle : best.Format, best.Confidence, scores.ToEquatableArray(), fallback);
    }
}

/// <summary>
/// The registry of readers: detects the format (or takes the caller's) and reads. Immutable and thread-safe; never
/// throws on any input text (a reader failure becomes a diagnostic on a minimal article).
/// </summary>
public sealed class ArticleReaders
{
    private readonly ImmutableArray<IArticleReader> _readers;

    /// <summary>Creates a registry.</summary>
    /// <param name="readers">The readers; one of them should have the id <see cref="FormatIds.NewsArticle"/> (the fallback).</param>
    /// <exception cref="ArgumentNullException"><paramref name="readers"/> is null.</exception>
    /// <exception cref="ArgumentException">Two readers share an id.</exception>
    public ArticleReaders(IEnumerable<IArticleReader> readers)
    {
        ArgumentNullException.ThrowIfNull(readers);
        _readers = [.. readers];
        var dup = _readers.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (dup is not null)
        {
            throw new ArgumentException($"Two readers have the id '{dup.Key}'.", nameof(readers));
        }

        Detector = new FormatDetector(_readers);
    }

    /// <summary>Gets the registry of the five built-in readers.</summary>
    public static ArticleReaders Default { get; } = new([
        new MilitaryWikiReader(), new NewsArticleReader(), new MarkdownFrontMatterReader(), new WorldLibraryReader(), new WikiInfoboxReader()]);

    /// <summary>Gets the readers.</summary>
    public IReadOnlyList<IArticleReader> Readers => _readers;

    /// <summary>Gets the detector over these readers.</summary>
    public FormatDetector Detector { get; }

    /// <summary>Returns a registry with one more reader (replacing one with the same id).</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The new registry.</returns>
    public ArticleReaders With(IArticleReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new ArticleReaders(_readers.Where(r => r.Id != reader.Id).Append(reader));
    }

    /// <summary>Finds a reader by id.</summary>
    /// <param name="id">The format id.</param>
    /// <returns>The reader, or <see langword="null"/>.</returns>
    public IArticleReader? Find(string id) => _readers.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads a document: the format is <see cref="ReadOptions.Format"/> when given, otherwise detected.
    /// Unrecognised text is read as news-like prose with a diagnostic.</summary>
    /// <param name="text">The input.</param>
    /// <param name="documentId">The caller's id for the document.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="documentId"/> is null.</exception>
    /// <exception cref="ArgumentException"><see cref="ReadOptions.Format"/> names no reader.</exception>
    public Article Read(string text, string documentId, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(documentId);
        options ??= ReadOptions.Default;
        IArticleReader? reader;
        Diagnostic? note = null;
        if (options.Format is { } forced)
        {
            reader = Find(forced) ?? throw new ArgumentException($"Unknown format '{forced}'. Known: {string.Join(", ", _readers.Select(r => r.Id))}.", nameof(options));
        }
        else
        {
            var d = Detector.Detect(text);
            reader = Find(d.Format) ?? _readers.FirstOrDefault();
            if (d.IsFallback)
            {
                note = new Diagnostic(1, 1, DiagnosticSeverity.Warning,
                    $"format not recognised (best guess {d.Scores.FirstOrDefault().Format ?? "none"} at {d.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}); read as news-article prose", "CM0001");
            }
        }

        if (reader is null)
        {
            return Minimal(text, documentId, FormatIds.NewsArticle, new Diagnostic(0, 0, DiagnosticSeverity.Error, "no reader is registered", "CM0002"));
        }

        Article article;
        try
        {
            article = reader.Read(text, documentId, options);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Minimal(text, documentId, reader.Id, new Diagnostic(0, 0, DiagnosticSeverity.Error, $"reader '{reader.Id}' failed: {ex.GetType().Name}: {ex.Message}", "CM0003"));
        }

        return note is null ? article : article with { Diagnostics = new[] { note }.Concat(article.Diagnostics).ToEquatableArray() };
    }

    private static Article Minimal(string text, string id, string format, Diagnostic d) =>
        new(null, format, id, ArticleMetadata.Empty, null, EquatableArray<Paragraph>.Empty, EquatableArray<Section>.Empty,
            EquatableArray<Reference>.Empty, EquatableArray<BoilerplateBlock>.Empty, EquatableArray.Create(d), text);
}
