namespace ConflictModel;

/// <summary>The role of an actor in an event.</summary>
public enum ActorRole
{
    /// <summary>Involved, role not determined.</summary>
    Involved = 0,
    /// <summary>Carried out the action.</summary>
    Initiator,
    /// <summary>Was the target of the action.</summary>
    Target,
}

/// <summary>An actor taking part in an event.</summary>
/// <param name="Name">The name as written.</param>
/// <param name="Key">The registry key, or <see langword="null"/> when unknown.</param>
/// <param name="Role">The actor's role.</param>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public sealed record EventActor(string Name, string? Key, ActorRole Role);

/// <summary>
/// Something that happened: kind, when (a point-like <see cref="Date"/> or a lasting <see cref="Period"/>), where, who,
/// the claims made about it, the event it belongs to, and where it was read.
/// </summary>
/// <param name="Id">A deterministic id derived from content (document and span).</param>
/// <param name="Kind">The kind.</param>
/// <param name="Date">When it happened, for point-like events.</param>
/// <param name="Period">When it lasted, for lasting events (offensives, sieges).</param>
/// <param name="Places">Place names as written (with registry keys in <paramref name="PlaceKeys"/>).</param>
/// <param name="PlaceKeys">The registry keys of the places, in the same order (null entries when unknown).</param>
/// <param name="Actors">The actors and their roles.</param>
/// <param name="ParentId">The containing event (an offensive contains its battles), or <see langword="null"/>.</param>
/// <param name="Evidence">Where it was read.</param>
/// <param name="ClaimIds">The ids of the claims about this event.</param>
/// <param name="Title">A short label (a title, or the sentence's start).</param>
/// <param name="Confidence">How sure the extraction is, from 0 to 1.</param>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public sealed record ConflictEvent(
    string Id,
    EventKind Kind,
    UncertainDate? Date,
    UncertainPeriod? Period,
    EquatableArray<string> Places,
    EquatableArray<string?> PlaceKeys,
    EquatableArray<EventActor> Actors,
    string? ParentId,
    Evidence Evidence,
    EquatableArray<string> ClaimIds,
    string? Title = null,
    double Confidence = 1.0)
{
    /// <summary>Gets every day on which the event may have taken place: the period's extent or the date.</summary>
    public UncertainDate When => Period?.Extent ?? Date ?? default;
}
