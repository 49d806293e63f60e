using ConflictModel.Formats;

namespace ConflictModel.Extraction;

/// <summary>
/// What was extracted from one document: the summary event (from the infobox or front matter), the body's events in
/// reading order, every claim with its evidence, the contested groups and the consistency findings.
/// </summary>
/// <param name="DocumentId">The document id.</param>
/// <param name="Article">The article the extraction read.</param>
/// <param name="Summary">The event the whole document is about with its sides, when the document has an infobox or
/// front matter.</param>
/// <param name="Events">The events from the body in reading order (the summary event first when present).</param>
/// <param name="Claims">Every claim in reading order (infobox claims first).</param>
/// <param name="Contested">Groups of claims that do not agree.</param>
/// <param name="Checks">Consistency findings (holding and failing).</param>
/// <param name="Diagnostics">What the extraction noticed (unread sentences, inferred years, ...).</param>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public sealed record ExtractedDocument(
    string DocumentId,
    Article Article,
    EventSummary? Summary,
    EquatableArray<ConflictEvent> Events,
    EquatableArray<Claim> Claims,
    EquatableArray<ContestedGroup> Contested,
    EquatableArray<ConsistencyFinding> Checks,
    EquatableArray<Diagnostic> Diagnostics)
{
    /// <summary>Gets the summary event, when there is one.</summary>
    public ConflictEvent? SummaryEvent => Summary?.Event;

    /// <summary>Finds a claim by id.</summary>
    /// <param name="id">The claim id.</param>
    /// <returns>The claim, or <see langword="null"/>.</returns>
    public Claim? FindClaim(string id)
    {
        foreach (var c in Claims)
        {
            if (string.Equals(c.Id, id, StringComparison.Ordinal))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>Gets the consistency findings that do not hold.</summary>
    public IEnumerable<ConsistencyFinding> Inconsistencies => Checks.Where(c => !c.Holds);
}
