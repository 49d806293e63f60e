using NodaTime;

namespace ConflictModel.Recognition;

/// <summary>One date expression found in a text, resolved to the days it allows.</summary>
/// <param name="Span">Where the expression is in the text given to the recogniser (leading prepositions and time-of-day
/// words such as "On the evening of" are included).</param>
/// <param name="Text">The expression as written.</param>
/// <param name="Date">The days the expression allows. For a lasting range it is the whole extent. When the expression
/// could not be anchored (no year anywhere, a relative date without an anchor) both ends are open and
/// <see cref="IsResolved"/> is <see langword="false"/>.</param>
/// <param name="Period">Set when the expression states something that lasted ("From 30 April until 10 May",
/// "10 April – 14 July 2014", "2 January 2014 – ongoing"); <see langword="null"/> for one day, one unknown day within
/// a range ("Between 10 and 12 February") and open bounds.</param>
/// <param name="Kind">The shape of the expression.</param>
/// <param name="YearSource">Where the year came from.</param>
/// <param name="Duration">For <see cref="DateMentionKind.Duration"/>: the stated length.</param>
/// <param name="Diagnostic">A note about an inference or a failure to anchor, or <see langword="null"/>. Its
/// <see cref="ConflictModel.Diagnostic.Line"/> is 0 and its <see cref="ConflictModel.Diagnostic.Column"/> is the 1-based
/// character offset of the mention in the text given to the recogniser. Codes: CM0401 year or present inferred,
/// CM0402 no year found, CM0403 relative or deictic date without an anchor, CM0404 anchored to an earlier paragraph,
/// CM0405 not a valid calendar date or an inverted range.</param>
/// <remarks>Equality is by value. This type is immutable and thread-safe.</remarks>
public sealed record DateMention(
    TextSpan Span,
    string Text,
    UncertainDate Date,
    UncertainPeriod? Period,
    DateMentionKind Kind,
    DateYearSource YearSource = DateYearSource.Stated,
    Period? Duration = null,
    Diagnostic? Diagnostic = null)
{
    /// <summary>Gets whether at least one end of <see cref="Date"/> is known.</summary>
    public bool IsResolved => Date.Earliest.HasValue || Date.Latest.HasValue;
}
