namespace ConflictModel.Recognition;

/// <summary>
/// Links mentions across sentences, which <see cref="CasualtyRecognizer.Recognize"/> (one sentence at a time) cannot:
/// a denial to the claim it denies ("ISIL denied the claim" after "... the local ISIL commander was killed"), and
/// "the same source" to the claimant of the sentence before.
/// </summary>
/// <remarks>Pure functions; thread-safe.</remarks>
public static class ClaimLinker
{
    /// <summary>Returns the claim a denial refers to: the last non-denial mention of <paramref name="earlier"/>
    /// (mentions in reading order before the denial), or <see langword="null"/> when there is none.</summary>
    /// <param name="earlier">Earlier mentions in reading order.</param>
    /// <returns>The denied claim or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="earlier"/> is null.</exception>
    public static CasualtyMention? FindDeniedClaim(IReadOnlyList<CasualtyMention> earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        for (int i = earlier.Count - 1; i >= 0; i--)
        {
            if (earlier[i] is { IsDenial: false } m)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>Returns the denial with the category, who and party of the claim it denies (the last earlier
    /// non-denial mention); the denial keeps its own span, text, claimant and stance, and still carries no number.
    /// A mention that is not a denial, or a denial with nothing before it, is returned unchanged.</summary>
    /// <param name="denial">The denial mention.</param>
    /// <param name="earlier">Earlier mentions in reading order.</param>
    /// <returns>The linked denial.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CasualtyMention LinkDenial(CasualtyMention denial, IReadOnlyList<CasualtyMention> earlier)
    {
        ArgumentNullException.ThrowIfNull(denial);
        ArgumentNullException.ThrowIfNull(earlier);
        if (!denial.IsDenial || FindDeniedClaim(earlier) is not { } claim)
        {
            return denial;
        }

        var f = denial.Figure with
        {
            Category = claim.Figure.Category,
            Who = claim.Figure.Who,
            Party = claim.Figure.Party,
            ScopeText = denial.Figure.ScopeText ?? claim.Figure.ScopeText,
        };
        return denial with { Figure = f };
    }

    /// <summary>Returns the mention with an anaphoric claimant ("the same source") replaced by
    /// <paramref name="previous"/>; other mentions are returned unchanged.</summary>
    /// <param name="mention">The mention.</param>
    /// <param name="previous">The claimant of the earlier sentence, or <see langword="null"/>.</param>
    /// <returns>The resolved mention.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mention"/> is null.</exception>
    public static CasualtyMention ResolveSameSource(CasualtyMention mention, Claimant? previous)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return mention.ClaimantIsAnaphoric && previous is not null ? mention with { Claimant = previous } : mention;
    }

    /// <summary>Returns the mention with the claimant of the last earlier mention of the same category when its group
    /// points back to that one ("22 of these attacks supposedly took place" after "the outlet listed 400 attacks") and its
    /// own sentence names no claimant; other mentions are returned unchanged. The stance stays the mention's own.</summary>
    /// <param name="mention">The mention.</param>
    /// <param name="earlier">Earlier mentions in reading order.</param>
    /// <returns>The resolved mention.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CasualtyMention ResolveReferenceBack(CasualtyMention mention, IReadOnlyList<CasualtyMention> earlier)
    {
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(earlier);
        if (!mention.RefersBack || mention.Claimant is not null)
        {
            return mention;
        }

        for (int i = earlier.Count - 1; i >= 0; i--)
        {
            if (earlier[i].Figure.Category == mention.Figure.Category && earlier[i].Claimant is { } c)
            {
                return mention with { Claimant = c };
            }
        }

        return mention;
    }
}
