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

    /// <summary>Gets the longest label drawn, in characters; longer labels are shortened with an ellipsis (the full
    /// text stays in the tooltip).</summary>
    public int MaxLabelLength { get; init; } = 48;
}
