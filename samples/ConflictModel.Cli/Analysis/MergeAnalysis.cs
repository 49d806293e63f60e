using System.Globalization;
using ConflictModel.Cli.Input;
using ConflictModel.Merge;
using ConflictModel.Rendering;

namespace ConflictModel.Cli.Analysis;

/// <summary>
/// The analysis over the merge engine: each document is turned into an <see cref="ExtractedSet"/> by the given
/// extraction function (reader + extractor), the sets are merged with <see cref="TimelineBuilder"/> under the chosen
/// policy, and the result feeds <c>timeline</c> and <c>contested</c>.
/// </summary>
/// <remarks>LEAD: construct with <c>doc =&gt; ExtractedSet.Create(doc.Name, extracted.Events, extracted.Claims)</c> where
/// <c>extracted = Extractor.Extract(ArticleReaders.Default.Read(doc.Text, doc.Name))</c>, and return it from
/// <see cref="ConflictAnalysis.Default"/>. <see cref="WriteMerge"/> and <see cref="WriteExport"/> wait for the merge
/// JSON writer and the exporters.</remarks>
public sealed class MergeAnalysis : IConflictAnalysis
{
    private readonly Func<InputDocument, ExtractedSet> _extract;
    private readonly MergeOptions _options;

    /// <summary>Creates the analysis.</summary>
    /// <param name="extract">Turns one document into its events and claims.</param>
    /// <param name="options">Merge options (the policy is replaced by the request's).</param>
    /// <param name="note">A note for stderr, or <see langword="null"/>.</param>
    public MergeAnalysis(Func<InputDocument, ExtractedSet> extract, MergeOptions? options = null, string? note = null)
    {
        _extract = extract ?? throw new ArgumentNullException(nameof(extract));
        _options = options ?? MergeOptions.Default;
        Note = note;
    }

    /// <inheritdoc/>
    public bool IsAvailable => true;

    /// <inheritdoc/>
    public string? Note { get; }

    /// <summary>Returns the merged timeline of the documents under the request's policy.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="request">The request.</param>
    /// <returns>The merged timeline.</returns>
    public MergedTimeline Merge(IReadOnlyList<InputDocument> documents, AnalysisRequest request)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(request);
        var policy = ReconciliationPolicy.FromName(request.Policy) ?? _options.Policy;
        return TimelineBuilder.Merge(documents.Select(_extract), _options with { Policy = policy });
    }

    /// <inheritdoc/>
    public IReadOnlyList<TimelineRow> Timeline(IReadOnlyList<InputDocument> documents, AnalysisRequest request) =>
        MergedTimelineRows.From(Merge(documents, request));

    /// <inheritdoc/>
    public void WriteContested(IReadOnlyList<InputDocument> documents, AnalysisRequest request, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        var timeline = Merge(documents, request);
        var rows = TimelineTable.Filter(MergedTimelineRows.From(timeline), request).ToDictionary(r => r.Id, StringComparer.Ordinal);
        int n = 0;
        foreach (var e in timeline.Events.Where(e => rows.ContainsKey(e.Id)).OrderBy(e => e.When, UncertainDate.ByEarliest).ThenBy(e => e.Id, StringComparer.Ordinal))
        {
            foreach (var a in e.Assessments.Where(a => a.IsDisputed).OrderBy(a => a.QuantityKey, StringComparer.Ordinal))
            {
                n++;
                stdout.WriteLine($"{rows[e.Id].Label} ({DisplayText.Format(e.When)}): {MergedTimelineRows.What(a.Subject)} — {a.Status.ToString().ToLowerInvariant()}");
                foreach (var c in a.Contributions)
                {
                    string value = c.Claim.Quantity is { } q ? DisplayText.Format(q) : "(no figure)";
                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {c.Claim.Claimant.Name}: {value} [{c.Claim.Stance.ToString().ToLowerInvariant()}] in {c.Claim.Evidence.Document}; weight {c.Weight:0.##}{(c.Counted ? string.Empty : ", not counted")}: {c.Reason}"));
                }

                stdout.WriteLine($"  assessment ({a.Policy}): {DisplayText.Format(a.Estimate)} — {a.Explanation}");
            }
        }

        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{n} contested figure{(n == 1 ? string.Empty : "s")}"));
    }

    /// <inheritdoc/>
    public void WriteMerge(IReadOnlyList<InputDocument> documents, AnalysisRequest request, TextWriter stdout) =>
        throw new NotSupportedException("the merge JSON writer is not wired into the CLI yet");

    /// <inheritdoc/>
    public void WriteExport(IReadOnlyList<InputDocument> documents, AnalysisRequest request, string format, TextWriter stdout) =>
        throw new NotSupportedException("the exporters are not wired into the CLI yet");
}
