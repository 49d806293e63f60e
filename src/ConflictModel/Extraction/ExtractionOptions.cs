using ConflictModel.Recognition;
using NodaTime;

namespace ConflictModel.Extraction;

/// <summary>
/// Options of an <see cref="Extractor"/>: how dates are anchored, the reference date, and the lexicon of event
/// phrases. Immutable; build variations with <c>with</c>.
/// </summary>
/// <param name="AnchorMode">How dates without a year are anchored; <see langword="null"/> chooses by format (news
/// anchoring for news articles, narrative anchoring otherwise).</param>
/// <param name="ReferenceDate">The document's present (for news anchoring), overriding the publication date
/// in the metadata; <see langword="null"/> to use the metadata or to infer it from the text.</param>
/// <param name="Lexicon">The event lexicon; <see langword="null"/> for <see cref="EventLexicon.Default"/>.</param>
/// <param name="Registry">The registry of actors, places and claimants; <see langword="null"/> for
/// <see cref="EntityRegistry.Default"/>.</param>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public sealed record ExtractionOptions(
    DateAnchorMode? AnchorMode = null,
    LocalDate? ReferenceDate = null,
    EventLexicon? Lexicon = null,
    EntityRegistry? Registry = null)
{
    /// <summary>Gets the default options.</summary>
    public static ExtractionOptions Default { get; } = new();
}
