namespace ConflictModel.Extraction;

/// <summary>What kind of relation a consistency finding checks.</summary>
public enum ConsistencyKind
{
    /// <summary>A total equals the sum of its parts (per-side and civilian figures, or a stated breakdown).</summary>
    SumOfParts = 0,
    /// <summary>An infobox figure equals the sum of the body's figures for its sub-periods.</summary>
    SumOfPeriods,
    /// <summary>A range equals the span of two claims.</summary>
    RangeOfClaims,
    /// <summary>Two figures (infobox and body) are equal.</summary>
    EqualFigures,
    /// <summary>A part is not larger than its whole ("108 of the missing" ≤ the missing).</summary>
    Bound,
    /// <summary>The infobox start date equals the first dated body event.</summary>
    StartDate,
    /// <summary>A stated duration fits its dates.</summary>
    Duration,
    /// <summary>Date arithmetic stated by the text ("after two weeks of fighting").</summary>
    DateArithmetic,
}

/// <summary>One term of a consistency relation: a value and where it came from.</summary>
/// <param name="Value">The value as written or computed ("414", "5,641–6,991", "2014-12-03").</param>
/// <param name="Number">The value as a number, when it is one.</param>
/// <param name="From">Where the value came from (the infobox cell or the sentence, as read).</param>
/// <param name="ClaimId">The claim the value belongs to, when it is one.</param>
/// <param name="Span">The value's span in the original text, when known.</param>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public sealed record ConsistencyTerm(string Value, long? Number, string From, string? ClaimId = null, TextSpan? Span = null);

/// <summary>
/// An arithmetic or date relation between figures of one document, and whether it holds. Findings are reported,
/// never used to correct a figure.
/// </summary>
/// <param name="Id">A deterministic id.</param>
/// <param name="Kind">What kind of relation.</param>
/// <param name="Relation">The relation as text ("414 = 60 + 354").</param>
/// <param name="Holds">Whether it holds.</param>
/// <param name="Terms">The terms, the left side first.</param>
/// <param name="Note">An explanation, or <see langword="null"/>.</param>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public sealed record ConsistencyFinding(
    string Id,
    ConsistencyKind Kind,
    string Relation,
    bool Holds,
    EquatableArray<ConsistencyTerm> Terms,
    string? Note = null);
