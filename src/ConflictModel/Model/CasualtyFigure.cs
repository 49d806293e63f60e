namespace ConflictModel;

/// <summary>Whose losses a figure counts, in UCDP GED's terms.</summary>
public enum CasualtyParty
{
    /// <summary>Not known.</summary>
    Unknown = 0,
    /// <summary>A named side or actor (see <see cref="CasualtyFigure.Who"/>).</summary>
    Side,
    /// <summary>Civilians.</summary>
    Civilians,
    /// <summary>Unidentified people.</summary>
    Unidentified,
    /// <summary>A total over every side.</summary>
    Total,
}

/// <summary>
/// A counted figure: an <see cref="Estimate"/> with what it counts (<see cref="Category"/>), whom
/// (<see cref="Who"/>, <see cref="Party"/>) and over what time (<see cref="ScopeText"/>, <see cref="Scope"/>).
/// </summary>
/// <param name="Estimate">The figure.</param>
/// <param name="Category">What it counts.</param>
/// <param name="Who">The group counted in the source's own words ("ISIL militants", "soldiers"), or <see langword="null"/>.</param>
/// <param name="Party">Whose losses in UCDP's terms.</param>
/// <param name="Text">The figure's text as written (without the scope).</param>
/// <param name="ScopeText">The scope as written ("2–3 May; 20 May–4 June", "by 9 March"), or <see langword="null"/>.</param>
/// <param name="Scope">The scope as days, when resolved.</param>
/// <param name="Span">Where the text stands in its source, when known.</param>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public sealed record CasualtyFigure(
    Estimate Estimate,
    CasualtyCategory Category,
    string? Who,
    CasualtyParty Party,
    string Text,
    string? ScopeText = null,
    UncertainDate? Scope = null,
    TextSpan? Span = null);
