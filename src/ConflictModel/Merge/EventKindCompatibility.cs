namespace ConflictModel.Merge;

/// <summary>
/// Which event kinds may describe the same happening: an attack, an assault and an offensive may; a capture and a
/// recapture may not (one side takes a place, the other takes it back).
/// </summary>
/// <remarks>Pure and thread-safe. The table is symmetric.</remarks>
public static class EventKindCompatibility
{
    private static readonly (EventKind A, EventKind B, double Score)[] Table =
    [
        (EventKind.Attack, EventKind.Offensive, 0.8),
        (EventKind.Attack, EventKind.Battle, 0.8),
        (EventKind.Attack, EventKind.Clashes, 0.8),
        (EventKind.Attack, EventKind.Ambush, 0.8),
        (EventKind.Battle, EventKind.Clashes, 0.9),
        (EventKind.Battle, EventKind.Offensive, 0.7),
        (EventKind.Clashes, EventKind.Offensive, 0.6),
        (EventKind.Siege, EventKind.Offensive, 0.6),
        (EventKind.Siege, EventKind.Battle, 0.6),
        (EventKind.Capture, EventKind.Offensive, 0.6),
        (EventKind.Capture, EventKind.Attack, 0.6),
        (EventKind.Capture, EventKind.Battle, 0.6),
        (EventKind.Capture, EventKind.Retreat, 0.6),
        (EventKind.Recapture, EventKind.Attack, 0.6),
        (EventKind.Recapture, EventKind.Battle, 0.6),
        (EventKind.Recapture, EventKind.Offensive, 0.6),
        (EventKind.Recapture, EventKind.Retreat, 0.6),
        (EventKind.Bombing, EventKind.Attack, 0.7),
        (EventKind.Airstrike, EventKind.Shelling, 0.5),
        (EventKind.Execution, EventKind.Assassination, 0.6),
    ];

    /// <summary>Returns how compatible two kinds are: 1 when equal, 0.5 when either is unknown, the table's score
    /// for related kinds, 0 otherwise.</summary>
    /// <param name="a">One kind.</param>
    /// <param name="b">The other kind.</param>
    /// <returns>A score from 0 to 1.</returns>
    public static double Score(EventKind a, EventKind b)
    {
        if (a == b)
        {
            return 1.0;
        }

        if (a == EventKind.Unknown || b == EventKind.Unknown)
        {
            return 0.5;
        }

        foreach (var (x, y, score) in Table)
        {
            if ((x == a && y == b) || (x == b && y == a))
            {
                return score;
            }
        }

        return 0.0;
    }

    /// <summary>Returns whether events of this kind last and contain others (an offensive, a siege, a battle, a
    /// conflict).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> for container kinds.</returns>
    public static bool IsContainer(EventKind kind) =>
        kind is EventKind.Offensive or EventKind.Siege or EventKind.Conflict or EventKind.Battle;
}
