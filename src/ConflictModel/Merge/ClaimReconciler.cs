using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
    /// <remarks>
    /// One pass groups the claims by a struct key (names turned into keys through a per-call cache), a counting sort
    /// lays every group out contiguously in one array (no list per group), each group is sorted canonically in place,
    /// and the groups are ordered by their quantity key (ordinal; ties by their first claim). Each group's assessment
    /// is computed independently (in parallel for large inputs, each worker with its own cache) and placed by index,
    /// so the result does not depend on the input order or on scheduling.
    /// </remarks>
    internal IReadOnlyList<Assessment> Reconcile(IEnumerable<Claim> claims, Func<Claim, string?> eventOf)
    {
        var cache = new Cache();
        int capacity = claims is IReadOnlyCollection<Claim> known ? Math.Max(4, known.Count) : 64;
        var pool = ArrayPool<Claim>.Shared;
        var intPool = ArrayPool<int>.Shared;
        Claim[] kept = pool.Rent(capacity);
        int[] groupOf = intPool.Rent(capacity);
        Claim[]? ordered = null;
        int[]? starts = null;
        int[]? lengths = null;
        int[]? byKey = null;
        string[]? quantityKeys = null;
        GroupTable? groups = null;
        try
        {
            groups = new GroupTable(capacity);
            var superseded = new HashSet<string>(StringComparer.Ordinal);
            int m = 0;
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

                if (m == kept.Length)
                {
                    Grow(ref kept, pool, m);
                    Grow(ref groupOf, intPool, m);
                }

                // Name keys are interned per call, so the table compares and hashes them by reference.
                var subject = claim.Subject;
                var key = new GroupKey(eventOf(claim), subject.Aspect, subject.Category, WhoKeyOf(subject, cache) ?? string.Empty,
                    subject.Place is { } place ? KeyOf(place, cache) : string.Empty);
                groupOf[m] = groups.IndexOf(key);
                kept[m++] = claim;
            }

            int g = groups.Count;
            if (g == 0)
            {
                return [];
            }

            // Counting sort: each group's claims contiguous in `ordered`, from starts[k] to starts[k + 1].
            starts = intPool.Rent(g + 1);
            Array.Clear(starts, 0, g + 1);
            for (int i = 0; i < m; i++)
            {
                starts[groupOf[i] + 1]++;
            }

            for (int k = 0; k < g; k++)
            {
                starts[k + 1] += starts[k];
            }

            ordered = pool.Rent(m);
            for (int i = 0; i < m; i++)
            {
                ordered[starts[groupOf[i]]++] = kept[i];
            }

            // starts[k] now holds the end of group k; shift back so starts[k] is its start again.
            for (int k = g; k > 0; k--)
            {
                starts[k] = starts[k - 1];
            }

            starts[0] = 0;

            // Canonical order inside each group, equal duplicates removed (lengths[k] is the distinct count).
            lengths = intPool.Rent(g);
            for (int k = 0; k < g; k++)
            {
                lengths[k] = SortDistinct(ordered, starts[k], starts[k + 1] - starts[k]);
            }

            quantityKeys = ArrayPool<string>.Shared.Rent(g);
            byKey = intPool.Rent(g);
            var keys = groups.Keys;
            for (int k = 0; k < g; k++)
            {
                quantityKeys[k] = QuantityKey(keys[k]);
                byKey[k] = k;
            }

            var orderedClaims = ordered;
            var groupStarts = starts;
            var groupLengths = lengths;
            var groupQuantityKeys = quantityKeys;
            var groupsByKey = byKey;
            Array.Sort(byKey, 0, g, Comparer<int>.Create((x, y) =>
            {
                int c = string.CompareOrdinal(groupQuantityKeys[x], groupQuantityKeys[y]);
                return c != 0 || x == y ? c : Canonical.CompareClaims(orderedClaims[groupStarts[x]], orderedClaims[groupStarts[y]]);
            }));

            var single = new Assessment[g];
            List<Assessment>[]? split = null;
            void Work(int index, Cache local)
            {
                int k = groupsByKey[index];
                var members = new ReadOnlySpan<Claim>(orderedClaims, groupStarts[k], groupLengths[k]);
                string? eventId = keys[k].EventId;
                string key = groupQuantityKeys[k];
                if (members.Length == 1 || SameScope(members))
                {
                    single[index] = AssessGroup(members, key, eventId, superseded, local);
                    return;
                }

                var components = ScopeComponents(members);
                if (components.Count == 1)
                {
                    single[index] = AssessGroup(components[0], key, eventId, superseded, local);
                    return;
                }

                var list = new List<Assessment>(components.Count);
                foreach (var component in components)
                {
                    list.Add(AssessGroup(component, key, eventId, superseded, local));
                }

                Interlocked.CompareExchange(ref split, new List<Assessment>[g], null);
                split[index] = list;
            }

            if (g >= ParallelThreshold && Environment.ProcessorCount > 1)
            {
                Parallel.ForEach(
                    System.Collections.Concurrent.Partitioner.Create(0, g, Math.Max(1024, g / (Environment.ProcessorCount * 4))),
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
                for (int i = 0; i < g; i++)
                {
                    Work(i, cache);
                }
            }

            if (split is null)
            {
                return single;
            }

            var result = new List<Assessment>(g + 8);
            for (int i = 0; i < g; i++)
            {
                if (split[i] is { } several)
                {
                    result.AddRange(several);
                }
                else
                {
                    result.Add(single[i]);
                }
            }

            return result;
        }
        finally
        {
            pool.Return(kept, clearArray: true);
            intPool.Return(groupOf);
            if (ordered is not null)
            {
                pool.Return(ordered, clearArray: true);
            }

            if (starts is not null)
            {
                intPool.Return(starts);
            }

            if (lengths is not null)
            {
                intPool.Return(lengths);
            }

            if (byKey is not null)
            {
                intPool.Return(byKey);
            }

            if (quantityKeys is not null)
            {
                ArrayPool<string>.Shared.Return(quantityKeys, clearArray: true);
            }

            groups?.Dispose();
        }
    }

    private static void Grow<T>(ref T[] array, ArrayPool<T> pool, int used)
    {
        var larger = pool.Rent(Math.Max(64, array.Length * 2));
        Array.Copy(array, larger, used);
        pool.Return(array, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        array = larger;
    }

    private static readonly IComparer<Claim> ClaimComparer = Comparer<Claim>.Create(Canonical.ClaimOrder);

    /// <summary>Sorts <paramref name="items"/>[<paramref name="start"/>..+<paramref name="length"/>] canonically and
    /// moves equal duplicates out; returns the distinct count (the distinct claims come first).</summary>
    private static int SortDistinct(Claim[] items, int start, int length)
    {
        if (length <= 1)
        {
            return length;
        }

        if (length <= 16)
        {
            for (int i = start + 1; i < start + length; i++)
            {
                var item = items[i];
                int j = i - 1;
                while (j >= start && Canonical.CompareClaims(items[j], item) > 0)
                {
                    items[j + 1] = items[j];
                    j--;
                }

                items[j + 1] = item;
            }
        }
        else
        {
            Array.Sort(items, start, length, ClaimComparer);
        }

        int write = start + 1;
        for (int i = start + 1; i < start + length; i++)
        {
            if (!items[i].Equals(items[write - 1]))
            {
                items[write++] = items[i];
            }
        }

        return write - start;
    }

    private static bool SameScope(ReadOnlySpan<Claim> claims)
    {
        var first = claims[0].Scope;
        for (int i = 1; i < claims.Length; i++)
        {
            if (claims[i].Scope != first)
            {
                return false;
            }
        }

        return true;
    }

    private const int ParallelThreshold = 8192;

    private readonly record struct GroupKey(string? EventId, ClaimAspect Aspect, CasualtyCategory? Category, string Who, string Place);

    /// <summary>A hash table from group key to group index on pooled arrays (no allocation per group). The Who and
    /// Place keys must be interned (one instance per key in a call): they are hashed and compared by reference.</summary>
    private sealed class GroupTable : IDisposable
    {
        private int[] _buckets;
        private int[] _next;
        private int[] _hashes;
        private GroupKey[] _keys;
        private int _mask;

        internal GroupTable(int expected)
        {
            int size = (int)Math.Min(1 << 30, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, expected / 2)));
            _buckets = ArrayPool<int>.Shared.Rent(size);
            Array.Clear(_buckets, 0, size);
            _mask = size - 1;
            _next = ArrayPool<int>.Shared.Rent(Math.Max(16, expected / 3));
            _hashes = ArrayPool<int>.Shared.Rent(_next.Length);
            _keys = ArrayPool<GroupKey>.Shared.Rent(_next.Length);
        }

        internal int Count { get; private set; }

        /// <summary>Gets the keys by group index (the first <see cref="Count"/> entries).</summary>
        internal GroupKey[] Keys => _keys;

        internal int IndexOf(in GroupKey key)
        {
            int hash = HashCode.Combine(key.EventId is null ? 0 : string.GetHashCode(key.EventId, StringComparison.Ordinal),
                (int)key.Aspect, key.Category is { } c ? (int)c + 1 : 0, RuntimeHelpers.GetHashCode(key.Who), RuntimeHelpers.GetHashCode(key.Place));
            for (int i = _buckets[hash & _mask] - 1; i >= 0; i = _next[i])
            {
                if (_hashes[i] == hash)
                {
                    ref readonly var k = ref _keys[i];
                    if (ReferenceEquals(k.Who, key.Who) && ReferenceEquals(k.Place, key.Place) && k.Aspect == key.Aspect &&
                        k.Category == key.Category && string.Equals(k.EventId, key.EventId, StringComparison.Ordinal))
                    {
                        return i;
                    }
                }
            }

            int index = Count;
            if (index == _keys.Length)
            {
                Grow(ref _keys, ArrayPool<GroupKey>.Shared, index);
                Grow(ref _next, ArrayPool<int>.Shared, index);
                Grow(ref _hashes, ArrayPool<int>.Shared, index);
            }

            if (index > _mask)
            {
                Rehash(_buckets.Length * 2);
            }

            _keys[index] = key;
            _hashes[index] = hash;
            ref int bucket = ref _buckets[hash & _mask];
            _next[index] = bucket - 1;
            bucket = index + 1;
            Count = index + 1;
            return index;
        }

        private void Rehash(int size)
        {
            ArrayPool<int>.Shared.Return(_buckets);
            _buckets = ArrayPool<int>.Shared.Rent(size);
            Array.Clear(_buckets, 0, size);
            _mask = size - 1;
            for (int i = 0; i < Count; i++)
            {
                ref int bucket = ref _buckets[_hashes[i] & _mask];
                _next[i] = bucket - 1;
                bucket = i + 1;
            }
        }

        public void Dispose()
        {
            ArrayPool<int>.Shared.Return(_buckets);
            ArrayPool<int>.Shared.Return(_next);
            ArrayPool<int>.Shared.Return(_hashes);
            ArrayPool<GroupKey>.Shared.Return(_keys, clearArray: true);
        }
    }

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

    /// <summary>Splits one key's claims (canonically sorted, distinct, with differing scopes) into connected groups of
    /// overlapping scopes, each sorted canonically, in order of their earliest day.</summary>
    private static List<Claim[]> ScopeComponents(ReadOnlySpan<Claim> claims)
    {
        var items = new (int Start, int End, Claim Claim)[claims.Length];
        for (int i = 0; i < claims.Length; i++)
        {
            var scope = claims[i].Scope ?? default;
            items[i] = (scope.Earliest is { } e ? Days.Of(e) : int.MinValue, scope.Latest is { } l ? Days.Of(l) : int.MaxValue, claims[i]);
        }

        Array.Sort(items, static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : Canonical.CompareClaims(a.Claim, b.Claim));
        var result = new List<Claim[]>(2);
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
                result.Add(component);
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
        internal readonly Dictionary<Claimant, ClaimantInfo> ClaimantsByReference = new(ReferenceEqualityComparer.Instance);
        internal readonly List<string> Deniers = [];
        internal readonly Dictionary<string, string> Interned = new(StringComparer.Ordinal) { [string.Empty] = string.Empty };
        internal string? LastName;
        internal string? LastKey;
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

        internal bool HasHit { get; set; }

        internal WeightHit LastHit { get; set; }
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

        if (!cache.ClaimantsByReference.TryGetValue(claimant, out var info))
        {
            if (!cache.Claimants.TryGetValue(claimant, out info))
            {
                cache.Claimants.Add(claimant, info = new ClaimantInfo(Policy.Profiles.Resolve(claimant), KeyOf(claimant.Key ?? claimant.Name, cache)));
            }

            cache.ClaimantsByReference.Add(claimant, info);
        }

        cache.LastClaimant = claimant;
        cache.LastInfo = info;
        return info;
    }

    private string KeyOf(string name, Cache cache)
    {
        if (ReferenceEquals(name, cache.LastName))
        {
            return cache.LastKey!;
        }

        if (!cache.Keys.TryGetValue(name, out var key))
        {
            key = _nameKey(name);
            if (!cache.Interned.TryGetValue(key, out var interned))
            {
                cache.Interned.Add(key, interned = key);
            }

            cache.Keys.Add(name, key = interned);
        }

        cache.LastName = name;
        cache.LastKey = key;
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
        // The weight depends on the stance and on the names partisanship reads (see PartisanshipOf): a last-hit check
        // by reference skips the lookups for runs of claims about the same group.
        var s = claim.Subject;
        bool control = s.Aspect == ClaimAspect.Control || s.Category == CasualtyCategory.TerritorialControlPercent;
        string? name = control ? claim.ControlledBy ?? s.WhoKey ?? s.Who : s.WhoKey ?? s.Who;
        if (info.HasHit && info.LastHit is var hit && hit.Stance == claim.Stance && hit.Control == control && hit.Category == s.Category &&
            ReferenceEquals(hit.Name, name))
        {
            return hit.Result;
        }

        var weighed = WeighUncached(claim, info, cache);
        info.LastHit = new WeightHit(claim.Stance, control, s.Category, name, weighed);
        info.HasHit = true;
        return weighed;
    }

    private (double Weight, string Reason, bool Partisan) WeighUncached(Claim claim, ClaimantInfo info, Cache cache)
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

    private Assessment AssessGroup(ReadOnlySpan<Claim> group, string key, string? eventId, HashSet<string> superseded, Cache cache)
    {
        var contributions = new Contribution[group.Length];
        var counted = cache.Counted;
        counted.Clear();
        Dictionary<(string, Estimate), int>? relayIndex = group.Length > 16 ? [] : null;
        List<string>? deniers = null;
        cache.Deniers.Clear();
        bool anySuperseded = false;

        for (int i = 0; i < group.Length; i++)
        {
            var claim = group[i];
            var quantity = claim.Quantity!.Value;
            if (superseded.Count > 0 && superseded.Contains(claim.Id))
            {
                anySuperseded = true;
                contributions[i] = new Contribution(claim, 0, SupersededReason, false);
                continue;
            }

            var info = InfoOf(claim.Claimant, cache);
            string identity = info.Identity;
            if (claim.Stance == ClaimStance.Denied)
            {
                (deniers ??= cache.Deniers).Add(identity);
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
            var countedSpan = CollectionsMarshal.AsSpan(counted);
            foreach (ref readonly var c in countedSpan)
            {
                if (c.Figure.Weight >= Policy.CredibilityThreshold)
                {
                    credible.Add(c.Figure);
                }
            }

            if (credible.Count == 0)
            {
                foreach (ref readonly var c in countedSpan)
                {
                    credible.Add(c.Figure);
                    var contribution = contributions[c.Index];
                    contributions[c.Index] = contribution with { Counted = true, Reason = contribution.Reason + FallbackNote };
                }
            }

            low = long.MaxValue;
            high = long.MinValue;
            foreach (ref readonly var f in CollectionsMarshal.AsSpan(credible))
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
            string firstIdentity = countedSpan[0].Identity;
            foreach (ref readonly var c in countedSpan)
            {
                var q = c.Figure.Claim.Quantity!.Value;
                maxLow = Math.Max(maxLow, q.Low);
                minHigh = Math.Min(minHigh, q.High ?? long.MaxValue);
                oneClaimant &= ReferenceEquals(c.Identity, firstIdentity) || c.Identity == firstIdentity;
            }

            if (deniers is not null)
            {
                bool allDenied = true;
                foreach (ref readonly var c in countedSpan)
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

    private readonly record struct WeightHit(ClaimStance Stance, bool Control, CasualtyCategory? Category, string? Name, (double Weight, string Reason, bool Partisan) Result);

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
