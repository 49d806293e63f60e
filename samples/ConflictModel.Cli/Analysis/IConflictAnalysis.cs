using ConflictModel.Cli.Input;
using NodaTime;

namespace ConflictModel.Cli.Analysis;

/// <summary>What the user asked the analysis verbs for (<c>--from --to --actor --place --kind --policy</c>).</summary>
/// <param name="From">Only events that may have happened on or after this day.</param>
/// <param name="To">Only events that may have happened on or before this day.</param>
/// <param name="Actors">Only events involving one of these actors (alias-aware once the registry is wired).</param>
/// <param name="Places">Only events at one of these places (alias-aware once the registry is wired).</param>
/// <param name="Kind">Only events of this kind.</param>
/// <param name="Policy">The reconciliation policy name: <c>conservative</c>, <c>ucdp</c> or <c>weighted</c>.</param>
public sealed record AnalysisRequest(
    LocalDate? From,
    LocalDate? To,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Places,
    EventKind? Kind,
    string Policy)
{
    /// <summary>The accepted policy names (the merge engine's policies; the first is the default).</summary>
    public static IReadOnlyList<string> Policies { get; } = ["ucdp", "conservative", "weighted"];

    /// <summary>Gets a request without filters, under the default policy.</summary>
    public static AnalysisRequest All { get; } = new(null, null, [], [], null, "ucdp");

    /// <summary>Gets a callback the analysis calls after each document is processed (for progress on stderr; it may be
    /// called from several threads), or <see langword="null"/>.</summary>
    public Action<string>? OnDocumentDone { get; init; }
}

/// <summary>One figure shown in a timeline row: what it counts, the reconciled estimate, and the disagreement.</summary>
/// <param name="What">What is counted, e.g. <c>killed, government forces</c>.</param>
/// <param name="Value">The reconciled estimate under the chosen policy (low–high, best).</param>
/// <param name="Contested">Whether the sources disagree.</param>
/// <param name="Disagreement">Who says what, e.g. <c>SOHR: 61; militia commander: fewer than 40</c>.</param>
public sealed record FigureCell(string What, Estimate Value, bool Contested = false, string? Disagreement = null);

/// <summary>One merged event as the <c>timeline</c> verb prints and draws it.</summary>
/// <param name="Id">The merged event's content-derived id.</param>
/// <param name="Label">A short label.</param>
/// <param name="Kind">The event kind.</param>
/// <param name="When">Every possible day.</param>
/// <param name="Places">Canonical place names.</param>
/// <param name="Actors">Canonical actor names.</param>
/// <param name="Figures">The figures about it.</param>
/// <param name="Documents">The documents that mention it (more than one when a same-as merge happened).</param>
/// <param name="Relation">A relation to show, e.g. <c>summarises 3 events</c>, or <see langword="null"/>.</param>
public sealed record TimelineRow(
    string Id,
    string Label,
    EventKind Kind,
    UncertainDate When,
    IReadOnlyList<string> Places,
    IReadOnlyList<string> Actors,
    IReadOnlyList<FigureCell> Figures,
    IReadOnlyList<string> Documents,
    string? Relation = null)
{
    /// <summary>Gets whether any figure is contested.</summary>
    public bool Contested => Figures.Any(f => f.Contested);
}

/// <summary>
/// The seam between the CLI and the library's pipeline (read → extract → merge). The analysis verbs
/// (<c>timeline</c>, <c>merge</c>, <c>contested</c>, <c>export</c>) do argument parsing, input reading and output
/// formatting themselves and call this interface for the analysis. <see cref="ConflictAnalysis.Default"/> picks the
/// implementation.
/// </summary>
public interface IConflictAnalysis
{
    /// <summary>Gets whether the pipeline is available in this build.</summary>
    bool IsAvailable { get; }

    /// <summary>Gets a one-line note the verbs print on stderr before their output (e.g. that the analysis is partial),
    /// or <see langword="null"/>.</summary>
    string? Note { get; }

    /// <summary>Returns the merged timeline's rows matching the request's filters (the analysis filters: actors and
    /// places under any of their names). The verb only orders them.</summary>
    /// <param name="documents">The documents read.</param>
    /// <param name="request">The request.</param>
    /// <returns>The rows.</returns>
    IReadOnlyList<TimelineRow> Timeline(IReadOnlyList<InputDocument> documents, AnalysisRequest request);

    /// <summary>Writes the <c>merge</c> JSON (schemaVersion, events with mentions/relations/assessments, contested).</summary>
    /// <param name="documents">The documents read.</param>
    /// <param name="request">The request.</param>
    /// <param name="stdout">The output.</param>
    void WriteMerge(IReadOnlyList<InputDocument> documents, AnalysisRequest request, TextWriter stdout);

    /// <summary>Writes each disagreement, who says what, and the assessment under the chosen policy.</summary>
    /// <param name="documents">The documents read.</param>
    /// <param name="request">The request.</param>
    /// <param name="stdout">The output.</param>
    void WriteContested(IReadOnlyList<InputDocument> documents, AnalysisRequest request, TextWriter stdout);

    /// <summary>Writes the export (<c>jsonl</c> or <c>ucdp-csv</c>).</summary>
    /// <param name="documents">The documents read.</param>
    /// <param name="request">The request.</param>
    /// <param name="format"><c>jsonl</c> or <c>ucdp-csv</c>.</param>
    /// <param name="stdout">The output.</param>
    void WriteExport(IReadOnlyList<InputDocument> documents, AnalysisRequest request, string format, TextWriter stdout);
}

/// <summary>Chooses the <see cref="IConflictAnalysis"/> the verbs use by default.</summary>
public static class ConflictAnalysis
{
    /// <summary>Gets the default analysis: read + extract each document (<see cref="PipelineExtraction"/>), then merge
    /// across documents (the merge engine's default name keys resolve registry aliases: ISIS and ISIL, Abu Kamal and
    /// Albu Kamal).</summary>
    public static IConflictAnalysis Default { get; } = new MergeAnalysis(PipelineExtraction.Extract);
}

/// <summary>The analysis of a build without the extraction and merge stages: <see cref="IsAvailable"/> is false and
/// the verbs report that in one line (exit code 3).</summary>
public sealed class NotWiredAnalysis : IConflictAnalysis
{
    /// <summary>The message the verbs print.</summary>
    public const string Message =
        "the extraction and merge stages are not wired into this build of the CLI";

    /// <inheritdoc/>
    public bool IsAvailable => false;

    /// <inheritdoc/>
    public string? Note => null;

    /// <inheritdoc/>
    public IReadOnlyList<TimelineRow> Timeline(IReadOnlyList<InputDocument> documents, AnalysisRequest request) =>
        throw new NotSupportedException(Message);

    /// <inheritdoc/>
    public void WriteMerge(IReadOnlyList<InputDocument> documents, AnalysisRequest request, TextWriter stdout) =>
        throw new NotSupportedException(Message);

    /// <inheritdoc/>
    public void WriteContested(IReadOnlyList<InputDocument> documents, AnalysisRequest request, TextWriter stdout) =>
        throw new NotSupportedException(Message);

    /// <inheritdoc/>
    public void WriteExport(IReadOnlyList<InputDocument> documents, AnalysisRequest request, string format, TextWriter stdout) =>
        throw new NotSupportedException(Message);
}
