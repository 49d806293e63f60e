using System.Globalization;
using ConflictModel.Cli.Input;
using ConflictModel.Merge;
using ConflictModel.Query;
using ConflictModel.Rendering;

namespace ConflictModel.Cli.Analysis;

/// <summary>
/// The analysis over the merge engine: each document is turned into an <see cref="ExtractedSet"/> by the given
/// extraction function (reader + extractor), the sets are merged with <see cref="TimelineBuilder"/> under the chosen
/// policy, and the result feeds <c>timeline</c>, <c>contested</c>, <c>merge</c> (<c>TimelineJson.ToJson</c>) and
/// <c>export</c> (<c>TimelineJson</c> lines, <c>UcdpCsv</c>).
/// </summary>
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

        // Documents are extracted in parallel (the pipeline is thread-safe); the merge does not depend on order.
        var sets = new ExtractedSet[documents.Count];
        try
        {
            Parallel.For(0, documents.Count, i =>
            {
                sets[i] = _extract(documents[i]);
                request.OnDocumentDone?.Invoke(documents[i].Name);
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
            throw;
        }

        return TimelineBuilder.Merge(sets, _options with { Policy = policy });
    }

    /// <inheritdoc/>
    public IReadOnlyList<TimelineRow> Timeline(IReadOnlyList<InputDocument> documents, AnalysisRequest request)
    {
        var timeline = Merge(documents, request);
        return Filter(timeline, MergedTimelineRows.From(timeline), request);
    }

    private static IReadOnlyList<TimelineRow> Filter(MergedTimeline timeline, IReadOnlyList<TimelineRow> rows, AnalysisRequest request)
    {
        var keep = Select(timeline, request);
        var events = timeline.Events.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        bool onlyDates = request.Actors.Count == 0 && request.Places.Count == 0 && request.Kind is null;
        var window = UncertainDate.FromBounds(request.From, request.To);
        // Rows of figures tied to no event have no actor, place or kind: they pass date filters only.
        return rows.Where(r => events.Contains(r.Id) ? keep.Contains(r.Id) : onlyDates && (request.From is null && request.To is null || r.When.Overlaps(window)))
            .ToArray();
    }

    /// <summary>Returns the ids of the events matching the request, through <see cref="TimelineQuery"/>: dates by the
    /// interval index, actors and places under any of their names (the timeline's name keys), kind by equality.
    /// Several actors (or places) match any of them.</summary>
    /// <param name="timeline">The merged timeline.</param>
    /// <param name="request">The filters.</param>
    /// <returns>The ids.</returns>
    public static HashSet<string> Select(MergedTimeline timeline, AnalysisRequest request)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(request);
        var query = new TimelineQuery(timeline);
        IEnumerable<MergedEvent> events = query.Where(new EventFilter(From: request.From, To: request.To, Kind: request.Kind));
        if (request.Actors.Count > 0)
        {
            var set = request.Actors.SelectMany(query.ByActor).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            events = events.Where(e => set.Contains(e.Id));
        }

        if (request.Places.Count > 0)
        {
            var set = request.Places.SelectMany(query.ByPlace).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            events = events.Where(e => set.Contains(e.Id));
        }

        return events.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <inheritdoc/>
    public void WriteContested(IReadOnlyList<InputDocument> documents, AnalysisRequest request, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        var timeline = Merge(documents, request);
        var rows = Filter(timeline, MergedTimelineRows.From(timeline), request).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var byEvent = timeline.Events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var groups = timeline.Assessments
            .Where(a => a.IsDisputed)
            .Select(a => (Assessment: a, Row: a.EventId is { } id && byEvent.ContainsKey(id) && rows.TryGetValue(id, out var er) ? er : rows.GetValueOrDefault(a.Id)))
            .Where(x => x.Row is not null)
            .OrderBy(x => x.Row!.When, UncertainDate.ByEarliest).ThenBy(x => x.Row!.Id, StringComparer.Ordinal).ThenBy(x => x.Assessment.QuantityKey, StringComparer.Ordinal);
        int n = 0;
        foreach (var (a, row) in groups)
        {
            {
                n++;
                stdout.WriteLine($"{row!.Label} ({DisplayText.Format(row.When)}): {MergedTimelineRows.What(a.Subject)} — {a.Status.ToString().ToLowerInvariant()}");
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
    public void WriteMerge(IReadOnlyList<InputDocument> documents, AnalysisRequest request, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        stdout.Write(ConflictModel.Export.TimelineJson.ToJson(Merge(documents, request)));
        stdout.WriteLine();
    }

    /// <inheritdoc/>
    public void WriteExport(IReadOnlyList<InputDocument> documents, AnalysisRequest request, string format, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        var timeline = Merge(documents, request);
        switch (format)
        {
            case "jsonl":
                ConflictModel.Export.TimelineJson.WriteJsonLines(timeline.Events, stdout);
                break;
            case "ucdp-csv":
                ConflictModel.Export.UcdpCsv.Write(timeline.Events, stdout);
                break;
            default:
                throw new ArgumentException($"format '{format}' is not jsonl or ucdp-csv.", nameof(format));
        }
    }
}
