using System.Diagnostics.Contracts;

namespace ConflictModel;

/// <summary>
/// Something that lasts: a start and an end <see cref="UncertainDate"/> ("10 April – 14 July 2014"). The end may be
/// open (<see cref="IsOngoing"/>: "2 January 2014 – ongoing").
/// </summary>
/// <remarks>
/// <para>The default value has an unknown start, no end and is not ongoing. An end whose latest day lies before the
/// start's earliest day is rejected.</para>
/// <para>Equality is by value over every property, <see cref="Text"/> included. There is no natural ordering.
/// This type is immutable and thread-safe.</para>
/// </remarks>
public readonly record struct UncertainPeriod
{
    /// <summary>Creates a period.</summary>
    /// <param name="start">When it began.</param>
    /// <param name="end">When it ended, or <see langword="null"/> when ongoing or unknown.</param>
    /// <param name="isOngoing">Whether the source says it is still going on.</param>
    /// <param name="text">The original text.</param>
    /// <exception cref="ArgumentException">The end's latest day is before the start's earliest day.</exception>
    public UncertainPeriod(UncertainDate start, UncertainDate? end, bool isOngoing = false, string? text = null)
    {
        if (end is { } e && start.Earliest is { } s && e.Latest is { } l && l < s)
        {
            throw new ArgumentException($"end ({Edtf.Format(e)}) must not be before start ({Edtf.Format(start)}).", nameof(end));
        }

        if (isOngoing && end is not null)
        {
            throw new ArgumentException($"isOngoing (true) requires no end, but end is {Edtf.Format(end.Value)}.", nameof(isOngoing));
        }

        Start = start;
        End = end;
        IsOngoing = isOngoing;
        Text = text;
    }

    /// <summary>Gets when it began.</summary>
    public UncertainDate Start { get; }

    /// <summary>Gets when it ended, or <see langword="null"/> when ongoing or unknown.</summary>
    public UncertainDate? End { get; }

    /// <summary>Gets whether the source says it is still going on.</summary>
    public bool IsOngoing { get; }

    /// <summary>Gets the original text.</summary>
    public string? Text { get; }

    /// <summary>Gets every day on which the period may have been in progress, as one uncertain date
    /// (from the start's earliest to the end's latest).</summary>
    public UncertainDate Extent => UncertainDate.FromBounds(Start.Earliest, End?.Latest);

    /// <summary>Creates a period that started at <paramref name="start"/> and is still going on.</summary>
    /// <param name="start">When it began.</param>
    /// <param name="text">The original text.</param>
    /// <returns>The period, with no end and <see cref="IsOngoing"/> set.</returns>
    public static UncertainPeriod Ongoing(UncertainDate start, string? text = null) => new(start, null, true, text);

    /// <summary>Returns whether the period may have been in progress on <paramref name="day"/> (its extent contains it).</summary>
    /// <param name="day">The day.</param>
    /// <returns><see langword="true"/> when possible.</returns>
    [Pure]
    public bool Contains(NodaTime.LocalDate day) => Extent.Contains(day);

    /// <summary>Returns a copy with <see cref="Text"/> replaced.</summary>
    /// <param name="text">The original text.</param>
    /// <returns>The new value.</returns>
    [Pure]
    public UncertainPeriod WithText(string? text) => new(Start, End, IsOngoing, text);

    /// <inheritdoc/>
    public override string ToString() => Edtf.Format(this);
}
