using System.Globalization;
using System.Text;

namespace ConflictModel.Merge;

/// <summary>The canonical total order of inputs that makes every derived result independent of input order:
/// by id (ordinal), then, for distinct values sharing an id, by a full textual fingerprint.</summary>
internal static class Canonical
{
    internal static readonly Comparison<Claim> ClaimOrder = CompareClaims;

    internal static readonly Comparison<ConflictEvent> EventOrder = CompareEvents;

    internal static int CompareClaims(Claim? x, Claim? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        int c = string.CompareOrdinal(x.Id, y.Id);
        return c != 0 || x.Equals(y) ? c : string.CompareOrdinal(Fingerprint(x), Fingerprint(y));
    }

    internal static int CompareEvents(ConflictEvent? x, ConflictEvent? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        int c = string.CompareOrdinal(x.Id, y.Id);
        return c != 0 || x.Equals(y) ? c : string.CompareOrdinal(Fingerprint(x), Fingerprint(y));
    }

    internal static string Fingerprint(Claim c) =>
        string.Join('\u001f', c.ToString(), Join(c.Claimant.RelayedBy), Join(c.Evidence.Citations.Select(i => i.ToString(CultureInfo.InvariantCulture))));

    internal static string Fingerprint(ConflictEvent e)
    {
        var sb = new StringBuilder(e.ToString());
        sb.Append('\u001f').Append(Join(e.Places)).Append('\u001f').Append(Join(e.PlaceKeys.Select(k => k ?? "\u0000")));
        sb.Append('\u001f').Append(Join(e.Actors.Select(a => a.ToString()))).Append('\u001f').Append(Join(e.ClaimIds));
        sb.Append('\u001f').Append(Join(e.Evidence.Citations.Select(i => i.ToString(CultureInfo.InvariantCulture))));
        return sb.ToString();
    }

    /// <summary>Sorts canonically and removes equal duplicates, in place semantics on a copy.</summary>
    internal static T[] SortDistinct<T>(IEnumerable<T> items, Comparison<T> order)
        where T : class
    {
        var array = items.ToArray();
        Array.Sort(array, order);
        return DistinctSorted(array);
    }

    /// <summary>Removes equal duplicates from a canonically sorted array (equal values are adjacent).</summary>
    internal static T[] DistinctSorted<T>(T[] sorted)
        where T : class
    {
        int firstDuplicate = -1;
        for (int i = 1; i < sorted.Length && firstDuplicate < 0; i++)
        {
            if (sorted[i].Equals(sorted[i - 1]))
            {
                firstDuplicate = i;
            }
        }

        if (firstDuplicate < 0)
        {
            return sorted;
        }

        var result = new List<T>(sorted.Length) { sorted[0] };
        for (int i = 1; i < sorted.Length; i++)
        {
            if (!sorted[i].Equals(result[^1]))
            {
                result.Add(sorted[i]);
            }
        }

        return result.Count == sorted.Length ? sorted : [.. result];
    }

    /// <summary>Merges two canonically sorted, distinct arrays into their sorted, distinct union in linear time.</summary>
    internal static T[] Union<T>(T[] a, T[] b, Comparison<T> order)
        where T : class
    {
        if (a.Length == 0)
        {
            return b;
        }

        if (b.Length == 0)
        {
            return a;
        }

        var result = new List<T>(a.Length + b.Length);
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            int c = order(a[i], b[j]);
            if (c < 0)
            {
                result.Add(a[i++]);
            }
            else if (c > 0)
            {
                result.Add(b[j++]);
            }
            else
            {
                result.Add(a[i++]);
                j++;
            }
        }

        while (i < a.Length)
        {
            result.Add(a[i++]);
        }

        while (j < b.Length)
        {
            result.Add(b[j++]);
        }

        return [.. result];
    }

    private static string Join(IEnumerable<string> items) => string.Join('\u001e', items);
}
