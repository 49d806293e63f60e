namespace ConflictModel.Merge;

/// <summary>One credible figure offered to a policy: the claim, its point value, its weight, and whether its
/// claimant is partisan about it.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="Point">The claim's point value: its best, else the middle of its range, else its stated low
/// bound ("over 100" is 100).</param>
/// <param name="Weight">The claim's weight, from 0 to 1.</param>
/// <param name="Profile">The claimant's profile.</param>
/// <param name="IsPartisanClaim">Whether the claimant is partisan about this figure (its enemy's losses, its own
/// gains).</param>
/// <remarks>Equality is by value.</remarks>
public readonly record struct CredibleFigure(Claim Claim, long Point, double Weight, ClaimantProfile Profile, bool IsPartisanClaim);

/// <summary>
/// A way to turn several claims about one quantity into one assessment. Policies are values: the built-ins are
/// <see cref="Conservative"/>, <see cref="UcdpLike"/> and <see cref="ReliabilityWeighted"/>; derive to define others.
/// </summary>
/// <remarks>
/// Every policy weighs claims the same way: the claimant's profile weight, times a factor for the stance
/// (hedged claims count less), times <see cref="PartisanDiscount"/> when a partisan claimant reports its enemy's
/// losses or its own gains. Claims at or above <see cref="CredibilityThreshold"/> are credible; <c>Low</c> and
/// <c>High</c> span the credible claims, and the policy chooses <c>Best</c> among them.
/// Equality is by value. Immutable and thread-safe.
/// </remarks>
public abstract record ReconciliationPolicy
{
    /// <summary>Gets the conservative policy (as ACLED): Best is the lowest credible figure.</summary>
    public static ReconciliationPolicy Conservative { get; } = new ConservativePolicy();

    /// <summary>Gets the UCDP-like policy: Best is the figure of the most credible non-partisan claimant (the lowest
    /// credible figure when every claimant is partisan); Low and High span the credible claims.</summary>
    public static ReconciliationPolicy UcdpLike { get; } = new UcdpLikePolicy();

    /// <summary>Gets the reliability-weighted policy: Best is the weight-averaged point value of the credible
    /// claims, rounded half away from zero.</summary>
    public static ReconciliationPolicy ReliabilityWeighted { get; } = new ReliabilityWeightedPolicy();

    /// <summary>Gets the built-in policies.</summary>
    public static IReadOnlyList<ReconciliationPolicy> BuiltIn { get; } = [Conservative, UcdpLike, ReliabilityWeighted];

    /// <summary>Gets the policy's name (used in explanations and on the command line).</summary>
    public abstract string Name { get; }

    /// <summary>Gets the claimant profiles. Defaults to <see cref="ClaimantProfiles.Default"/>.</summary>
    public ClaimantProfiles Profiles { get; init; } = ClaimantProfiles.Default;

    /// <summary>Gets the weight below which a claim is not credible. Defaults to 0.4.</summary>
    public double CredibilityThreshold { get; init; } = 0.4;

    /// <summary>Gets the factor applied to a partisan claimant's figure for its enemy's losses or its own gains.
    /// Defaults to 0.5.</summary>
    public double PartisanDiscount { get; init; } = 0.5;

    /// <summary>Returns a built-in policy by name (<c>conservative</c>, <c>ucdp</c>, <c>weighted</c>), or
    /// <see langword="null"/> when unknown.</summary>
    /// <param name="name">The name, case-insensitive.</param>
    /// <returns>The policy, or <see langword="null"/>.</returns>
    public static ReconciliationPolicy? FromName(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "conservative" or "acled" => Conservative,
        "ucdp" or "ucdp-like" or "ucdplike" => UcdpLike,
        "weighted" or "reliability" or "reliability-weighted" => ReliabilityWeighted,
        _ => null,
    };

    /// <summary>Returns the factor a stance applies to a weight.</summary>
    /// <param name="stance">The stance.</param>
    /// <returns>The factor, from 0 to 1.</returns>
    public virtual double StanceFactor(ClaimStance stance) => stance switch
    {
        ClaimStance.Reportedly or ClaimStance.Claimed => 0.85,
        ClaimStance.Disputed => 0.7,
        ClaimStance.Denied => 0,
        _ => 1.0,
    };

    /// <summary>Chooses Best among the credible figures (never empty, in claim-id order; the list is reused after the
    /// call, so do not keep it).</summary>
    /// <param name="credible">The credible figures.</param>
    /// <returns>The best figure, or <see langword="null"/> when the policy gives none.</returns>
    public abstract long? ChooseBest(IReadOnlyList<CredibleFigure> credible);

    /// <summary>Explains in words how <see cref="ChooseBest"/> chose Best (called only when an explanation is read).</summary>
    /// <param name="credible">The credible figures.</param>
    /// <param name="best">The figure chosen.</param>
    /// <returns>The rationale.</returns>
    public abstract string Rationale(IReadOnlyList<CredibleFigure> credible, long? best);

    private sealed record ConservativePolicy : ReconciliationPolicy
    {
        public override string Name => "conservative";

        public override long? ChooseBest(IReadOnlyList<CredibleFigure> credible) => Lowest(credible).Point;

        public override string Rationale(IReadOnlyList<CredibleFigure> credible, long? best) =>
            $"best is the lowest credible figure ({Describe(Lowest(credible))})";
    }

    private sealed record UcdpLikePolicy : ReconciliationPolicy
    {
        public override string Name => "ucdp";

        public override long? ChooseBest(IReadOnlyList<CredibleFigure> credible) =>
            MostCredibleNonPartisan(credible) is { } best ? best.Point : Lowest(credible).Point;

        public override string Rationale(IReadOnlyList<CredibleFigure> credible, long? best) =>
            MostCredibleNonPartisan(credible) is { } chosen
                ? $"best is the figure of the most credible non-partisan claimant ({Describe(chosen)})"
                : $"every credible claimant is partisan; best is the lowest credible figure ({Describe(Lowest(credible))})";

        private static CredibleFigure? MostCredibleNonPartisan(IReadOnlyList<CredibleFigure> credible)
        {
            CredibleFigure? chosen = null;
            foreach (var f in credible)
            {
                if (f.Profile.IsPartisan)
                {
                    continue;
                }

                if (chosen is not { } c || f.Weight > c.Weight || (f.Weight == c.Weight && f.Point < c.Point))
                {
                    chosen = f;
                }
            }

            return chosen;
        }
    }

    private sealed record ReliabilityWeightedPolicy : ReconciliationPolicy
    {
        public override string Name => "weighted";

        public override long? ChooseBest(IReadOnlyList<CredibleFigure> credible)
        {
            double sum = 0, weights = 0;
            long min = long.MaxValue, max = long.MinValue;
            foreach (var f in credible)
            {
                sum += f.Point * f.Weight;
                weights += f.Weight;
                min = Math.Min(min, f.Point);
                max = Math.Max(max, f.Point);
            }

            long best = weights > 0 ? (long)Math.Round(sum / weights, MidpointRounding.AwayFromZero) : min;
            return Math.Clamp(best, min, max);
        }

        public override string Rationale(IReadOnlyList<CredibleFigure> credible, long? best) =>
            credible.Count == 1
                ? $"best is the only credible figure ({Describe(credible[0])})"
                : $"best is the weighted mean of {credible.Count} credible figures ({string.Join(", ", credible.Select(f => Describe(f) + " ×" + f.Weight.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)))})";
    }

    private static CredibleFigure Lowest(IReadOnlyList<CredibleFigure> credible)
    {
        var min = credible[0];
        for (int i = 1; i < credible.Count; i++)
        {
            if (credible[i].Point < min.Point)
            {
                min = credible[i];
            }
        }

        return min;
    }

    private static string Describe(CredibleFigure f) =>
        $"{f.Claim.Claimant.Name}: {f.Point.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
