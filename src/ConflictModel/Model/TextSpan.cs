namespace ConflictModel;

/// <summary>
/// A half-open range of characters <c>[Start, End)</c> in a source text. Equality is by value.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public readonly record struct TextSpan
{
    /// <summary>Creates a span from its start and length.</summary>
    /// <param name="start">The index of the first character; not negative.</param>
    /// <param name="length">The number of characters; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, or the end overflows.</exception>
    public TextSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (length > int.MaxValue - start)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, $"start ({start}) + length ({length}) must not exceed {int.MaxValue}.");
        }

        Start = start;
        Length = length;
    }

    /// <summary>Gets the index of the first character.</summary>
    public int Start { get; }

    /// <summary>Gets the number of characters.</summary>
    public int Length { get; }

    /// <summary>Gets the index one past the last character.</summary>
    public int End => Start + Length;

    /// <summary>Creates a span from its start and end indexes.</summary>
    /// <param name="start">The first index.</param>
    /// <param name="end">One past the last index; not before <paramref name="start"/>.</param>
    /// <returns>The span.</returns>
    public static TextSpan FromBounds(int start, int end)
    {
        if (end < start)
        {
            throw new ArgumentException($"end ({end}) must not be before start ({start}).", nameof(end));
        }

        return new TextSpan(start, end - start);
    }

    /// <summary>Returns whether <paramref name="other"/> lies wholly inside this span.</summary>
    /// <param name="other">The other span.</param>
    /// <returns><see langword="true"/> when contained.</returns>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Returns the text this span covers in <paramref name="text"/>.</summary>
    /// <param name="text">The source text.</param>
    /// <returns>The covered substring.</returns>
    public string Slice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, Length);
    }

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}..{End})";
}
