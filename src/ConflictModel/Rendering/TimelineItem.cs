namespace ConflictModel.Rendering;

/// <summary>
/// One event as the timeline picture draws it: a bar over every possible day of <see cref="When"/> (a tick when it
/// is a single day), in the lane <see cref="Lane"/>, with a red marker when a figure about it is contested.
/// </summary>
/// <param name="Id">A stable id, written to the drawing as <c>data-id</c>; also the last sort key.</param>
/// <param name="Label">The text beside the mark (escaped on output).</param>
/// <param name="Lane">The lane: a place or an actor. Items with the same lane are drawn together.</param>
/// <param name="When">Every day on which it may have happened; open ends are drawn fading to the axis edge.</param>
/// <param name="Contested">Whether a figure about it is contested.</param>
/// <param name="Note">Who disagrees about what (the contested marker's tooltip), or any other note; may be
/// <see langword="null"/>.</param>
/// <remarks>This render model does not depend on the merge engine: callers map their events to it.
/// Equality is by value. Immutable and thread-safe.</remarks>
public sealed record TimelineItem(string Id, string Label, string Lane, UncertainDate When, bool Contested, string? Note = null);
