namespace ConflictModel.Extraction;

/// <summary>Why claims were grouped as contested.</summary>
public enum ContestedReason
{
    /// <summary>Different claimants give different figures for one quantity over one scope.</summary>
    Disagreement = 0,
    /// <summary>A figure was later revised ("later updated to 200").</summary>
    Revision,
    /// <summary>A claim was followed by its denial ("ISIL denied the claim").</summary>
    Denial,
    /// <summary>The text sets one report against another ("another report put the number at 100").</summary>
    AlternativeReport,
}

/// <summary>
/// Claims of one document about one quantity that do not agree: different claimants, a revision, a denial, or
/// one report set against another. Nothing is resolved here; the merge stage weighs them.
/// </summary>
/// <param name="Id">A deterministic id derived from the document and the claim ids.</param>
/// <param name="Reason">Why the claims were grouped.</param>
/// <param name="About">A short description of the quantity ("killed · ISIL militants · 2014-12-03/2014-12-05").</param>
/// <param name="Subject">The subject of the first claim.</param>
/// <param name="ClaimIds">The claims, in reading order.</param>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public sealed record ContestedGroup(
    string Id,
    ContestedReason Reason,
    string About,
    ClaimSubject Subject,
    EquatableArray<string> ClaimIds);
