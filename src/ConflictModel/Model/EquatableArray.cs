using System.Collections;
using System.Collections.Immutable;

namespace ConflictModel;

/// <summary>
/// An immutable array with structural (element-wise) equality, so that records holding lists compare by value.
/// The default value is an empty array.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>This type is immutable and thread-safe.</remarks>
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Creates an array from the given items.</summary>
    /// <param name="items">The items, copied.</param>
    public EquatableArray(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = items.ToImmutableArray();
    }

    /// <summary>Creates an array from an immutable array.</summary>
    /// <param name="items">The items.</param>
    public EquatableArray(ImmutableArray<T> items) => _items = items.IsDefault ? ImmutableArray<T>.Empty : items;

    /// <summary>Gets the empty array.</summary>
    public static EquatableArray<T> Empty => new(ImmutableArray<T>.Empty);

    /// <summary>Gets the items as an immutable array.</summary>
    public ImmutableArray<T> AsImmutableArray() => _items.IsDefault ? ImmutableArray<T>.Empty : _items;

    /// <summary>Gets the number of items.</summary>
    public int Count => _items.IsDefault ? 0 : _items.Length;

    /// <summary>Gets the item at an index.</summary>
    /// <param name="index">The index.</param>
    public T this[int index] => AsImmutableArray()[index];

    /// <summary>Returns whether both arrays hold equal items in the same order.</summary>
    /// <param name="other">The other array.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(EquatableArray<T> other) =>
        AsImmutableArray().AsSpan().SequenceEqual(other.AsImmutableArray().AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsImmutableArray())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns an enumerator over the items.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => AsImmutableArray().GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)AsImmutableArray()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)AsImmutableArray()).GetEnumerator();

    /// <summary>Compares two arrays element-wise.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Compares two arrays element-wise.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <summary>Wraps an immutable array.</summary>
    /// <param name="items">The items.</param>
    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) => new(items);

    /// <summary>Wraps an array (copied).</summary>
    /// <param name="items">The items.</param>
    public static implicit operator EquatableArray<T>(T[] items) => new(ImmutableArray.Create(items));
}

/// <summary>Creates <see cref="EquatableArray{T}"/> values.</summary>
public static class EquatableArray
{
    /// <summary>Creates an array from items.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The items.</param>
    /// <returns>The array.</returns>
    public static EquatableArray<T> Create<T>(params T[] items) => new(ImmutableArray.Create(items));

    /// <summary>Copies a sequence into an equatable array.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The items.</param>
    /// <returns>The array.</returns>
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) => new(items);
}
