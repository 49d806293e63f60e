using System.Globalization;
using System.Text;

namespace ConflictModel.Merge;

/// <summary>
/// Reconciles claims about quantities into <see cref="Assessment"/>s under a <see cref="ReconciliationPolicy"/>.
/// </summary>
/// <remarks>
/// <para>Claims with a <see cref="Claim.Quantity"/> are grouped by quantity key (event, aspect, category, whom, place;
/// whom and place compared by key) and, within a key, into connected groups of overlapping scopes (a claim without a
/// scope overlaps every other). Each group becomes one assessment:</para>
/// <list type="number">
/// <item>claims named in another claim's <see cref="Claim.Supersedes"/> (a chain: 85 → 105 → 120) are superseded:
/// kept, not counted;</item>
/// <item>denials (<see cref="ClaimStance.Denied"/>) are kept, not counted; they make the assessment
/// <see cref="AssessmentStatus.Denied"/> when every counted claimant denies its own figure or nothing else remains,
/// and <see cref="AssessmentStatus.Contested"/> otherwise;</item>
/// <item>relayed copies (the same primary claimant and the same figure: AFP and Reuters quoting SOHR, or the same
/// claim read in two documents) count once: the copy with the smallest id is counted;</item>
/// <item>the counted claims are weighed (profile × stance × partisan discount); two or more claimants whose ranges
/// do not all overlap make the assessment <see cref="AssessmentStatus.Contested"/>, whatever their credibility;</item>
/// <item><c>Low</c>/<c>High</c> span the credible claims (every counted claim when none is credible) and the policy
/// chooses <c>Best</c> within them.</item>
/// </list>
/// <para>The result depends only on the set of claims, never on their order. Thread-safe: a reconciler is immutable.</para>
/// </remarks>
public sealed class ClaimReconciler
{
    private static readonly HashSet<string> NeutralKeys = new(StringComparer.Ordinal)
    {
        "civilians", "civilian", "people", "persons", "total", "unknown", "combatants", "fighters", "both sides",
    };

    private readonly Func<string, string> _nameKey;

    /// <summary>Creates a reconciler.</summary>
    /// <param name="policy">The policy; <see cref="ReconciliationPolicy.UcdpLike"/> when <see langword="null"/>.</param>
    /// <param name="nameKey">The key function for group and place names; the built-in normalisation when
    /// <see langword="null"/>.</param>
    public ClaimReconciler(ReconciliationPolicy? policy = null, Func<string, string>? nameKey = null)
    {
        Policy = policy ?? ReconciliationPolicy.UcdpLike;
        _nameKey = nameKey ?? NameKeys.Default;
    }

    /// <summary>Gets the policy.</summary>
    public ReconciliationPolicy Policy { get; }

    /// <summary>Returns the quantity key of a claim: event, aspect, category, whom (by key), place (by key).</summary>
    /// <param name="claim">The claim.</param>
    /// <returns>The key.</returns>
    public string QuantityKeyOf(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return QuantityKey(claim.Subject.EventId, claim);
    }

    /// <summary>Reconciles every quantity the claims are about. Claims without a figure are ignored.</summary>
    /// <param name="claims">The claims, in any order; equal duplicates count once.</param>
    /// <returns>The assessments, ordered by quantity key and scope.</returns>
    public IReadOnlyList<Assessment> Reconcile(IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return Reconcile(claims, c => c.Subject.EventId);
    }

    /// <summary>Assesses claims taken to be about one quantity, without grouping them by key or scope.</summary>
    /// <param name="claims">The claims; at least one with a figure.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentException">No claim has a figure.</exception>
    public Assessment Assess(IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var list = claims.Where(c => c is not null && c.Quantity is not null).ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("At least one claim with a quantity is required.", nameof(claims));
        }

        var superseded = SupersededIds(list);
        var group = Canonical.SortDistinct(list, Canonical.ClaimOrder);
        return AssessGroup(group, QuantityKey(group[0].Subject.EventId, group[0]), group[0].Subject.EventId, superseded, new Cache());
    }

    /// <summary>Reconciles with an event id chosen per claim (the merged event a claim's event belongs to).</summary>
    internal IReadOnlyList<Assessment> Reconcile(IEnumerable<Claim> claims, Func<Claim, string?> eventOf)
    {
        var groups = new Dictionary<string, List<Claim>>(StringComparer.Ordinal);
        var eventIds = new Dictionary<string, string?>(StringComparer.Ordinal);
        var superseded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            ArgumentNullException.ThrowIfNull(claim, nameof(claims));
            if (claim.Supersedes is { } s)
            {
                superseded.Add(s);
            }

            if (claim.Quantity is null)
            {
                continue;
            }

            string? eventId = eventOf(claim);
            string key = QuantityKey(eventId, claim);
            if (!groups.TryGetValue(key, out var list))
            {
                groups.Add(key, list = []);
                eventIds.Add(key, eventId);
            }

            list.Add(claim);
        }

        var keys = groups.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        var result = new List<Assessment>(keys.Length);
        var cache = new Cache();
        foreach (string key in keys)
        {
            foreach (var component in ScopeComponents(groups[key]))
            {
                result.Add(AssessGroup(component, key, eventIds[key], superseded, cache));
            }
        }

        return result;
    }

    private static HashSet<string> SupersededIds(IEnumerable<Claim> claims)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in claims)
        {
            if (c.Supersedes is { } s)
            {
                set.Add(s);
            }
        }

        return set;
    }

    /// <summary>Splits one key's claims into connected groups of overlapping scopes, each sorted canonically.</summary>
    private static IEnumerable<Claim[]> ScopeComponents(List<Claim> claims)
    {
        if (claims.Count == 1)
        {
            yield return [claims[0]];
            yield break;
        }

        var items = new (int Start, int End, Claim Claim)[claims.Count];
        for (int i = 0; i < claims.Count; i++)
        {
            var scope = claims[i].Scope ?? default;
            items[i] = (scope.Earliest is { } e ? Days.Of(e) : int.MinValue, scope.Latest is { } l ? Days.Of(l) : int.MaxValue, claims[i]);
        }

        Array.Sort(items, static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : Canonical.CompareClaims(a.Claim, b.Claim));
        int from = 0;
        int end = items[0].End;
        for (int i = 1; i <= items.Length; i++)
        {
            if (i == items.Length || items[i].Start > end)
            {
                var component = new Claim[i - from];
                for (int k = from; k < i; k++)
                {
                    component[k - from] = items[k].Claim;
                }

                Array.Sort(component, Canonical.ClaimOrder);
                yield return Canonical.DistinctSorted(component);
                if (i < items.Length)
                {
                    from = i;
                    end = items[i].End;
                }
            }
            else if (items[i].End > end)
            {
                end = items[i].End;
            }
        }
    }

    private string QuantityKey(string? eventId, Claim claim)
    {
        var s = claim.Subject;
        string who = WhoKeyOf(s) ?? string.Empty;
        string place = s.Place is { } p ? _nameKey(p) : string.Empty;
        return string.Concat(eventId, "|", AspectName(s.Aspect), "|", s.Category is { } cat ? CategoryName(cat) : string.Empty, "|", who, "|", place);
    }

    private string? WhoKeyOf(ClaimSubject s) => s.WhoKey is { } k ? _nameKey(k) : s.Who is { } w ? _nameKey(w) : null;

    private static string AspectName(ClaimAspect aspect) => aspect switch
    {
        ClaimAspect.Count => "Count",
        ClaimAspect.Date => "Date",
        ClaimAspect.Control => "Control",
        _ => ((int)aspect).ToString(CultureInfo.InvariantCulture),
    };

    private static readonly string[] CategoryNames = Enum.GetNames<CasualtyCategory>();

    private static string CategoryName(CasualtyCategory c) =>
        (int)c >= 0 && (int)c < CategoryNames.Length ? CategoryNames[(int)c] : ((int)c).ToString(CultureInfo.InvariantCulture);

    private enum Partisanship
    {
        None,
        EnemyLosses,
        OwnGains,
        OwnLosses,
    }

    private sealed class Cache
    {
        internal readonly Dictionary<Claimant, ClaimantProfile> Profiles = [];
        internal readonly Dictionary<(Claimant, ClaimStance, Partisanship, string?), (double Weight, string Reason)> Weights = [];
        internal readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal);
    }

    private string KeyOf(string name, Cache cache)
    {
        if (!cache.Keys.TryGetValue(name, out var key))
        {
            cache.Keys.Add(name, key = _nameKey(name));
        }

        return key;
    }

    private ClaimantProfile ProfileOf(Claimant claimant, Cache cache)
    {
        if (!cache.Profiles.TryGetValue(claimant, out var profile))
        {
            cache.Profiles.Add(claimant, profile = Policy.Profiles.Resolve(claimant));
        }

        return profile;
    }

    private string IdentityOf(Claimant claimant, Cache cache) => KeyOf(claimant.Key ?? claimant.Name, cache);

    private Partisanship PartisanshipOf(Claim claim, ClaimantProfile profile, Cache cache, out string? about)
    {
        about = null;
        if (profile.Side is not { } side)
        {
            return Partisanship.None;
        }

        var s = claim.Subject;
        if (s.Aspect == ClaimAspect.Control || s.Category == CasualtyCategory.TerritorialControlPercent)
        {
            string? controller = claim.ControlledBy ?? s.WhoKey ?? s.Who;
            if (controller is not null && IsOwn(KeyOf(controller, cache), side, profile))
            {
                about = controller;
                return Partisanship.OwnGains;
            }

            return Partisanship.None;
        }

        if (s.Category is null or > CasualtyCategory.KilledAndWounded)
        {
            return Partisanship.None;
        }

        string? whoName = s.WhoKey ?? s.Who;
        if (whoName is null)
        {
            return Partisanship.None;
        }

        string who = KeyOf(whoName, cache);
        about = whoName;
        if (IsOwn(who, side, profile))
        {
            return Partisanship.OwnLosses;
        }

        return NeutralKeys.Contains(who) ? Partisanship.None : Partisanship.EnemyLosses;
    }

    private static bool IsOwn(string key, string side, ClaimantProfile profile) =>
        key == side || profile.OwnKeys.AsImmutableArray().Contains(key, StringComparer.Ordinal);

    private (double Weight, string Reason) WeightOf(Claim claim, ClaimantProfile profile, Cache cache)
    {
        var partisanship = PartisanshipOf(claim, profile, cache, out string? about);
        var cacheKey = (claim.Claimant, claim.Stance, partisanship, about);
        if (cache.Weights.TryGetValue(cacheKey, out var known))
        {
            return known;
        }

        var ci = CultureInfo.InvariantCulture;
        double weight = profile.Weight;
        var sb = new StringBuilder();
        sb.Append(claim.Claimant.Name).Append(": ").Append(profile.Describe());
        if (profile.Side is { } side)
        {
            sb.Append(" (partisan: ").Append(side).Append(')');
        }

        sb.Append(", weight ").Append(profile.Weight.ToString("0.00", ci));
        double stance = Policy.StanceFactor(claim.Stance);
        if (stance != 1.0)
        {
            weight *= stance;
            sb.Append(", ").Append(StanceWord(claim.Stance)).Append(" ×").Append(stance.ToString("0.00", ci));
        }

        switch (partisanship)
        {
            case Partisanship.EnemyLosses:
                weight *= Policy.PartisanDiscount;
                sb.Append(", partisan claim: a figure for its enemy's losses (").Append(about).Append(") ×")
                    .Append(Policy.PartisanDiscount.ToString("0.00", ci));
                break;
            case Partisanship.OwnGains:
                weight *= Policy.PartisanDiscount;
                sb.Append(", partisan claim: its own side's gains (").Append(about).Append(") ×")
                    .Append(Policy.PartisanDiscount.ToString("0.00", ci));
                break;
            case Partisanship.OwnLosses:
                sb.Append(", its own side's losses: not discounted");
                break;
        }

        sb.Append(" = ").Append(weight.ToString("0.00", ci));
        sb.Append(weight >= Policy.CredibilityThreshold ? "; credible" : "; below the credibility threshold " + Policy.CredibilityThreshold.ToString("0.00", ci));
        var result = (weight, sb.ToString());
        cache.Weights.Add(cacheKey, result);
        return result;
    }

    private static string StanceWord(ClaimStance stance) => stance switch
    {
        ClaimStance.Reportedly => "hedged (reportedly)",
        ClaimStance.Claimed => "claimed",
        ClaimStance.Disputed => "disputed",
        ClaimStance.Denied => "denied",
        _ => stance.ToString().ToLowerInvariant(),
    };

    private static long PointOf(Estimate e) => e.Best ?? (e.High is { } h ? e.Low + ((h - e.Low) / 2) : e.Low);

    private Assessment AssessGroup(Claim[] group, string key, string? eventId, HashSet<string> superseded, Cache cache)
    {
        var ci = CultureInfo.InvariantCulture;
        var contributions = new Contribution[group.Length];
        var counted = new List<(int Index, CredibleFigure Figure, string Identity)>(group.Length);
        var relayOf = new Dictionary<(string, Estimate), int>();
        var deniers = new List<string>();
        bool anySuperseded = false;
        var notes = new StringBuilder();

        for (int i = 0; i < group.Length; i++)
        {
            var claim = group[i];
            var quantity = claim.Quantity!.Value;
            string identity = IdentityOf(claim.Claimant, cache);
            if (superseded.Contains(claim.Id))
            {
                anySuperseded = true;
                contributions[i] = new Contribution(claim, 0, $"{claim.Claimant.Name}: {quantity} superseded by a later figure; kept in provenance, not counted", false);
                Append(notes, $"{claim.Claimant.Name}'s {quantity} was superseded");
                continue;
            }

            if (claim.Stance == ClaimStance.Denied)
            {
                deniers.Add(identity);
                contributions[i] = new Contribution(claim, 0, $"{claim.Claimant.Name}: denial of {quantity}; not counted as a figure", false);
                Append(notes, $"{claim.Claimant.Name} denies {quantity}");
                continue;
            }

            if (relayOf.TryGetValue((identity, quantity), out int first))
            {
                var original = group[first];
                string via = claim.Claimant.RelayedBy.Count > 0 ? " via " + string.Join(", ", claim.Claimant.RelayedBy) : string.Empty;
                contributions[i] = new Contribution(claim, 0, $"{claim.Claimant.Name}: relayed copy{via} of {original.Id} (same claimant, same figure {quantity}); counted once", false);
                continue;
            }

            relayOf.Add((identity, quantity), i);
            var profile = ProfileOf(claim.Claimant, cache);
            var (weight, reason) = WeightOf(claim, profile, cache);
            bool partisan = reason.Contains("partisan claim", StringComparison.Ordinal);
            counted.Add((i, new CredibleFigure(claim, PointOf(quantity), weight, profile, partisan), identity));
            contributions[i] = new Contribution(claim, weight, reason, weight >= Policy.CredibilityThreshold);
        }

        long low;
        long? best;
        long? high;
        string rationale;
        AssessmentStatus status;
        if (counted.Count == 0)
        {
            low = 0;
            best = null;
            high = null;
            status = deniers.Count > 0 ? AssessmentStatus.Denied : AssessmentStatus.Superseded;
            rationale = "no figure stands";
        }
        else
        {
            var credible = counted.Where(c => c.Figure.Weight >= Policy.CredibilityThreshold).Select(c => c.Figure).ToList();
            if (credible.Count == 0)
            {
                credible = counted.Select(c => c.Figure).ToList();
                for (int k = 0; k < counted.Count; k++)
                {
                    var c = contributions[counted[k].Index];
                    contributions[counted[k].Index] = c with { Counted = true, Reason = c.Reason + "; counted because no claim is credible" };
                }

                Append(notes, "no claim reaches the credibility threshold, so every claim is used");
            }

            low = long.MaxValue;
            high = long.MinValue;
            foreach (var f in credible)
            {
                var q = f.Claim.Quantity!.Value;
                low = Math.Min(low, q.Low);
                high = high is null || q.High is null ? null : Math.Max(high.Value, q.High.Value);
            }

            best = Policy.ChooseBest(credible, out rationale);
            if (best is { } b)
            {
                best = Math.Max(b, low);
                if (high is { } h)
                {
                    best = Math.Min(best.Value, h);
                }
            }

            var identities = counted.Select(c => c.Identity).Distinct(StringComparer.Ordinal).ToList();
            long maxLow = counted.Max(c => c.Figure.Claim.Quantity!.Value.Low);
            long minHigh = counted.Min(c => c.Figure.Claim.Quantity!.Value.High ?? long.MaxValue);
            bool disagree = maxLow > minHigh;
            if (deniers.Count > 0)
            {
                status = identities.All(deniers.Contains) ? AssessmentStatus.Denied : AssessmentStatus.Contested;
            }
            else if (disagree)
            {
                status = AssessmentStatus.Contested;
            }
            else if (anySuperseded)
            {
                status = AssessmentStatus.Superseded;
            }
            else
            {
                status = identities.Count == 1 ? AssessmentStatus.SingleSource : AssessmentStatus.Agreed;
            }
        }

        var explanation = new StringBuilder();
        explanation.Append(StatusWord(status)).Append(": ");
        if (counted.Count == 0)
        {
            explanation.Append("no counted figure");
        }

        for (int k = 0; k < counted.Count; k++)
        {
            var f = counted[k].Figure;
            if (k > 0)
            {
                explanation.Append("; ");
            }

            explanation.Append(f.Claim.Claimant.Name).Append(" says ").Append(f.Claim.Quantity!.Value.ToString());
            if (f.IsPartisanClaim)
            {
                explanation.Append(" (partisan claim: ").Append(f.Profile.Describe()).Append(" aligned with ").Append(f.Profile.Side)
                    .Append(", discounted to weight ").Append(f.Weight.ToString("0.00", ci)).Append(')');
            }
            else if (f.Profile.IsPartisan)
            {
                explanation.Append(" (partisan source: ").Append(f.Profile.Describe()).Append(" aligned with ").Append(f.Profile.Side)
                    .Append(", not discounted here, weight ").Append(f.Weight.ToString("0.00", ci)).Append(')');
            }
        }

        if (notes.Length > 0)
        {
            explanation.Append("; ").Append(notes);
        }

        explanation.Append(". ").Append(Policy.Name).Append(": ").Append(rationale).Append('.');

        var scope = group[0].Scope ?? default;
        for (int i = 1; i < group.Length; i++)
        {
            scope = scope.Hull(group[i].Scope ?? default);
        }

        string id = group.Length == 1 ? "a-" + group[0].Id : ContentHash.Of("a-", group.Select(c => c.Id));
        return new Assessment(id, key, eventId, group[0].Subject, WhoKeyOf(group[0].Subject), scope, low, best, high, status, Policy.Name,
            new EquatableArray<Contribution>(contributions), explanation.ToString());
    }

    private static void Append(StringBuilder sb, string text)
    {
        if (sb.Length > 0)
        {
            sb.Append("; ");
        }

        sb.Append(text);
    }

    private static string StatusWord(AssessmentStatus status) => status switch
    {
        AssessmentStatus.Agreed => "Agreed",
        AssessmentStatus.SingleSource => "Single source",
        AssessmentStatus.Contested => "Contested",
        AssessmentStatus.Superseded => "Superseded",
        _ => "Denied",
    };
}
