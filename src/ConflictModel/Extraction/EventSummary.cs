namespace ConflictModel.Extraction;

/// <summary>One side (infobox column) of a summary event.</summary>
/// <param name="Column">The 0-based column.</param>
/// <param name="Combatants">The combatants, with registry keys where known.</param>
/// <param name="Commanders">Commanders as "Name (role)".</param>
/// <param name="CommandersKilledInAction">Commanders marked killed in action.</param>
/// <param name="Units">Units in order.</param>
/// <param name="StrengthClaimIds">The side's strength claims.</param>
/// <param name="CasualtyClaimIds">The side's casualty claims.</param>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public sealed record SummarySide(
    int Column,
    EquatableArray<EventActor> Combatants,
    EquatableArray<string> Commanders,
    EquatableArray<string> CommandersKilledInAction,
    EquatableArray<string> Units,
    EquatableArray<string> StrengthClaimIds,
    EquatableArray<string> CasualtyClaimIds);

/// <summary>
/// The event a whole document is about (from its infobox or front matter): the event itself, its result, the
/// conflicts it is part of, its sides and the casualty claims that belong to no single side.
/// </summary>
/// <param name="Event">The summary event.</param>
/// <param name="Result">The result line, when stated.</param>
/// <param name="ResultDetails">The result bullets.</param>
/// <param name="PartOf">The larger conflicts it is part of.</param>
/// <param name="Sides">The sides in column order.</param>
/// <param name="SharedCasualtyClaimIds">Claims for civilians, unidentified people and totals.</param>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public sealed record EventSummary(
    ConflictEvent Event,
    string? Result,
    EquatableArray<string> ResultDetails,
    EquatableArray<string> PartOf,
    EquatableArray<SummarySide> Sides,
    EquatableArray<string> SharedCasualtyClaimIds);
