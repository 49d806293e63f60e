using ConflictModel.Merge;
using NodaTime;

namespace ConflictModel.Query;

/// <summary>A combination of filters over merged events; every filter left <see langword="null"/> passes all.</summary>
/// <param name="From">Events that may have happened on or after this day.</param>
/// <param name="To">Events that may have happened on or before this day.</param>
/// <param name="Actor">Events with this actor (any spelling with the same key).</param>
/// <param name="Place">Events at this place (any spelling with the same key).</param>
/// <param name="Kind">Events of this kind.</param>
/// <param name="ContestedOnly">Only events with a contested or denied quantity.</param>
/// <remarks>Equality is by value.</remarks>
public sealed record EventFilter(
    LocalDate? From = null,
    LocalDate? To = null,
    string? Actor = null,
    string? Place = null,
    EventKind? Kind = null,
    bool ContestedOnly = false);

/// <summary>The casualty total of one side over a period, with the assessments and claims behind it.</summary>
/// <param name="Side">The key of the side or group counted (e.g. <c>isil</c>, <c>civilians</c>).</param>
/// <param name="Total">The interval sum of the assessments (Low, Best and High added).</param>
/// <param name="Assessments">The assessments summed.</param>
/// <param name="Claims">The counted claims behind them.</param>
/// <remarks>Equality is by value.</remarks>
public sealed record SideTotal(string Side, Estimate Total, EquatableArray<Assessment> Assessments, EquatableArray<Claim> Claims);

/// <summary>
/// Queries over a <see cref="MergedTimeline"/>: between two dates (through an <see cref="IntervalIndex{T}"/>), by
/// actor, by place, by kind, contested only, and casualty totals by side.
/// </summary>
/// <remarks>Indexes are built once in the constructor. Immutable and thread-safe.</remarks>
public sealed class TimelineQuery
{
    private readonly IntervalIndex<MergedEvent> _byDate;
    private readonly Dictionary<string, List<MergedEvent>> _byActor;
    private readonly Dictionary<string, List<MergedEvent>> _byPlace;
    private readonly Dictionary<string, int> _rank;

    /// <summary>Builds the indexes of a timeline.</summary>
    /// <param name="timeline">The timeline.</param>
    public TimelineQuery(MergedTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        Timeline = timeline;
        var key = timeline.Options.NameKey;
        _byDate = new IntervalIndex<MergedEvent>(timeline.Events, e => Interval(e.When));
        _byActor = new(StringComparer.Ordinal);
        _byPlace = new(StringComparer.Ordinal);
        _rank = new(StringComparer.Ordinal);
        int rank = 0;
        foreach (var e in timeline.Events)
        {
            _rank.TryAdd(e.Id, rank++);
            foreach (var actor in e.Actors)
            {
                Add(_byActor, actor.Key, e);
                foreach (string name in actor.Names)
                {
                    Add(_byActor, key(name), e);
                }
            }

            foreach (string place in e.PlaceKeys)
            {
                Add(_byPlace, place, e);
            }

            foreach (string place in e.Places)
            {
                Add(_byPlace, key(place), e);
            }
        }
    }

    /// <summary>Gets the timeline.</summary>
    public MergedTimeline Timeline { get; }

    /// <summary>Returns the events that may have happened between two days (inclusive), in start order.</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <returns>The events.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public IReadOnlyList<MergedEvent> Between(LocalDate from, LocalDate to)
    {
        if (to < from)
        {
            throw new ArgumentException($"to ({to:uuuu-MM-dd}) must not be before from ({from:uuuu-MM-dd}).", nameof(to));
        }

        return _byDate.Overlapping(Days(from), Days(to));
    }

    /// <summary>Returns the events an actor took part in, by any spelling with the same key.</summary>
    /// <param name="actor">The actor's name or key.</param>
    /// <returns>The events, in timeline order.</returns>
    public IReadOnlyList<MergedEvent> ByActor(string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return Lookup(_byActor, actor);
    }

    /// <summary>Returns the events at a place, by any spelling with the same key.</summary>
    /// <param name="place">The place's name or key.</param>
    /// <returns>The events, in timeline order.</returns>
    public IReadOnlyList<MergedEvent> ByPlace(string place)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(place);
        return Lookup(_byPlace, place);
    }

    /// <summary>Returns the events of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The events, in timeline order.</returns>
    public IReadOnlyList<MergedEvent> ByKind(EventKind kind) => [.. Timeline.Events.Where(e => e.Kind == kind)];

    /// <summary>Returns the events with a contested or denied quantity.</summary>
    /// <returns>The events, in timeline order.</returns>
    public IReadOnlyList<MergedEvent> Contested() => [.. Timeline.Events.Where(e => e.IsContested)];

    /// <summary>Returns the events that pass every filter, in timeline order.</summary>
    /// <param name="filter">The filter.</param>
    /// <returns>The events.</returns>
    public IReadOnlyList<MergedEvent> Where(EventFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        IEnumerable<MergedEvent> events = filter.From is not null || filter.To is not null
            ? _byDate.Overlapping(filter.From is { } f ? Days(f) : int.MinValue, filter.To is { } t ? Days(t) : int.MaxValue)
                .OrderBy(e => _rank[e.Id])
            : Timeline.Events;
        if (filter.Actor is { } actor)
        {
            var set = ByActor(actor).ToHashSet();
            events = events.Where(set.Contains);
        }

        if (filter.Place is { } place)
        {
            var set = ByPlace(place).ToHashSet();
            events = events.Where(set.Contains);
        }

        if (filter.Kind is { } kind)
        {
            events = events.Where(e => e.Kind == kind);
        }

        if (filter.ContestedOnly)
        {
            events = events.Where(e => e.IsContested);
        }

        return [.. events];
    }

    /// <summary>
    /// Returns the casualty totals by side for the events between two days: for each side (the group counted), the
    /// interval sum of the assessments of that category. Events that summarise or contain other events of the period
    /// are left out so that no happening is counted twice; assessments without a standing figure add nothing.
    /// </summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <param name="category">What is counted; killed by default.</param>
    /// <returns>The totals, by side key.</returns>
    public IReadOnlyList<SideTotal> CasualtyTotals(LocalDate from, LocalDate to, CasualtyCategory category = CasualtyCategory.Killed)
    {
        var events = Between(from, to);
        var inPeriod = events.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var sides = new SortedDictionary<string, List<Assessment>>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            if (e.Relations.Any(r => r.Kind is EventRelationKind.Summarises or EventRelationKind.Contains && inPeriod.Contains(r.OtherId)))
            {
                continue;
            }

            foreach (var a in e.Assessments)
            {
                if (a.Subject.Category != category || (a.Best is null && a.Status is AssessmentStatus.Denied or AssessmentStatus.Superseded))
                {
                    continue;
                }

                string side = a.WhoKey ?? "unknown";
                if (!sides.TryGetValue(side, out var list))
                {
                    sides.Add(side, list = []);
                }

                list.Add(a);
            }
        }

        return [.. sides.Select(s => new SideTotal(
            s.Key,
            s.Value.Select(a => a.Estimate).Aggregate(Estimate.Zero, (x, y) => x + y),
            s.Value.ToEquatableArray(),
            s.Value.SelectMany(a => a.CountedClaims).ToEquatableArray()))];
    }

    private IReadOnlyList<MergedEvent> Lookup(Dictionary<string, List<MergedEvent>> index, string name)
    {
        var found = new HashSet<MergedEvent>();
        if (index.TryGetValue(Timeline.Options.NameKey(name), out var byKey))
        {
            found.UnionWith(byKey);
        }

        return [.. found.OrderBy(e => _rank[e.Id])];
    }

    private static void Add(Dictionary<string, List<MergedEvent>> index, string key, MergedEvent e)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index.Add(key, list = []);
        }

        if (list.Count == 0 || !ReferenceEquals(list[^1], e))
        {
            list.Add(e);
        }
    }

    private static (int, int)? Interval(UncertainDate when) =>
        when.Earliest is null && when.Latest is null
            ? null
            : (when.Earliest is { } e ? Days(e) : int.MinValue, when.Latest is { } l ? Days(l) : int.MaxValue);

    private static int Days(LocalDate date) => date.ToDateOnly().DayNumber;
}
