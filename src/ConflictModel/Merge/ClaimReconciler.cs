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
    private static readonly HashSet<string> NeutralKeys =
        new string[] { "civilians", "civilian", "people", "persons", "total", "unknown", "combatants", "fighters", "both sides" }
            .Select(ClaimantProfiles.KeyOf).ToHashSet(StringComparer.Ordinal);

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
        var cache = new Cache();
        var groups = new Dictionary<GroupKey, List<Claim>>(claims is IReadOnlyCollection<Claim> known ? Math.Max(4, known.Count / 3) : 4);
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

            var subject = claim.Subject;
            var key = new GroupKey(eventOf(claim), subject.Aspect, subject.Category, WhoKeyOf(subject, cache) ?? string.Empty,
                subject.Place is { } place ? KeyOf(place, cache) : string.Empty);
            if (!groups.TryGetValue(key, out var list))
            {
                groups.Add(key, list = new List<Claim>(4));
            }

            list.Add(claim);
        }

        var keyed = new (string Key, GroupKey Group)[groups.Count];
        int n = 0;
        foreach (var group in groups.Keys)
        {
            keyed[n++] = (QuantityKey(group), group);
        }

        Array.Sort(keyed, static (x, y) => string.CompareOrdinal(x.Key, y.Key));

        // Each key's assessments are computed independently (in parallel for large inputs, each worker with its own
        // cache) and placed by key index, so the result does not depend on scheduling.
        var perKey = new List<Assessment>?[keyed.Length];
        var single = new Assessment?[keyed.Length];
        void Work(int index, Cache local)
        {
            var (key, group) = keyed[index];
            var members = groups[group];
            if (members.Count == 1)
            {
                single[index] = AssessGroup([members[0]], key, group.EventId, superseded, local);
                return;
            }

            var components = ScopeComponents(members);
            if (components.Count == 1)
            {
                single[index] = AssessGroup(components[0], key, group.EventId, superseded, local);
                return;
            }

            var list = new List<Assessment>(components.Count);
            foreach (var component in components)
            {
                list.Add(AssessGroup(component, key, group.EventId, superseded, local));
            }

            perKey[index] = list;
        }

        if (keyed.Length >= ParallelThreshold && Environment.ProcessorCount > 1)
        {
            Parallel.ForEach(
                System.Collections.Concurrent.Partitioner.Create(0, keyed.Length, Math.Max(1024, keyed.Length / (Environment.ProcessorCount * 4))),
                () => new Cache(),
                (range, _, local) =>
                {
                    for (int i = range.Item1; i < range.Item2; i++)
                    {
                        Work(i, local);
                    }

                    return local;
                },
                _ => { });
        }
        else
        {
            for (int i = 0; i < keyed.Length; i++)
            {
                Work(i, cache);
            }
        }

        var result = new List<Assessment>(keyed.Length);
        for (int i = 0; i < keyed.Length; i++)
        {
            if (single[i] is { } one)
            {
                result.Add(one);
            }
            else
            {
                result.AddRange(perKey[i]!);
            }
        }

        return result;
    }

    private const int ParallelThreshold = 8192;

    private readonly record struct GroupKey(string? EventId, ClaimAspect Aspect, CasualtyCategory? Category, string Who, string Place);

    private static string QuantityKey(GroupKey k) =>
        string.Concat(k.EventId, "|", AspectName(k.Aspect), "|", k.Category is { } cat ? CategoryName(cat) : string.Empty, "|", k.Who, "|", k.Place);

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
    private static List<Claim[]> ScopeComponents(List<Claim> claims)
    {
        var firstScope = claims[0].Scope;
        bool sameScope = true;
        for (int i = 1; i < claims.Count && sameScope; i++)
        {
            sameScope = claims[i].Scope == firstScope;
        }

        if (sameScope)
        {
            var all = claims.ToArray();
            Array.Sort(all, Canonical.ClaimOrder);
            return [Canonical.DistinctSorted(all)];
        }

        var items = new (int Start, int End, Claim Claim)[claims.Count];
        for (int i = 0; i < claims.Count; i++)
        {
            var scope = claims[i].Scope ?? default;
            items[i] = (scope.Earliest is { } e ? Days.Of(e) : int.MinValue, scope.Latest is { } l ? Days.Of(l) : int.MaxValue, claims[i]);
        }

        Array.Sort(items, static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : Canonical.CompareClaims(a.Claim, b.Claim));
        var result = new List<Claim[]>(1);
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
                result.Add(Canonical.DistinctSorted(component));
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

        return result;
    }

    private string QuantityKey(string? eventId, Claim claim)
    {
        var s = claim.Subject;
        var cache = new Cache();
        return QuantityKey(new GroupKey(eventId, s.Aspect, s.Category, WhoKeyOf(s, cache) ?? string.Empty, s.Place is { } p ? KeyOf(p, cache) : string.Empty));
    }

    private string? WhoKeyOf(ClaimSubject s, Cache cache) => s.WhoKey is { } k ? KeyOf(k, cache) : s.Who is { } w ? KeyOf(w, cache) : null;

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
        internal readonly Dictionary<Claimant, ClaimantInfo> Claimants = [];
        internal readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal);
        internal readonly Dictionary<string, string> ProfileKeys = new(StringComparer.Ordinal);
        internal readonly List<Counted> Counted = [];
        internal readonly List<CredibleFigure> Credible = [];
        internal Claimant? LastClaimant;
        internal ClaimantInfo? LastInfo;
    }

    /// <summary>What is known of one claimant during one reconciliation: its profile, identity and weights.</summary>
    private sealed class ClaimantInfo(ClaimantProfile profile, string identity)
    {
        internal ClaimantProfile Profile { get; } = profile;

        internal string Identity { get; } = identity;

        internal Dictionary<(ClaimStance, Partisanship, string?), (double Weight, string Reason, bool Partisan)> Weights { get; } = [];
    }

    private static string ProfileKeyOf(string name, Cache cache)
    {
        if (!cache.ProfileKeys.TryGetValue(name, out var key))
        {
            cache.ProfileKeys.Add(name, key = ClaimantProfiles.KeyOf(name));
        }

        return key;
    }

    private ClaimantInfo InfoOf(Claimant claimant, Cache cache)
    {
        if (ReferenceEquals(claimant, cache.LastClaimant))
        {
            return cache.LastInfo!;
        }

        if (!cache.Claimants.TryGetValue(claimant, out var info))
        {
            cache.Claimants.Add(claimant, info = new ClaimantInfo(Policy.Profiles.Resolve(claimant), KeyOf(claimant.Key ?? claimant.Name, cache)));
        }

        cache.LastClaimant = claimant;
        cache.LastInfo = info;
        return info;
    }

    private string KeyOf(string name, Cache cache)
    {
        if (!cache.Keys.TryGetValue(name, out var key))
        {
            cache.Keys.Add(name, key = _nameKey(name));
        }

        return key;
    }

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
            if (controller is not null && IsOwn(ProfileKeyOf(controller, cache), side, profile))
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

        string who = ProfileKeyOf(whoName, cache);
        about = whoName;
        if (IsOwn(who, side, profile))
        {
            return Partisanship.OwnLosses;
        }

        return NeutralKeys.Contains(who) ? Partisanship.None : Partisanship.EnemyLosses;
    }

    private static bool IsOwn(string key, string side, ClaimantProfile profile) =>
        key == side || profile.OwnKeys.AsImmutableArray().Contains(key, StringComparer.Ordinal) ||
        (profile.OwnKeys.Count == 0 && key == ClaimantProfiles.KeyOf(side));

    private (double Weight, string Reason, bool Partisan) WeightOf(Claim claim, ClaimantInfo info, Cache cache)
    {
        var profile = info.Profile;
        var partisanship = PartisanshipOf(claim, profile, cache, out string? about);
        var cacheKey = (claim.Stance, partisanship, about);
        if (info.Weights.TryGetValue(cacheKey, out var known))
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
        var result = (weight, sb.ToString(), partisanship is Partisanship.EnemyLosses or Partisanship.OwnGains);
        info.Weights.Add(cacheKey, result);
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
        var contributions = new Contribution[group.Length];
        var counted = cache.Counted;
        counted.Clear();
        Dictionary<(string, Estimate), int>? relayIndex = group.Length > 16 ? [] : null;
        List<string>? deniers = null;
        bool anySuperseded = false;

        for (int i = 0; i < group.Length; i++)
        {
            var claim = group[i];
            var quantity = claim.Quantity!.Value;
            if (superseded.Contains(claim.Id))
            {
                anySuperseded = true;
                contributions[i] = new Contribution(claim, 0, SupersededReason, false);
                continue;
            }

            var info = InfoOf(claim.Claimant, cache);
            string identity = info.Identity;
            if (claim.Stance == ClaimStance.Denied)
            {
                (deniers ??= []).Add(identity);
                contributions[i] = new Contribution(claim, 0, DenialReason, false);
                continue;
            }

            int first = FindRelay(counted, relayIndex, identity, quantity);
            if (first >= 0)
            {
                var original = group[first];
                contributions[i] = new Contribution(claim, 0, RelayReason(claim, original), false);
                continue;
            }

            relayIndex?.Add((identity, quantity), i);
            var (weight, reason, partisan) = WeightOf(claim, info, cache);
            counted.Add(new Counted(i, new CredibleFigure(claim, PointOf(quantity), weight, info.Profile, partisan), identity));
            contributions[i] = new Contribution(claim, weight, reason, weight >= Policy.CredibilityThreshold);
        }

        long low;
        long? best;
        long? high;
        AssessmentStatus status;
        List<CredibleFigure>? credible = null;
        if (counted.Count == 0)
        {
            low = 0;
            best = null;
            high = null;
            status = deniers is not null ? AssessmentStatus.Denied : AssessmentStatus.Superseded;
        }
        else
        {
            credible = cache.Credible;
            credible.Clear();
            foreach (var c in counted)
            {
                if (c.Figure.Weight >= Policy.CredibilityThreshold)
                {
                    credible.Add(c.Figure);
                }
            }

            if (credible.Count == 0)
            {
                foreach (var c in counted)
                {
                    credible.Add(c.Figure);
                    var contribution = contributions[c.Index];
                    contributions[c.Index] = contribution with { Counted = true, Reason = contribution.Reason + FallbackNote };
                }
            }

            low = long.MaxValue;
            high = long.MinValue;
            foreach (var f in credible)
            {
                var q = f.Claim.Quantity!.Value;
                low = Math.Min(low, q.Low);
                high = high is null || q.High is null ? null : Math.Max(high.Value, q.High.Value);
            }

            best = Policy.ChooseBest(credible);
            if (best is { } b)
            {
                best = Math.Max(b, low);
                if (high is { } h)
                {
                    best = Math.Min(best.Value, h);
                }
            }

            long maxLow = long.MinValue, minHigh = long.MaxValue;
            bool oneClaimant = true;
            foreach (var c in counted)
            {
                var q = c.Figure.Claim.Quantity!.Value;
                maxLow = Math.Max(maxLow, q.Low);
                minHigh = Math.Min(minHigh, q.High ?? long.MaxValue);
                oneClaimant &= c.Identity == counted[0].Identity;
            }

            if (deniers is not null)
            {
                bool allDenied = true;
                foreach (var c in counted)
                {
                    allDenied &= deniers.Contains(c.Identity);
                }

                status = allDenied ? AssessmentStatus.Denied : AssessmentStatus.Contested;
            }
            else if (maxLow > minHigh)
            {
                status = AssessmentStatus.Contested;
            }
            else if (anySuperseded)
            {
                status = AssessmentStatus.Superseded;
            }
            else
            {
                status = oneClaimant ? AssessmentStatus.SingleSource : AssessmentStatus.Agreed;
            }
        }

        var scope = group[0].Scope ?? default;
        for (int i = 1; i < group.Length; i++)
        {
            scope = scope.Hull(group[i].Scope ?? default);
        }

        string id = group.Length == 1 ? "a-" + group[0].Id : ContentHash.OfSorted("a-", group);
        return new Assessment(id, key, eventId, group[0].Subject, WhoKeyOf(group[0].Subject, cache), scope, low, best, high, status, Policy,
            System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(contributions));
    }

    private const string SupersededReason = "superseded by a later figure; kept in provenance, not counted";

    private const string FallbackNote = "; counted because no claim is credible";

    private const string DenialReason = "a denial; not counted as a figure";

    private static string RelayReason(Claim claim, Claim original)
    {
        string via = claim.Claimant.RelayedBy.Count > 0 ? " via " + string.Join(", ", claim.Claimant.RelayedBy) : string.Empty;
        return $"{claim.Claimant.Name}: relayed copy{via} of {original.Id} (same claimant, same figure); counted once";
    }

    private static int FindRelay(List<Counted> counted, Dictionary<(string, Estimate), int>? index, string identity, Estimate quantity)
    {
        if (index is not null)
        {
            return index.TryGetValue((identity, quantity), out int found) ? found : -1;
        }

        foreach (var c in counted)
        {
            if (c.Identity == identity && c.Figure.Claim.Quantity == quantity)
            {
                return c.Index;
            }
        }

        return -1;
    }

    internal readonly record struct Counted(int Index, CredibleFigure Figure, string Identity);

    /// <summary>Builds an assessment's explanation from its contributions (on first read).</summary>
    internal static string Explain(Assessment assessment, ReconciliationPolicy? knownPolicy)
    {
        var policy = knownPolicy ?? ReconciliationPolicy.FromName(assessment.Policy) ?? ReconciliationPolicy.UcdpLike;
        var status = assessment.Status;
        var contributions = assessment.Contributions;
        long? best = assessment.Best;
        var counted = new List<Counted>();
        var credible = new List<CredibleFigure>();
        bool fallback = false;
        for (int i = 0; i < contributions.Count; i++)
        {
            var c = contributions[i];
            if (c.Weight <= 0 && !c.Counted)
            {
                continue;
            }

            var profile = policy.Profiles.Resolve(c.Claim.Claimant);
            var q = c.Claim.Quantity!.Value;
            var figure = new CredibleFigure(c.Claim, PointOf(q), c.Weight, profile, c.Reason.Contains("partisan claim:", StringComparison.Ordinal));
            counted.Add(new Counted(i, figure, c.Claim.Claimant.Name));
            if (c.Counted)
            {
                credible.Add(figure);
            }

            fallback |= c.Reason.EndsWith(FallbackNote, StringComparison.Ordinal);
        }

        var ci = CultureInfo.InvariantCulture;
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

        var notes = new StringBuilder();
        foreach (var c in contributions)
        {
            if (c.Reason == SupersededReason)
            {
                Append(notes, $"{c.Claim.Claimant.Name}'s {c.Claim.Quantity} was superseded");
            }
            else if (c.Reason == DenialReason)
            {
                Append(notes, $"{c.Claim.Claimant.Name} denies {c.Claim.Quantity}");
            }
            else if (c.Weight == 0 && c.Reason.Contains("relayed copy", StringComparison.Ordinal))
            {
                Append(notes, $"{c.Claim.Claimant.Name}'s {c.Claim.Quantity} relayed again, counted once");
            }
        }

        if (fallback)
        {
            Append(notes, "no claim reaches the credibility threshold, so every claim is used");
        }

        if (notes.Length > 0)
        {
            explanation.Append("; ").Append(notes);
        }

        string rationale = credible.Count > 0 ? policy.Rationale(credible, best) : "no figure stands";
        explanation.Append(". ").Append(policy.Name).Append(": ").Append(rationale).Append('.');
        return explanation.ToString();
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
