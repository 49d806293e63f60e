namespace ConflictModel.Merge;

/// <summary>How two events (or merged events) relate.</summary>
public enum EventRelationKind
{
    /// <summary>The same event reported twice.</summary>
    SameAs = 0,
    /// <summary>This event is a summary (longer period, as many or more places) of the other.</summary>
    Summarises,
    /// <summary>The other event summarises this one.</summary>
    SummarisedBy,
    /// <summary>This event is part of the other (a battle of an offensive).</summary>
    PartOf,
    /// <summary>The other event is part of this one.</summary>
    Contains,
}

/// <summary>A link between two source events found by matching.</summary>
/// <param name="From">The id of the first event (the summary, or the part).</param>
/// <param name="To">The id of the second event.</param>
/// <param name="Kind">The relation (<see cref="EventRelationKind.SameAs"/>, <see cref="EventRelationKind.Summarises"/>
/// or <see cref="EventRelationKind.PartOf"/>).</param>
/// <param name="Score">The matching score, from 0 to 1.</param>
/// <remarks>Equality is by value.</remarks>
public readonly record struct EventLink(string From, string To, EventRelationKind Kind, double Score);

/// <summary>A relation of a merged event to another merged event.</summary>
/// <param name="Kind">The relation, seen from the event that carries it.</param>
/// <param name="OtherId">The other merged event's id.</param>
/// <remarks>Equality is by value.</remarks>
public readonly record struct EventRelation(EventRelationKind Kind, string OtherId);

/// <summary>Where a merged event was read: one source event's document, sentence and span.</summary>
/// <param name="Document">The document identifier.</param>
/// <param name="Text">The sentence (or title) as read.</param>
/// <param name="Span">The span in the original input.</param>
/// <param name="EventId">The source event's id.</param>
/// <remarks>Equality is by value.</remarks>
public sealed record Mention(string Document, string Text, TextSpan Span, string EventId);

/// <summary>An actor of a merged event: its key, every spelling it had, and its role.</summary>
/// <param name="Key">The comparison key.</param>
/// <param name="Names">The names as written, distinct, ordinal order.</param>
/// <param name="Role">The role when the reports agree on it, otherwise <see cref="ActorRole.Involved"/>.</param>
/// <remarks>Equality is by value.</remarks>
public sealed record MergedActor(string Key, EquatableArray<string> Names, ActorRole Role);

/// <summary>
/// One event as reported by one or more documents: every mention kept, relations to summaries and containing
/// events, and the assessments of the quantities claimed about it.
/// </summary>
/// <param name="Id">A content-derived id: a hash of the sorted ids of its source events; never depends on input order.</param>
/// <param name="Kind">The most frequent known kind among the reports (ties: the lowest enum value).</param>
/// <param name="When">The intersection of the reports' dates when they all overlap (each report narrows the
/// day), otherwise their hull.</param>
/// <param name="Places">The place names as written, distinct, ordinal order.</param>
/// <param name="PlaceKeys">The place keys, distinct, ordinal order.</param>
/// <param name="Actors">The actors by key.</param>
/// <param name="Mentions">Every report, by document then span.</param>
/// <param name="Relations">Relations to other merged events.</param>
/// <param name="Assessments">The reconciled quantities claimed about the event.</param>
/// <param name="SourceEventIds">The ids of the source events, ordinal order.</param>
/// <param name="Title">The title of the first source event (by id) that has one.</param>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public sealed record MergedEvent(
    string Id,
    EventKind Kind,
    UncertainDate When,
    EquatableArray<string> Places,
    EquatableArray<string> PlaceKeys,
    EquatableArray<MergedActor> Actors,
    EquatableArray<Mention> Mentions,
    EquatableArray<EventRelation> Relations,
    EquatableArray<Assessment> Assessments,
    EquatableArray<string> SourceEventIds,
    string? Title)
{
    /// <summary>Gets the distinct documents that report the event, ordinal order.</summary>
    public IEnumerable<string> Documents => Mentions.Select(m => m.Document).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    /// <summary>Gets whether any of its quantities is contested or denied.</summary>
    public bool IsContested => Assessments.Any(a => a.IsDisputed);
}
