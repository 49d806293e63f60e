namespace ConflictModel.Recognition;

/// <summary>Who stands behind a figure and how, read from its sentence.</summary>
/// <param name="Claimant">The named source, or <see langword="null"/> when the sentence names none.</param>
/// <param name="Stance">The stance the wording gives.</param>
/// <param name="CueSpan">The span of the cue ("according to SOHR", "claimed", "reportedly"), when there is one.</param>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public sealed record Attribution(Claimant? Claimant, ClaimStance Stance, TextSpan? CueSpan)
{
    /// <summary>Gets the attribution of a figure the document asserts without source or hedge.</summary>
    public static Attribution Asserted { get; } = new(null, ClaimStance.Asserted, null);
}

/// <summary>A claimant cue found in a sentence: a source and the stance its verb gives.</summary>
internal readonly record struct ClaimCue(int FirstToken, int EndToken, int AnchorToken, Claimant? Claimant, ClaimStance Stance, int Clause);
