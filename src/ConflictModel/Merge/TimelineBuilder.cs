namespace ConflictModel.Merge;

/// <summary>
/// Merges documents' events and claims into a <see cref="MergedTimeline"/>, and timelines into one another.
/// </summary>
/// <remarks>A merge is a set union of inputs, so <c>Merge(Merge(a, b), c) == Merge(a, Merge(b, c))</c>,
/// <c>Merge(a, b) == Merge(b, a)</c> and <c>Merge(a, a) == a</c>, and merging partitions equals merging the batch.
/// Union of two timelines is linear in their sizes. Thread-safe.</remarks>
public static class TimelineBuilder
{
    /// <summary>Merges documents.</summary>
    /// <param name="documents">The documents' events and claims, in any order.</param>
    /// <param name="options">The options; <see cref="MergeOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The timeline.</returns>
    public static MergedTimeline Merge(IEnumerable<ExtractedSet> documents, MergeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var claims = new List<Claim>();
        var events = new List<ConflictEvent>();
        var ids = new List<string>();
        foreach (var set in documents)
        {
            if (set is null)
            {
                throw new ArgumentException("A document set is null.", nameof(documents));
            }

            ids.Add(set.DocumentId);
            foreach (var claim in set.Claims)
            {
                claims.Add(claim ?? throw new ArgumentException($"Document '{set.DocumentId}' has a null claim.", nameof(documents)));
                ids.Add(claim.Evidence.Document);
            }

            foreach (var e in set.Events)
            {
                events.Add(e ?? throw new ArgumentException($"Document '{set.DocumentId}' has a null event.", nameof(documents)));
                ids.Add(e.Evidence.Document);
            }
        }

        var documentIds = ids.Distinct(StringComparer.Ordinal).ToArray();
        Array.Sort(documentIds, StringComparer.Ordinal);
        return new MergedTimeline(
            Canonical.SortDistinct(claims, Canonical.ClaimOrder),
            Canonical.SortDistinct(events, Canonical.EventOrder),
            documentIds,
            options ?? MergeOptions.Default);
    }

    /// <summary>Merges two timelines (e.g. partitions merged on different threads or machines).</summary>
    /// <param name="a">One timeline.</param>
    /// <param name="b">The other; with equal options.</param>
    /// <returns>The timeline of the union of their inputs.</returns>
    /// <exception cref="ArgumentException">The options differ.</exception>
    public static MergedTimeline Merge(MergedTimeline a, MergedTimeline b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Options != b.Options)
        {
            throw new ArgumentException("The timelines were built with different options; merge them with equal options.", nameof(b));
        }

        return new MergedTimeline(
            Canonical.Union(a.ClaimArray, b.ClaimArray, Canonical.ClaimOrder),
            Canonical.Union(a.EventArray, b.EventArray, Canonical.EventOrder),
            Canonical.Union(a.DocumentArray, b.DocumentArray, string.CompareOrdinal),
            a.Options);
    }

    /// <summary>Merges many timelines.</summary>
    /// <param name="timelines">The timelines, with equal options; at least one.</param>
    /// <returns>The union.</returns>
    /// <exception cref="ArgumentException">No timeline, or options differ.</exception>
    public static MergedTimeline Merge(IEnumerable<MergedTimeline> timelines)
    {
        ArgumentNullException.ThrowIfNull(timelines);
        MergedTimeline? result = null;
        foreach (var t in timelines)
        {
            result = result is null ? t : Merge(result, t);
        }

        return result ?? throw new ArgumentException("At least one timeline is required.", nameof(timelines));
    }
}
