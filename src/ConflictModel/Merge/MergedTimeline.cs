using System.Collections.Immutable;

namespace ConflictModel.Merge;

/// <summary>
/// The result of merging documents: the SET of every input claim and event (and document id), from which the merged
/// events, their relations and the assessments are derived deterministically.
/// </summary>
/// <remarks>
/// <para>The inputs are kept in one canonical order (by id, then by content), without equal duplicates, so a merge
/// is a set union. That makes the laws hold exactly: the order of documents and claims does not matter
/// (commutative, associative), adding a duplicate changes nothing (idempotent), merging partitions and then merging
/// the partial timelines equals merging everything at once, adding one document at a time equals the batch, and
/// no input claim is ever lost (every claim is in <see cref="Claims"/>; every claim with a figure is a
/// contribution of exactly one assessment).</para>
/// <para>Derived values (<see cref="Events"/>, <see cref="Assessments"/>, <see cref="Links"/>) are computed once,
/// lazily and thread-safely. Equality is by inputs and options. Immutable and thread-safe.</para>
/// </remarks>
public sealed class MergedTimeline : IEquatable<MergedTimeline>
{
    private readonly Claim[] _claims;
    private readonly ConflictEvent[] _events;
    private readonly string[] _documents;
    private readonly Lazy<Derived> _derived;

    internal MergedTimeline(Claim[] claims, ConflictEvent[] events, string[] documents, MergeOptions options)
    {
        _claims = claims;
        _events = events;
        _documents = documents;
        Options = options;
        _derived = new Lazy<Derived>(Derive, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Returns an empty timeline.</summary>
    /// <param name="options">The options; <see cref="MergeOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The empty timeline.</returns>
    public static MergedTimeline Empty(MergeOptions? options = null) => new([], [], [], options ?? MergeOptions.Default);

    /// <summary>Gets the options.</summary>
    public MergeOptions Options { get; }

    /// <summary>Gets every input claim, in canonical order (by id).</summary>
    public IReadOnlyList<Claim> Claims => _claims;

    /// <summary>Gets every input event, in canonical order (by id).</summary>
    public IReadOnlyList<ConflictEvent> SourceEvents => _events;

    /// <summary>Gets the ids of the merged documents, ordinal order.</summary>
    public IReadOnlyList<string> Documents => _documents;

    /// <summary>Gets the merged events, ordered by earliest day (unknown first), then id.</summary>
    public ImmutableArray<MergedEvent> Events => _derived.Value.Events;

    /// <summary>Gets every assessment (of merged events' quantities and of claims tied to no event), ordered by
    /// quantity key and scope.</summary>
    public ImmutableArray<Assessment> Assessments => _derived.Value.Assessments;

    /// <summary>Gets the contested or denied assessments.</summary>
    public IEnumerable<Assessment> Contested => Assessments.Where(a => a.IsDisputed);

    /// <summary>Gets the links found between source events.</summary>
    public EquatableArray<EventLink> Links => _derived.Value.Match.Links;

    /// <summary>Returns the merged event with this id, or <see langword="null"/>.</summary>
    /// <param name="id">The merged event id.</param>
    /// <returns>The event, or <see langword="null"/>.</returns>
    public MergedEvent? Find(string id) => _derived.Value.ById.GetValueOrDefault(id);

    /// <summary>Returns the merged event a source event belongs to, or <see langword="null"/>.</summary>
    /// <param name="sourceEventId">The source event id.</param>
    /// <returns>The merged event, or <see langword="null"/>.</returns>
    public MergedEvent? FindBySource(string sourceEventId) =>
        _derived.Value.MergedIdOf.TryGetValue(sourceEventId, out var id) ? Find(id) : null;

    /// <summary>Returns this timeline with one more document.</summary>
    /// <param name="set">The document's events and claims.</param>
    /// <returns>The new timeline.</returns>
    public MergedTimeline Add(ExtractedSet set) => TimelineBuilder.Merge(this, TimelineBuilder.Merge([set], Options));

    /// <summary>Returns the same inputs reconciled under another policy.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The new timeline.</returns>
    public MergedTimeline WithPolicy(ReconciliationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new MergedTimeline(_claims, _events, _documents, Options with { Policy = policy });
    }

    /// <inheritdoc/>
    public bool Equals(MergedTimeline? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Options == other.Options && _documents.AsSpan().SequenceEqual(other._documents) &&
             _claims.AsSpan().SequenceEqual(other._claims) && _events.AsSpan().SequenceEqual(other._events)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MergedTimeline);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_claims.Length, _events.Length, _documents.Length,
        _claims.Length > 0 ? _claims[0].Id : null, _events.Length > 0 ? _events[0].Id : null);

    internal Claim[] ClaimArray => _claims;

    internal ConflictEvent[] EventArray => _events;

    internal string[] DocumentArray => _documents;

    private Derived Derive()
    {
        var matcher = new EventMatcher(Options.Matching, Options.NameKey);
        var match = matcher.Match(_events, _claims);
        var mergedIdOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var clusterIds = new string[match.Clusters.Count];
        for (int c = 0; c < match.Clusters.Count; c++)
        {
            var members = match.Clusters[c];
            string id = ContentHash.Of("e-", members);
            clusterIds[c] = id;
            foreach (string member in members)
            {
                mergedIdOf.TryAdd(member, id);
            }
        }

        // Claims are tied to the merged event of their source event (by subject, or by the event's claim list).
        var claimEvent = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in _events)
        {
            foreach (string claimId in e.ClaimIds)
            {
                claimEvent.TryAdd(claimId, e.Id);
            }
        }

        string? EventOf(Claim c)
        {
            string? source = c.Subject.EventId is { } sid && mergedIdOf.ContainsKey(sid) ? sid
                : claimEvent.TryGetValue(c.Id, out var viaList) ? viaList : c.Subject.EventId;
            return source is not null && mergedIdOf.TryGetValue(source, out var merged) ? merged : source;
        }

        var reconciler = new ClaimReconciler(Options.Policy, Options.NameKey);
        var assessments = reconciler.Reconcile(_claims, EventOf).ToImmutableArray();
        var byEvent = assessments.Where(a => a.EventId is not null).GroupBy(a => a.EventId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToEquatableArray(), StringComparer.Ordinal);

        var relations = new Dictionary<string, SortedSet<(EventRelationKind, string)>>(StringComparer.Ordinal);
        void Relate(string from, EventRelationKind kind, string to)
        {
            if (!relations.TryGetValue(from, out var set))
            {
                relations.Add(from, set = []);
            }

            set.Add((kind, to));
        }

        foreach (var link in match.Links)
        {
            string from = mergedIdOf[link.From], to = mergedIdOf[link.To];
            if (from == to)
            {
                continue;
            }

            if (link.Kind == EventRelationKind.SameAs)
            {
                // a same-as link that complete linkage could not honour (a third report of one cluster does not match
                // it) stays visible as a relation between the two merged events, in both directions
                Relate(from, EventRelationKind.SameAs, to);
                Relate(to, EventRelationKind.SameAs, from);
                continue;
            }

            if (link.Kind == EventRelationKind.Summarises)
            {
                Relate(from, EventRelationKind.Summarises, to);
                Relate(to, EventRelationKind.SummarisedBy, from);
            }
            else
            {
                Relate(from, EventRelationKind.PartOf, to);
                Relate(to, EventRelationKind.Contains, from);
            }
        }

        var eventsById = new Dictionary<string, List<ConflictEvent>>(StringComparer.Ordinal);
        foreach (var e in _events)
        {
            if (!eventsById.TryGetValue(e.Id, out var list))
            {
                eventsById.Add(e.Id, list = []);
            }

            list.Add(e);
        }

        var merged = new List<MergedEvent>(clusterIds.Length);
        for (int c = 0; c < clusterIds.Length; c++)
        {
            var members = match.Clusters[c].SelectMany(id => eventsById[id]).ToList();
            merged.Add(Build(clusterIds[c], members,
                relations.TryGetValue(clusterIds[c], out var rel) ? rel.Select(r => new EventRelation(r.Item1, r.Item2)).ToEquatableArray() : EquatableArray<EventRelation>.Empty,
                byEvent.GetValueOrDefault(clusterIds[c], EquatableArray<Assessment>.Empty)));
        }

        merged.Sort(static (x, y) =>
        {
            int c = UncertainDate.ByEarliest.Compare(x.When, y.When);
            return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
        });
        var events = merged.ToImmutableArray();
        var byId = new Dictionary<string, MergedEvent>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            byId.TryAdd(e.Id, e);
        }

        return new Derived(events, assessments, match, byId, mergedIdOf);
    }

    private MergedEvent Build(string id, List<ConflictEvent> members, EquatableArray<EventRelation> relations, EquatableArray<Assessment> assessments)
    {
        var kind = members.Where(m => m.Kind != EventKind.Unknown).GroupBy(m => m.Kind)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstOrDefault();

        UncertainDate? when = members[0].When;
        foreach (var m in members.Skip(1))
        {
            when = when?.Intersect(m.When);
        }

        if (when is null)
        {
            var hull = members[0].When;
            foreach (var m in members.Skip(1))
            {
                hull = hull.Hull(m.When);
            }

            when = hull;
        }

        var places = new SortedSet<string>(StringComparer.Ordinal);
        var placeKeys = new SortedSet<string>(StringComparer.Ordinal);
        var actors = new SortedDictionary<string, (SortedSet<string> Names, HashSet<ActorRole> Roles)>(StringComparer.Ordinal);
        foreach (var m in members)
        {
            for (int p = 0; p < m.Places.Count; p++)
            {
                places.Add(m.Places[p]);
                placeKeys.Add(Options.NameKey((p < m.PlaceKeys.Count ? m.PlaceKeys[p] : null) ?? m.Places[p]));
            }

            foreach (var a in m.Actors)
            {
                string key = Options.NameKey(a.Key ?? a.Name);
                if (!actors.TryGetValue(key, out var entry))
                {
                    actors.Add(key, entry = (new SortedSet<string>(StringComparer.Ordinal), []));
                }

                entry.Names.Add(a.Name);
                entry.Roles.Add(a.Role);
            }
        }

        var mentions = members
            .Select(m => new Mention(m.Evidence.Document, m.Evidence.Sentence, m.Evidence.Span, m.Id))
            .Distinct()
            .OrderBy(m => m.Document, StringComparer.Ordinal).ThenBy(m => m.Span.Start).ThenBy(m => m.Span.End)
            .ThenBy(m => m.EventId, StringComparer.Ordinal).ThenBy(m => m.Text, StringComparer.Ordinal)
            .ToEquatableArray();
        return new MergedEvent(
            id,
            kind,
            when.Value,
            places.ToEquatableArray(),
            placeKeys.ToEquatableArray(),
            actors.Select(a => new MergedActor(a.Key, a.Value.Names.ToEquatableArray(), a.Value.Roles.Count == 1 ? a.Value.Roles.First() : ActorRole.Involved)).ToEquatableArray(),
            mentions,
            relations,
            assessments,
            members.Select(m => m.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToEquatableArray(),
            members.Select(m => m.Title).FirstOrDefault(t => !string.IsNullOrEmpty(t)));
    }

    private sealed record Derived(
        ImmutableArray<MergedEvent> Events,
        ImmutableArray<Assessment> Assessments,
        EventMatchResult Match,
        Dictionary<string, MergedEvent> ById,
        Dictionary<string, string> MergedIdOf);
}
