namespace ConflictModel;

/// <summary>What aspect of an event a claim is about.</summary>
public enum ClaimAspect
{
    /// <summary>A count of people (see <see cref="ClaimSubject.Category"/>).</summary>
    Count = 0,
    /// <summary>When something happened.</summary>
    Date,
    /// <summary>Who controls a place.</summary>
    Control,
}

/// <summary>
/// What one claim is about: an event, the aspect, the category counted, and for whom. Two claims with equal
/// subjects and overlapping scopes are about one quantity and may agree or disagree.
/// </summary>
/// <param name="EventId">The event's id, or <see langword="null"/> when not tied to an event.</param>
/// <param name="Aspect">The aspect.</param>
/// <param name="Category">For counts: what is counted.</param>
/// <param name="Who">For counts: the group counted, as written.</param>
/// <param name="WhoKey">For counts: the registry key of the group's side or actor, or a role key such as
/// <c>civilians</c>, <c>soldiers</c>; <see langword="null"/> when not resolved.</param>
/// <param name="Place">For control: the place.</param>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public sealed record ClaimSubject(
    string? EventId,
    ClaimAspect Aspect,
    CasualtyCategory? Category = null,
    string? Who = null,
    string? WhoKey = null,
    string? Place = null)
{
    /// <summary>Gets a key that identifies the quantity independently of wording: event, aspect, category, whom.</summary>
    public string QuantityKey => $"{EventId}|{Aspect}|{Category}|{WhoKey ?? Who?.ToLowerInvariant()}|{Place}";
}
