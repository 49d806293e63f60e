namespace ConflictModel.Query;

/// <summary>
/// A static interval index: items sorted by start, with the maximum end of each implicit subtree, answering
/// "which items overlap [from, to]" in O(log n + k) without scanning.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <remarks>Built once, immutable and thread-safe. Bounds are inclusive integers (day numbers); an open start or end
/// is <see cref="int.MinValue"/> or <see cref="int.MaxValue"/>. Results come in start order (ties: input order).</remarks>
public sealed class IntervalIndex<T>
{
    private readonly T[] _items;
    private readonly int[] _starts;
    private readonly int[] _ends;
    private readonly int[] _maxEnd;

    /// <summary>Builds the index.</summary>
    /// <param name="items">The items.</param>
    /// <param name="interval">The interval of an item, or <see langword="null"/> to leave it out.</param>
    public IntervalIndex(IEnumerable<T> items, Func<T, (int Start, int End)?> interval)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(interval);
        var entries = new List<(int Start, int End, int Order, T Item)>();
        int order = 0;
        foreach (var item in items)
        {
            if (interval(item) is { } iv)
            {
                if (iv.End < iv.Start)
                {
                    throw new ArgumentException($"An interval ends ({iv.End}) before it starts ({iv.Start}).", nameof(interval));
                }

                entries.Add((iv.Start, iv.End, order, item));
            }

            order++;
        }

        entries.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Order.CompareTo(b.Order));
        _items = [.. entries.Select(e => e.Item)];
        _starts = [.. entries.Select(e => e.Start)];
        _ends = [.. entries.Select(e => e.End)];
        _maxEnd = new int[_items.Length];
        Build(0, _items.Length);
    }

    /// <summary>Gets the number of indexed items.</summary>
    public int Count => _items.Length;

    /// <summary>Returns the items whose interval overlaps <c>[from, to]</c>, in start order.</summary>
    /// <param name="from">The first day (inclusive).</param>
    /// <param name="to">The last day (inclusive).</param>
    /// <returns>The overlapping items.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public IReadOnlyList<T> Overlapping(int from, int to)
    {
        if (to < from)
        {
            throw new ArgumentException($"to ({to}) must not be before from ({from}).", nameof(to));
        }

        var result = new List<T>();
        Query(0, _items.Length, from, to, result);
        return result;
    }

    private int Build(int lo, int hi)
    {
        if (lo >= hi)
        {
            return int.MinValue;
        }

        int mid = lo + ((hi - lo) / 2);
        int max = Math.Max(_ends[mid], Math.Max(Build(lo, mid), Build(mid + 1, hi)));
        _maxEnd[mid] = max;
        return max;
    }

    private void Query(int lo, int hi, int from, int to, List<T> result)
    {
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (_maxEnd[mid] < from)
            {
                return;
            }

            Query(lo, mid, from, to, result);
            if (_starts[mid] > to)
            {
                return;
            }

            if (_ends[mid] >= from)
            {
                result.Add(_items[mid]);
            }

            lo = mid + 1;
        }
    }
}
