namespace ConflictModel.Merge;

/// <summary>
/// The unit of input to a merge: one document's events and claims, as an extractor produced them or as built by hand.
/// </summary>
/// <param name="DocumentId">The document identifier (usually the file name).</param>
/// <param name="Events">The events read in the document.</param>
/// <param name="Claims">The claims read in the document.</param>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public sealed record ExtractedSet(string DocumentId, EquatableArray<ConflictEvent> Events, EquatableArray<Claim> Claims)
{
    /// <summary>Creates a set from sequences.</summary>
    /// <param name="documentId">The document identifier; not empty.</param>
    /// <param name="events">The events.</param>
    /// <param name="claims">The claims.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentException"><paramref name="documentId"/> is empty.</exception>
    public static ExtractedSet Create(string documentId, IEnumerable<ConflictEvent> events, IEnumerable<Claim> claims)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(claims);
        return new ExtractedSet(documentId, events.ToEquatableArray(), claims.ToEquatableArray());
    }
}
