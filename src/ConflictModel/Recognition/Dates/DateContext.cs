using NodaTime;

namespace ConflictModel.Recognition;

/// <summary>What the recogniser knows about a document's time before reading it.</summary>
/// <param name="Mode">How yearless and relative dates are anchored.</param>
/// <param name="ReferenceDate">The document's own present (publication or snapshot date), if known. Required for
/// news-style anchoring; in narrative mode it is used for deictic words and as the last-resort year source.</param>
/// <param name="DocumentPeriodHint">A period the document is about (for example the extent of an infobox date such as
/// "10 April – 14 July 2014"): the first source of the narrative year and the start of "the offensive".</param>
/// <remarks>Equality is by value. This type is immutable and thread-safe.</remarks>
public sealed record DateContext(
    DateAnchorMode Mode = DateAnchorMode.Narrative,
    LocalDate? ReferenceDate = null,
    UncertainDate? DocumentPeriodHint = null)
{
    /// <summary>Gets the default context: narrative mode with nothing known.</summary>
    public static DateContext Default { get; } = new();

    /// <summary>Creates a news context anchored to a publication date.</summary>
    /// <param name="referenceDate">The publication date.</param>
    /// <returns>The context.</returns>
    public static DateContext News(LocalDate referenceDate) => new(DateAnchorMode.News, referenceDate);
}
