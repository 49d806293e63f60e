namespace ConflictModel;

/// <summary>What a counted figure counts. Casualty categories first, then other quantities a claim may be about.</summary>
public enum CasualtyCategory
{
    /// <summary>Killed (dead, died, death toll).</summary>
    Killed = 0,
    /// <summary>Wounded or injured.</summary>
    Wounded,
    /// <summary>Captured or taken prisoner.</summary>
    Captured,
    /// <summary>Missing.</summary>
    Missing,
    /// <summary>Executed.</summary>
    Executed,
    /// <summary>Kidnapped or abducted.</summary>
    Kidnapped,
    /// <summary>Arrested or detained.</summary>
    Arrested,
    /// <summary>Displaced or fled.</summary>
    Displaced,
    /// <summary>Casualties with killed and wounded not separated.</summary>
    Casualties,
    /// <summary>Killed or missing, not separated.</summary>
    KilledOrMissing,
    /// <summary>Killed and wounded, stated together.</summary>
    KilledAndWounded,
    /// <summary>Not a casualty: a force's strength (fighters, soldiers, reinforcements).</summary>
    Strength,
    /// <summary>Not a casualty: a population count (people living somewhere).</summary>
    Population,
    /// <summary>Not a casualty: a count of attacks (e.g. suicide attacks).</summary>
    Attacks,
    /// <summary>Not a casualty: a percentage of territory controlled.</summary>
    TerritorialControlPercent,
    /// <summary>Something else that is counted.</summary>
    Other,
}
