namespace ConflictModel.Merge;

/// <summary>The result of matching: the clusters of source events that are one event, and the links found.</summary>
/// <param name="Clusters">Each cluster's source event ids (ordinal order); clusters ordered by their first id.</param>
/// <param name="Links">Every link, ordered by (from, to, kind).</param>
/// <remarks>Equality is by value.</remarks>
public sealed record EventMatchResult(EquatableArray<EquatableArray<string>> Clusters, EquatableArray<EventLink> Links);

/// <summary>
/// Matches events across documents: same-as, summarises and part-of.
/// </summary>
/// <remarks>
/// <para>Candidates come from an interval sweep, not from all pairs: events are bucketed by place key (by actor key
/// when they have no place), each bucket is sorted by the earliest day of the event's window (its dates widened by
/// <see cref="EventMatchOptions.WideningDays"/>; an open end reaches <see cref="EventMatchOptions.MaxOpenDays"/>), and
/// only events whose windows overlap meet. A pair sharing several buckets is scored once. Cost:
/// O(n log n + candidate pairs).</para>
/// <para>A candidate pair is:</para>
/// <list type="bullet">
/// <item><b>part-of</b> when one event's <see cref="ConflictEvent.ParentId"/> names the other, or when a lasting
/// event (offensive, siege, battle, conflict) strictly contains the other's days;</item>
/// <item><b>summarises</b> when one report's days strictly contain the other's, the kinds are compatible, the actors
/// not disjoint, and the detailed report's places lie in the summary's (or at least half of them do) — unless both
/// name exactly the same places (and both or neither are lasting kinds) and the shorter covers at least a quarter of
/// the longer: then the longer one is taken as the same happening dated less precisely, and scored for same-as;</item>
/// <item><b>same-as</b> otherwise when the score — 0.30 date overlap + 0.25 places + 0.20 actors + 0.15 kind +
/// 0.10 casualty figures — reaches <see cref="EventMatchOptions.SameAsThreshold"/>, the kinds are compatible, the
/// actors (when both known) share one, and the places (when both known) have a Jaccard overlap of at least 0.34.</item>
/// </list>
/// <para>A report of a whole campaign (see <see cref="SummaryEvents.IsSummary"/>: an offensive or conflict with a
/// long or open period, or a lead sentence defining one, "The 2015 X offensive was an offensive by …") is never
/// same-as a report that is not one: a pair that would be same-as becomes <b>summarises</b> (summary → detail) when
/// the summary's places cover the detail's, and no link otherwise — unless the other report is dated by exactly the
/// same long period (at least <see cref="SummaryEvents.LongPeriodDays"/> days): then it tells of the whole campaign
/// under another name ("the January raid" and "X offensive (January)"). When one of two reports of the same places
/// that is the other dated less precisely is dated by whole years only ("(2014–2017)"), their dates are compared by
/// the years they touch.</para>
/// <para>Same-as links form clusters by complete linkage, not by transitive closure: links are taken best first
/// (score, then ids), and two clusters join only when every pair across them is a same-as link, so A~B and B~C
/// with A≁C never chain into one event. Same-as links that join no clusters stay in the links. The result depends
/// only on the set of events. Immutable and thread-safe.</para>
/// </remarks>
public sealed class EventMatcher
{
    private readonly Func<string, string> _nameKey;

    /// <summary>Creates a matcher.</summary>
    /// <param name="options">The options; <see cref="EventMatchOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="nameKey">The key function for places and actors; the built-in normalisation when
    /// <see langword="null"/>.</param>
    public EventMatcher(EventMatchOptions? options = null, Func<string, string>? nameKey = null)
    {
        Options = options ?? EventMatchOptions.Default;
        _nameKey = nameKey ?? NameKeys.Default;
    }

    /// <summary>Gets the options.</summary>
    public EventMatchOptions Options { get; }

    /// <summary>Matches events.</summary>
    /// <param name="events">The events, in any order; equal duplicates count once.</param>
    /// <param name="claims">Claims about the events (their figures inform the casualty score), or <see langword="null"/>.</param>
    /// <returns>The clusters and links.</returns>
    public EventMatchResult Match(IEnumerable<ConflictEvent> events, IEnumerable<Claim>? claims = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        var sorted = Canonical.SortDistinct(events, Canonical.EventOrder);
        return Match(sorted, claims ?? []);
    }

    /// <summary>Matches canonically sorted, distinct events.</summary>
    internal EventMatchResult Match(ConflictEvent[] events, IEnumerable<Claim> claims)
    {
        var prepared = Prepare(events, claims);
        var links = new List<EventLink>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < events.Length; i++)
        {
            index.TryAdd(events[i].Id, i);
        }

        // Explicit parents.
        for (int i = 0; i < events.Length; i++)
        {
            if (events[i].ParentId is { } parentId && index.TryGetValue(parentId, out int p) && p != i)
            {
                links.Add(new EventLink(events[i].Id, parentId, EventRelationKind.PartOf, 1.0));
            }
        }

        LinkUndatedNames(prepared, links);

        // Buckets by place key (actor key for events without places), each swept by window start.
        var buckets = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < prepared.Length; i++)
        {
            if (!prepared[i].HasDates)
            {
                continue;
            }

            foreach (string bucket in prepared[i].Buckets)
            {
                if (!buckets.TryGetValue(bucket, out var list))
                {
                    buckets.Add(bucket, list = []);
                }

                list.Add(i);
            }
        }

        // In an actor bucket, two reports that both name places have already met in their place buckets: a report
        // with places there only meets the place-less ones, so the actor buckets cost what the place-less reports cost.
        var activePlaced = new List<int>();
        var activePlaceless = new List<int>();
        foreach (var (bucket, members) in buckets)
        {
            if (members.Count < 2)
            {
                continue;
            }

            bool actorBucket = bucket.StartsWith("x:", StringComparison.Ordinal); // "x:" sorts after "p:": a pair sharing a place meets in its place bucket
            members.Sort((x, y) => prepared[x].WStart != prepared[y].WStart ? prepared[x].WStart.CompareTo(prepared[y].WStart) : x.CompareTo(y));
            activePlaced.Clear();
            activePlaceless.Clear();
            foreach (int j in members)
            {
                bool placed = prepared[j].PlaceKeys.Length > 0;
                if (!(actorBucket && placed))
                {
                    Sweep(activePlaced, j, bucket);
                }

                Sweep(activePlaceless, j, bucket);
                (placed ? activePlaced : activePlaceless).Add(j);
            }
        }

        void Sweep(List<int> active, int j, string bucket)
        {
            int start = prepared[j].WStart;
            int kept = 0;
            for (int k = 0; k < active.Count; k++)
            {
                int i = active[k];
                if (prepared[i].WEnd < start)
                {
                    continue;
                }

                active[kept++] = i;
                if (FirstSharedBucket(prepared[i], prepared[j]) == bucket)
                {
                    var (a, b) = i < j ? (i, j) : (j, i);
                    if (Evaluate(prepared[a], prepared[b]) is { } link)
                    {
                        links.Add(link);
                    }
                }
            }

            active.RemoveRange(kept, active.Count - kept);
        }

        // Same-as clusters by complete linkage: links are taken best first (score, then ids), and two clusters join
        // only when every pair across them is itself a same-as link, so A~B and B~C never pull in an A≁C.
        var parent = CompleteLinkage(events, links, index);

        var clusters = new Dictionary<int, List<string>>();
        for (int i = 0; i < events.Length; i++)
        {
            int root = parent[i];
            if (!clusters.TryGetValue(root, out var list))
            {
                clusters.Add(root, list = []);
            }

            list.Add(events[i].Id);
        }

        var clusterArrays = clusters.Values
            .Select(l => l.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToEquatableArray())
            .OrderBy(c => c[0], StringComparer.Ordinal)
            .ToEquatableArray();
        links.Sort(static (x, y) =>
        {
            int c = string.CompareOrdinal(x.From, y.From);
            c = c != 0 ? c : string.CompareOrdinal(x.To, y.To);
            return c != 0 ? c : x.Kind.CompareTo(y.Kind);
        });
        return new EventMatchResult(clusterArrays, links.ToEquatableArray());
    }

    /// <summary>An undated name of a siege or battle ("Siege of X" in a "See also" list, no year qualifier) names the
    /// one siege or battle of X: it is the same as each dated report of that kind whose places are exactly X's, in
    /// other documents. A name with a qualifier has a date and is matched as any other report.</summary>
    private static void LinkUndatedNames(Prepared[] prepared, List<EventLink> links)
    {
        Dictionary<string, List<int>>? byPlaces = null;
        for (int i = 0; i < prepared.Length; i++)
        {
            var r = prepared[i];
            if (r.HasDates || r.Event.Kind is not (EventKind.Siege or EventKind.Battle) || r.PlaceKeys.Length == 0 || !IsName(r.Event))
            {
                continue;
            }

            if (byPlaces is null)
            {
                byPlaces = new Dictionary<string, List<int>>(StringComparer.Ordinal);
                for (int j = 0; j < prepared.Length; j++)
                {
                    if (prepared[j].HasDates && prepared[j].PlaceKeys.Length > 0)
                    {
                        string key = string.Join('|', prepared[j].PlaceKeys);
                        if (!byPlaces.TryGetValue(key, out var list))
                        {
                            byPlaces.Add(key, list = []);
                        }

                        list.Add(j);
                    }
                }
            }

            if (!byPlaces.TryGetValue(string.Join('|', r.PlaceKeys), out var candidates))
            {
                continue;
            }

            foreach (int j in candidates)
            {
                var o = prepared[j].Event;
                if (o.Kind == r.Event.Kind && !string.Equals(o.Evidence.Document, r.Event.Evidence.Document, StringComparison.Ordinal))
                {
                    var (a, b) = i < j ? (r.Event, o) : (o, r.Event);
                    links.Add(new EventLink(a.Id, b.Id, EventRelationKind.SameAs, 0.9));
                }
            }
        }
    }

    // A reference to an article (a "See also" item, a "Part of" value): its evidence is its title as written.
    private static bool IsName(ConflictEvent e) =>
        e.Title is { } title && e.Evidence.Section is Extraction.DocumentExtraction.SeeAlsoHeading or Extraction.DocumentExtraction.PartOfSection
        && e.Evidence.Sentence.EndsWith(title, StringComparison.Ordinal);

    /// <summary>Returns each event's cluster (the smallest index of its members): same-as links in order of score
    /// (highest first), then of their ids; a link joins its two clusters only when every pair across them is linked
    /// as same-as. Deterministic for a set of events: the order depends on scores and ids only.</summary>
    private static int[] CompleteLinkage(ConflictEvent[] events, List<EventLink> links, Dictionary<string, int> index)
    {
        var sameAs = new List<(int A, int B, double Score)>();
        var linked = new HashSet<long>();
        foreach (var link in links)
        {
            if (link.Kind != EventRelationKind.SameAs)
            {
                continue;
            }

            int a = index[link.From], b = index[link.To];
            if (a == b)
            {
                continue;
            }

            (a, b) = a < b ? (a, b) : (b, a);
            if (linked.Add(PairKey(a, b)))
            {
                sameAs.Add((a, b, link.Score));
            }
        }

        sameAs.Sort(static (x, y) =>
        {
            int c = y.Score.CompareTo(x.Score);
            c = c != 0 ? c : x.A.CompareTo(y.A);
            return c != 0 ? c : x.B.CompareTo(y.B);
        });

        var cluster = new int[events.Length];
        for (int i = 0; i < cluster.Length; i++)
        {
            cluster[i] = i;
        }

        var members = new Dictionary<int, List<int>>();
        foreach (var (a, b, _) in sameAs)
        {
            int ca = cluster[a], cb = cluster[b];
            if (ca == cb)
            {
                continue;
            }

            var ma = members.TryGetValue(ca, out var la) ? la : null;
            var mb = members.TryGetValue(cb, out var lb) ? lb : null;
            if (!AllLinked(ma, ca, mb, cb, linked))
            {
                continue;
            }

            // The smaller index (canonical order) names the joined cluster.
            var (keep, drop, keepList, dropList) = ca < cb ? (ca, cb, ma, mb) : (cb, ca, mb, ma);
            keepList ??= [keep];
            foreach (int m in dropList ?? [drop])
            {
                keepList.Add(m);
                cluster[m] = keep;
            }

            members[keep] = keepList;
            members.Remove(drop);
        }

        return cluster;
    }

    private static bool AllLinked(List<int>? a, int aSingle, List<int>? b, int bSingle, HashSet<long> linked)
    {
        int aCount = a?.Count ?? 1, bCount = b?.Count ?? 1;
        for (int i = 0; i < aCount; i++)
        {
            int x = a is null ? aSingle : a[i];
            for (int j = 0; j < bCount; j++)
            {
                int y = b is null ? bSingle : b[j];
                if (!linked.Contains(x < y ? PairKey(x, y) : PairKey(y, x)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static long PairKey(int a, int b) => ((long)a << 32) | (uint)b;

    private static string? FirstSharedBucket(Prepared a, Prepared b)
    {
        int i = 0, j = 0;
        while (i < a.Buckets.Length && j < b.Buckets.Length)
        {
            int c = string.CompareOrdinal(a.Buckets[i], b.Buckets[j]);
            if (c == 0)
            {
                return a.Buckets[i];
            }

            if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return null;
    }

    private EventLink? Evaluate(Prepared a, Prepared b)
    {
        if (a.Event.ParentId == b.Event.Id || b.Event.ParentId == a.Event.Id)
        {
            return null; // already linked as part-of
        }

        double kind = EventKindCompatibility.Score(a.Event.Kind, b.Event.Kind);
        double actors = Jaccard(a.ActorKeys, b.ActorKeys, out bool actorsDisjoint);
        if (actorsDisjoint)
        {
            return null;
        }

        bool aContainsB = Contains(a, b);
        bool bContainsA = Contains(b, a);
        bool samePlaces = a.PlaceKeys.Length > 0 && a.PlaceKeys.AsSpan().SequenceEqual(b.PlaceKeys);
        int aDays = a.End - a.Start + 1, bDays = b.End - b.Start + 1;
        bool lessPrecise = samePlaces && (aContainsB || bContainsA) &&
            EventKindCompatibility.IsContainer(a.Event.Kind) == EventKindCompatibility.IsContainer(b.Event.Kind) &&
            4 * Math.Min(aDays, bDays) >= Math.Max(aDays, bDays);
        if ((aContainsB || bContainsA) && !lessPrecise)
        {
            var (outer, inner) = aContainsB ? (a, b) : (b, a);
            bool outerLasts = EventKindCompatibility.IsContainer(outer.Event.Kind);
            if (outer.Event.Kind == EventKind.Siege && !PlacesCovered(outer.PlaceKeys, inner.PlaceKeys))
            {
                return null; // a siege holds only what happens at the places it besieges
            }

            if (outerLasts && !EventKindCompatibility.IsContainer(inner.Event.Kind))
            {
                return new EventLink(inner.Event.Id, outer.Event.Id, EventRelationKind.PartOf, 1.0);
            }

            if (kind > 0 && (PlacesCovered(outer.PlaceKeys, inner.PlaceKeys) || CoversByActors(outer, inner)))
            {
                return new EventLink(outer.Event.Id, inner.Event.Id, EventRelationKind.Summarises, 1.0);
            }

            if (outerLasts && kind > 0 && outer.Event.Kind != inner.Event.Kind)
            {
                return new EventLink(inner.Event.Id, outer.Event.Id, EventRelationKind.PartOf, 1.0);
            }

            return null;
        }

        if (kind == 0)
        {
            return null;
        }

        double date;
        int overlap = Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start) + 1;
        if (overlap > 0)
        {
            int union = Math.Max(a.End, b.End) - Math.Min(a.Start, b.Start) + 1;
            date = Math.Max(0.5, (double)overlap / union);
        }
        else
        {
            int wOverlap = Math.Min(a.WEnd, b.WEnd) - Math.Max(a.WStart, b.WStart) + 1;
            int wUnion = Math.Max(a.WEnd, b.WEnd) - Math.Min(a.WStart, b.WStart) + 1;
            date = 0.5 * Math.Max(0, wOverlap) / wUnion;
        }

        if (lessPrecise && YearOverlap(a.Event.When, b.Event.When) is { } years)
        {
            date = years;
        }

        double places = a.PlaceKeys.Length == 0 && b.PlaceKeys.Length == 0 ? 0.5 : Jaccard(a.PlaceKeys, b.PlaceKeys, out _);
        if (a.PlaceKeys.Length > 0 && b.PlaceKeys.Length > 0 && PlaceJaccard(a.PlaceKeys, b.PlaceKeys) < MinSharedPlaces)
        {
            return null;
        }

        double casualties = CasualtyScore(a, b);
        double score = (0.30 * date) + (0.25 * places) + (0.20 * actors) + (0.15 * kind) + (0.10 * casualties);
        score = Math.Round(score, 6);
        if (score < Options.SameAsThreshold)
        {
            return null;
        }

        if (a.IsSummary != b.IsSummary && !SpansTheSameLongPeriod(a, b))
        {
            // A report of the whole offensive or war is never the same as one happening in it: at most a summary.
            var (summary, detail) = a.IsSummary ? (a, b) : (b, a);
            return summary.PlaceKeys.Length == 0 || PlacesCovered(summary.PlaceKeys, detail.PlaceKeys)
                ? new EventLink(summary.Event.Id, detail.Event.Id, EventRelationKind.Summarises, score)
                : null;
        }

        return new EventLink(a.Event.Id, b.Event.Id, EventRelationKind.SameAs, score);
    }

    private const double MinSharedPlaces = 0.34;

    // A report dated by exactly the long period a campaign report spans ("the January 2031 raid" against "X offensive
    // (January 2031)") is not a happening inside the campaign: it tells of the whole of it, under another name.
    private static bool SpansTheSameLongPeriod(Prepared a, Prepared b) =>
        a.Start == b.Start && a.End == b.End && a.End - a.Start + 1 >= SummaryEvents.LongPeriodDays;

    // A report dated only by whole years ("Siege of X (2019–2022)") says nothing finer than its years: the same
    // happening dated more precisely inside it ("since mid-2019", up to a present in early 2022) is compared with it
    // at that precision, by the years each touches. Null when neither is dated by whole years.
    private static double? YearOverlap(UncertainDate a, UncertainDate b)
    {
        if (a is not { Earliest: { } a0, Latest: { } a1 } || b is not { Earliest: { } b0, Latest: { } b1 } || !(WholeYears(a0, a1) || WholeYears(b0, b1)))
        {
            return null;
        }

        int overlap = Math.Min(a1.Year, b1.Year) - Math.Max(a0.Year, b0.Year) + 1;
        int union = Math.Max(a1.Year, b1.Year) - Math.Min(a0.Year, b0.Year) + 1;
        return overlap <= 0 ? null : (double)overlap / union;
    }

    private static bool WholeYears(NodaTime.LocalDate first, NodaTime.LocalDate last) =>
        first.Month == 1 && first.Day == 1 && last.Month == 12 && last.Day == 31;

    // Outer contains inner when its days hold inner's and it lasts longer; a report of a whole month or more also
    // contains a report at least twice shorter that its fuzzy edges (its candidate window) hold ("In May" over "from
    // 30 April until 10 May").
    private static bool Contains(Prepared outer, Prepared inner)
    {
        int outerDays = outer.End - outer.Start, innerDays = inner.End - inner.Start;
        if (outerDays <= innerDays)
        {
            return false;
        }

        if (outer.Start <= inner.Start && inner.End <= outer.End)
        {
            return true;
        }

        return outerDays >= 27 && outerDays > 2 * innerDays && outer.WStart <= inner.Start && inner.End <= outer.WEnd;
    }

    // A cumulative report with an open end ("the fighting since 30 April killed …") that names no place but shares an
    // actor with a report inside its days covers it: such a report counts everything the actors did since its start.
    // Actors that share nothing were already turned away.
    private static bool CoversByActors(Prepared outer, Prepared inner) =>
        outer.PlaceKeys.Length == 0 && outer.Event.When is { Earliest: not null, Latest: null } &&
        outer.ActorKeys.Length > 0 && inner.ActorKeys.Length > 0;

    private static double PlaceJaccard(string[] a, string[] b)
    {
        int shared = a.Count(k => Array.BinarySearch(b, k, StringComparer.Ordinal) >= 0);
        return (double)shared / (a.Length + b.Length - shared);
    }

    private static bool PlacesCovered(string[] outer, string[] inner)
    {
        if (inner.Length == 0)
        {
            return outer.Length == 0;
        }

        int shared = inner.Count(k => Array.BinarySearch(outer, k, StringComparer.Ordinal) >= 0);
        return shared == inner.Length || (shared > 0 && shared * 2 >= inner.Length);
    }

    private static double Jaccard(string[] a, string[] b, out bool disjoint)
    {
        disjoint = false;
        if (a.Length == 0 || b.Length == 0)
        {
            return 0.5;
        }

        // the mean of the Jaccard index and the overlap coefficient: a report naming fewer of the same places or
        // actors ("ISIS" against "ISIL and the rebels") is not penalised as much as one naming different ones
        int shared = a.Count(k => Array.BinarySearch(b, k, StringComparer.Ordinal) >= 0);
        disjoint = shared == 0;
        return 0.5 * (((double)shared / (a.Length + b.Length - shared)) + ((double)shared / Math.Min(a.Length, b.Length)));
    }

    private static double CasualtyScore(Prepared a, Prepared b)
    {
        if (a.Figures is null || b.Figures is null)
        {
            return 0.5;
        }

        bool common = false;
        foreach (var (key, estimate) in a.Figures)
        {
            if (b.Figures.TryGetValue(key, out var other))
            {
                common = true;
                if (estimate.Overlaps(other))
                {
                    return 1.0;
                }
            }
        }

        return common ? 0.2 : 0.5;
    }

    private Prepared[] Prepare(ConflictEvent[] events, IEnumerable<Claim> claims)
    {
        var figures = new Dictionary<string, Dictionary<string, Estimate>>(StringComparer.Ordinal);
        var claimEvent = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            foreach (string claimId in e.ClaimIds)
            {
                claimEvent.TryAdd(claimId, e.Id);
            }
        }

        foreach (var claim in claims)
        {
            if (claim.Quantity is not { } q || claim.Subject.Category is not CasualtyCategory.Killed || claim.Stance == ClaimStance.Denied)
            {
                continue;
            }

            string? eventId = claim.Subject.EventId ?? (claimEvent.TryGetValue(claim.Id, out var viaEvent) ? viaEvent : null);
            if (eventId is null)
            {
                continue;
            }

            if (!figures.TryGetValue(eventId, out var map))
            {
                figures.Add(eventId, map = new Dictionary<string, Estimate>(StringComparer.Ordinal));
            }

            string who = claim.Subject.WhoKey is { } wk ? _nameKey(wk) : claim.Subject.Who is { } w ? _nameKey(w) : string.Empty;
            map[who] = map.TryGetValue(who, out var known) ? known.Hull(q) : q;
        }

        var result = new Prepared[events.Length];
        for (int i = 0; i < events.Length; i++)
        {
            var e = events[i];
            var placeKeys = new SortedSet<string>(StringComparer.Ordinal);
            for (int p = 0; p < e.Places.Count; p++)
            {
                string? key = p < e.PlaceKeys.Count ? e.PlaceKeys[p] : null;
                placeKeys.Add(_nameKey(key ?? e.Places[p]));
            }

            var actorKeys = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var actor in e.Actors)
            {
                actorKeys.Add(_nameKey(actor.Key ?? actor.Name));
            }

            // place buckets, and actor buckets too, so that a report that names no place still meets the reports
            // of the same actors that do
            var buckets = placeKeys.Select(k => "p:" + k).Concat(actorKeys.Select(k => "x:" + k)).ToArray();
            Array.Sort(buckets, StringComparer.Ordinal);
            var when = e.When;
            bool hasDates = when.Earliest is not null || when.Latest is not null;
            int start = 0, end = 0, widen = EventMatchOptions.WideningDays(when.Precision) + (when.StatedAs == DateStatedAs.Approximate ? 2 : 0);
            if (hasDates)
            {
                start = when.Earliest is { } s ? Days.Of(s) : Days.Of(when.Latest!.Value) - Options.MaxOpenDays;
                end = when.Latest is { } l ? Days.Of(l) : Days.Of(when.Earliest!.Value) + Options.MaxOpenDays;
            }

            figures.TryGetValue(e.Id, out var eventFigures);
            result[i] = new Prepared(e, hasDates, start, end, start - widen, end + widen, [.. placeKeys], [.. actorKeys], buckets, eventFigures,
                SummaryEvents.IsSummary(e));
        }

        return result;
    }

    private sealed record Prepared(
        ConflictEvent Event,
        bool HasDates,
        int Start,
        int End,
        int WStart,
        int WEnd,
        string[] PlaceKeys,
        string[] ActorKeys,
        string[] Buckets,
        Dictionary<string, Estimate>? Figures,
        bool IsSummary);
}
