namespace ConflictModel;

/// <summary>The kind of an event.</summary>
public enum EventKind
{
    /// <summary>Not determined.</summary>
    Unknown = 0,
    /// <summary>An offensive or campaign.</summary>
    Offensive,
    /// <summary>A battle.</summary>
    Battle,
    /// <summary>Armed clashes.</summary>
    Clashes,
    /// <summary>A siege.</summary>
    Siege,
    /// <summary>An assault or attack.</summary>
    Attack,
    /// <summary>Capture of a place.</summary>
    Capture,
    /// <summary>Recapture of a place.</summary>
    Recapture,
    /// <summary>A retreat or withdrawal.</summary>
    Retreat,
    /// <summary>A suicide or car bombing.</summary>
    Bombing,
    /// <summary>An airstrike.</summary>
    Airstrike,
    /// <summary>Shelling.</summary>
    Shelling,
    /// <summary>An execution or massacre.</summary>
    Execution,
    /// <summary>An assassination.</summary>
    Assassination,
    /// <summary>An ambush.</summary>
    Ambush,
    /// <summary>A defection.</summary>
    Defection,
    /// <summary>A truce or agreement.</summary>
    Truce,
    /// <summary>Reinforcement of a force.</summary>
    Reinforcement,
    /// <summary>A conflict (a war or an inter-group conflict).</summary>
    Conflict,
}
