namespace ConflictModel.Tests.Support;

/// <summary>Maps the gold files' casualty category names (shared/gold/README.md) to <see cref="CasualtyCategory"/>.</summary>
public static class GoldCategories
{
    /// <summary>Returns the category for a gold name, or null when the gold name has no counterpart.</summary>
    public static CasualtyCategory? Map(string gold) => gold switch
    {
        "killed" or "civilians killed" or "unidentified killed" or "total killed" or "combatants killed (additional, estimated)"
            or "civilians killed (additional, estimated)" => CasualtyCategory.Killed,
        "wounded" => CasualtyCategory.Wounded,
        "executed" => CasualtyCategory.Executed,
        "captured" => CasualtyCategory.Captured,
        "missing" => CasualtyCategory.Missing,
        "arrested" => CasualtyCategory.Arrested,
        "displaced" => CasualtyCategory.Displaced,
        "casualties" => CasualtyCategory.Casualties,
        "killed or missing" => CasualtyCategory.KilledOrMissing,
        "killed and wounded" => CasualtyCategory.KilledAndWounded,
        "strength" => CasualtyCategory.Strength,
        "population" => CasualtyCategory.Population,
        "suicide attacks" => CasualtyCategory.Attacks,
        "territorial control (percent)" => CasualtyCategory.TerritorialControlPercent,
        _ => null,
    };
}
