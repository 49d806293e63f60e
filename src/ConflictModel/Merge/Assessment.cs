namespace ConflictModel.Merge;

/// <summary>The status of an assessment of one quantity.</summary>
public enum AssessmentStatus
{
    /// <summary>Two or more independent claimants give compatible figures (their ranges overlap).</summary>
    Agreed = 0,
    /// <summary>One claimant only (its relays counted once).</summary>
    SingleSource,
    /// <summary>Claimants give incompatible figures, or one denies what another asserts.</summary>
    Contested,
    /// <summary>Earlier figures were updated ("later raised to 105"); the latest figures drive the assessment, and
    /// they do not disagree.</summary>
    Superseded,
    /// <summary>The figure is denied by the claimant that gave it, or only denials remain.</summary>
    Denied,
}

/// <summary>One claim's part in an assessment: its weight, why, and whether it was counted.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="Weight">The claim's weight under the policy, from 0 to 1 (0 when not counted).</param>
/// <param name="Reason">Why it has this weight, or why it is not counted, in words.</param>
/// <param name="Counted">Whether it drives the assessment: false for superseded claims, denials, relayed copies,
/// and claims below the policy's credibility threshold.</param>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public sealed record Contribution(Claim Claim, double Weight, string Reason, bool Counted);

/// <summary>
/// The reconciled reading of one quantity (e.g. ISIL fighters killed in one event up to a date) under a policy:
/// <c>Low ≤ Best ≤ High</c>, a status, and every claim about it with its weight and reason. No claim is dropped:
/// superseded claims, denials and relays stay among the <see cref="Contributions"/> with <c>Counted = false</c>.
/// </summary>
/// <param name="Id">A content-derived id: a hash of the sorted ids of the claims.</param>
/// <param name="QuantityKey">The key of the quantity: event, aspect, category, whom, place.</param>
/// <param name="EventId">The (merged or source) event the quantity belongs to, or <see langword="null"/>.</param>
/// <param name="Subject">The subject of the quantity (of its first claim in id order).</param>
/// <param name="WhoKey">The key of the group counted (the name key of the subject's WhoKey or Who), or
/// <see langword="null"/>.</param>
/// <param name="Scope">The hull of the claims' scopes (unbounded when one is unknown).</param>
/// <param name="Low">The lowest credible figure.</param>
/// <param name="Best">The best figure under the policy, or <see langword="null"/> when none stands.</param>
/// <param name="High">The highest credible figure, or <see langword="null"/> when unbounded ("over 100").</param>
/// <param name="Status">The status.</param>
/// <param name="Policy">The name of the policy.</param>
/// <param name="Contributions">Every claim about the quantity, in id order.</param>
/// <remarks>Equality is by value (every positional member; <see cref="Explanation"/> is derived from them).
/// Immutable and thread-safe.</remarks>
public sealed record Assessment(
    string Id,
    string QuantityKey,
    string? EventId,
    ClaimSubject Subject,
    string? WhoKey,
    UncertainDate Scope,
    long Low,
    long? Best,
    long? High,
    AssessmentStatus Status,
    string Policy,
    EquatableArray<Contribution> Contributions)
{
    private readonly ReconciliationPolicy? _policy;
    private string? _explanation;

    internal Assessment(
        string id, string quantityKey, string? eventId, ClaimSubject subject, string? whoKey, UncertainDate scope,
        long low, long? best, long? high, AssessmentStatus status, ReconciliationPolicy policy, EquatableArray<Contribution> contributions)
        : this(id, quantityKey, eventId, subject, whoKey, scope, low, best, high, status, policy.Name, contributions)
    {
        _policy = policy;
    }

    /// <summary>Gets who says what, which claims are partisan or discounted, what was superseded, denied or relayed,
    /// and how Best was chosen (built from the contributions when first read).</summary>
    public string Explanation => _explanation ??= ClaimReconciler.Explain(this, _policy);

    /// <inheritdoc/>
    public bool Equals(Assessment? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Id == other.Id && QuantityKey == other.QuantityKey && EventId == other.EventId && Subject == other.Subject &&
             WhoKey == other.WhoKey && Scope == other.Scope && Low == other.Low && Best == other.Best && High == other.High &&
             Status == other.Status && Policy == other.Policy && Contributions == other.Contributions));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, QuantityKey, Low, Best, High, Status, Policy, Contributions.Count);

    /// <summary>Gets the assessment as an <see cref="ConflictModel.Estimate"/>.</summary>
    public Estimate Estimate => new(Low, High, Best,
        High is null ? EstimateKind.AtLeast : High == Low ? EstimateKind.Exact : EstimateKind.Range);

    /// <summary>Gets whether claimants disagree (contested or denied).</summary>
    public bool IsDisputed => Status is AssessmentStatus.Contested or AssessmentStatus.Denied;

    /// <summary>Gets the claims that drive the assessment.</summary>
    public IEnumerable<Claim> CountedClaims => Contributions.Where(c => c.Counted).Select(c => c.Claim);
}
