namespace ConflictModel;

/// <summary>
/// One assertion about one thing (a casualty figure, a date, who controls a place, a strength), with who made it, how
/// firmly, for what period, and where it was read. A claim never exists without evidence.
/// </summary>
/// <param name="Id">A deterministic id derived from the document and the evidence span.</param>
/// <param name="Subject">What the claim is about.</param>
/// <param name="Quantity">The figure, for count claims.</param>
/// <param name="Date">The date, for date claims.</param>
/// <param name="ControlledBy">The controlling actor, for control claims.</param>
/// <param name="Claimant">Who makes the claim.</param>
/// <param name="Stance">How the source stands behind it.</param>
/// <param name="Scope">The period the figure covers or the as-of date, when known.</param>
/// <param name="Evidence">Where it was read.</param>
/// <param name="Supersedes">The id of the claim this one updates ("later updated to 200"), or <see langword="null"/>.</param>
/// <param name="Text">The claim's own words in the source.</param>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public sealed record Claim(
    string Id,
    ClaimSubject Subject,
    Estimate? Quantity,
    UncertainDate? Date,
    string? ControlledBy,
    Claimant Claimant,
    ClaimStance Stance,
    UncertainDate? Scope,
    Evidence Evidence,
    string? Supersedes = null,
    string? Text = null);
