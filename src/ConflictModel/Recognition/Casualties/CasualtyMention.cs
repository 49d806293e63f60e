namespace ConflictModel.Recognition;

/// <summary>A casualty (or other counted) figure found in a sentence, with who claims it and how.</summary>
/// <param name="Span">The characters of the figure's phrase in the sentence ("37 ISIL militants ... were killed").</param>
/// <param name="Text">The phrase as written.</param>
/// <param name="Figure">The figure: estimate, category, who, party, scope text.</param>
/// <param name="Claimant">The source named for it in the same sentence, or <see langword="null"/> when none is named.</param>
/// <param name="Stance">How the source stands behind it (asserted when no source and no hedge).</param>
/// <param name="IsUpdate">Whether the figure revises an earlier one ("raised to 86", "later updated to 200").</param>
/// <remarks>
/// <para>A denial ("ISIL denied the claim") is a mention with <see cref="ClaimStance.Denied"/>, no number (its estimate
/// has <see cref="Estimate.HasStatedLow"/> false and no upper bound) and category <see cref="CasualtyCategory.Other"/>
/// until linked to the claim it denies with <see cref="ClaimLinker.LinkDenial"/>.</para>
/// <para>Equality is by value. Immutable and thread-safe.</para>
/// </remarks>
public sealed record CasualtyMention(TextSpan Span, string Text, CasualtyFigure Figure, Claimant? Claimant, ClaimStance Stance, bool IsUpdate)
{
    /// <summary>Gets the span of the attribution cue ("according to the SOHR", "claimed"), when there is one.</summary>
    public TextSpan? CueSpan { get; init; }

    /// <summary>Gets the span of the scope phrase ("since the start of the offensive"), when there is one.</summary>
    public TextSpan? ScopeSpan { get; init; }

    /// <summary>Gets whether the counted group points back to one named earlier ("36 of these bombings"), so that
    /// <see cref="ClaimLinker.ResolveReferenceBack"/> can give it the earlier figure's claimant.</summary>
    public bool RefersBack { get; init; }

    /// <summary>Gets whether this mention denies an earlier claim (it then carries no number).</summary>
    public bool IsDenial => Stance == ClaimStance.Denied;

    /// <summary>Gets whether the claimant is a reference back to an earlier one ("the same source") that
    /// <see cref="ClaimLinker.ResolveSameSource"/> can replace.</summary>
    public bool ClaimantIsAnaphoric => Claimant is { Kind: ClaimantKind.Descriptive } c && c.Name.StartsWith("same ", StringComparison.Ordinal);

    /// <summary>The estimate used for a denial: no stated lower bound and no upper bound.</summary>
    internal static Estimate NoFigure => new(0, null, null, EstimateKind.UpTo);
}
