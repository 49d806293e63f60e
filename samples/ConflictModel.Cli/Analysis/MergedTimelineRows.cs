using System.Globalization;
using ConflictModel.Merge;
using ConflictModel.Rendering;

namespace ConflictModel.Cli.Analysis;

/// <summary>Maps a <see cref="MergedTimeline"/> to the rows the <c>timeline</c> verb prints and draws.</summary>
public static class MergedTimelineRows
{
    /// <summary>Returns one row per merged event, plus one row per counted figure that is tied to no event (a figure
    /// reported without an event the extraction could date, so it is not lost from the table), in date order
    /// (earliest day, then id).</summary>
    /// <param name="timeline">The merged timeline.</param>
    /// <returns>The rows.</returns>
    public static IReadOnlyList<TimelineRow> From(MergedTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var byId = timeline.Events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var attached = timeline.Events.SelectMany(e => e.Assessments).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var loose = timeline.Assessments
            .Where(a => a.Subject.Aspect == ClaimAspect.Count && !attached.Contains(a.Id))
            .Select(a => new TimelineRow(
                a.Id,
                What(a.Subject) + " (a figure tied to no dated event)",
                EventKind.Unknown,
                a.Scope,
                [],
                [],
                [new FigureCell(What(a.Subject), a.Estimate, a.IsDisputed, a.IsDisputed ? WhoSaysWhat(a) : null)],
                a.Contributions.Select(c => c.Claim.Evidence.Document).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray()));
        return timeline.Events
            .Select(e => ToRow(e, byId))
            .Concat(loose)
            .OrderBy(r => r.When.HasEarliest || r.When.HasLatest ? 0 : 1).ThenBy(r => r.When, UncertainDate.ByEarliest)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Returns the row of one merged event.</summary>
    /// <param name="e">The event.</param>
    /// <param name="byId">The timeline's events by id, to name related events; <see langword="null"/> to show ids.</param>
    /// <returns>The row.</returns>
    public static TimelineRow ToRow(MergedEvent e, IReadOnlyDictionary<string, MergedEvent>? byId = null)
    {
        ArgumentNullException.ThrowIfNull(e);
        var figures = e.Assessments
            .Where(a => a.Subject.Aspect == ClaimAspect.Count)
            .OrderBy(a => a.QuantityKey, StringComparer.Ordinal)
            .Select(a => new FigureCell(What(a.Subject), a.Estimate, a.IsDisputed, a.IsDisputed ? WhoSaysWhat(a) : null))
            .ToArray();
        int summarised = e.Relations.Count(r => r.Kind == EventRelationKind.Summarises);
        string? relation = summarised > 0
            ? string.Create(CultureInfo.InvariantCulture, $"summarises {summarised} event{(summarised == 1 ? string.Empty : "s")}")
            : e.Relations.Any(r => r.Kind == EventRelationKind.PartOf) ? "part of: " + Name(e.Relations.First(r => r.Kind == EventRelationKind.PartOf).OtherId, byId) : null;
        string kind = e.Kind.ToString().ToLowerInvariant();
        string label = e.Title is { Length: > 0 } t ? t : e.Places.Count > 0 ? $"{kind} at {e.Places[0]}" : kind;
        return new TimelineRow(
            e.Id,
            label,
            e.Kind,
            e.When,
            e.Places.ToArray(),
            e.Actors.Select(a => a.Names.Count > 0 ? a.Names[0] : a.Key).ToArray(),
            figures,
            e.Documents.ToArray(),
            relation);
    }

    private static string Name(string id, IReadOnlyDictionary<string, MergedEvent>? byId) =>
        byId is not null && byId.TryGetValue(id, out var other) && other.Title is { Length: > 0 } title ? title : id;

    /// <summary>Returns what a count is about: <c>killed, government forces</c>.</summary>
    /// <param name="subject">The subject.</param>
    /// <returns>The text.</returns>
    public static string What(ClaimSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        string category = subject.Category?.ToString().ToLowerInvariant() ?? "count";
        return subject.Who is { Length: > 0 } who ? $"{category}, {who}" : category;
    }

    /// <summary>Returns who says what in an assessment: <c>SOHR: 61; a militia commander: up to 40 (denied)</c>.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The text, claimants in the assessment's order.</returns>
    public static string WhoSaysWhat(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return string.Join("; ", assessment.Contributions.Select(c =>
        {
            string value = c.Claim.Quantity is { } q ? DisplayText.Format(q) : "(no figure)";
            string stance = c.Claim.Stance switch
            {
                ClaimStance.Denied => " (denies)",
                ClaimStance.Updated => " (update)",
                _ => string.Empty,
            };
            string superseded = c.Counted ? string.Empty : " (not counted)";
            return $"{c.Claim.Claimant.Name}: {value}{stance}{superseded}";
        }));
    }
}
