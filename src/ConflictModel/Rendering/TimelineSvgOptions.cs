namespace ConflictModel.Rendering;

/// <summary>Layout options for <see cref="TimelineSvg"/> and <see cref="TimelineHtml"/>.</summary>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public sealed record TimelineSvgOptions
{
    /// <summary>Gets the options used when none are given.</summary>
    public static TimelineSvgOptions Default { get; } = new();

    /// <summary>Gets the title drawn at the top, or <see langword="null"/> for none.</summary>
    public string? Title { get; init; } = "Timeline";

    /// <summary>Gets the total width in pixels (at least 400).</summary>
    public int Width { get; init; } = 1100;

    /// <summary>Gets the width of the lane-name column in pixels.</summary>
    public int LaneLabelWidth { get; init; } = 170;

    /// <summary>Gets the height of one row of marks in pixels.</summary>
    public int RowHeight { get; init; } = 22;

    /// <summary>Gets the first day shown, or <see langword="null"/> to start at the earliest item. The axis starts on the
    /// first day of this day's month; bars reaching further back are cut there and marked (<c>clipped-start</c>).</summary>
    public NodaTime.LocalDate? From { get; init; }

    /// <summary>Gets the last day shown, or <see langword="null"/> to end at the latest item. The axis ends on the last
    /// day of this day's month; bars reaching further are cut there and marked (<c>clipped-end</c>).</summary>
    public NodaTime.LocalDate? To { get; init; }

    /// <summary>Gets the longest label drawn, in characters; longer labels are shortened with an ellipsis (the full
    /// text stays in the tooltip).</summary>
    public int MaxLabelLength { get; init; } = 48;
}
