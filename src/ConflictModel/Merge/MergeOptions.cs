namespace ConflictModel.Merge;

/// <summary>Options of a merge: the reconciliation policy, the name key function and the matching options.</summary>
/// <remarks>Timelines merge only when their options are equal. Equality is by value (the key function by
/// reference). Immutable and thread-safe.</remarks>
public sealed record MergeOptions
{
    /// <summary>Gets the default options: <see cref="ReconciliationPolicy.UcdpLike"/>, the built-in name key,
    /// <see cref="EventMatchOptions.Default"/>.</summary>
    public static MergeOptions Default { get; } = new();

    /// <summary>Gets the policy that reconciles claims. Defaults to <see cref="ReconciliationPolicy.UcdpLike"/>.</summary>
    public ReconciliationPolicy Policy { get; init; } = ReconciliationPolicy.UcdpLike;

    /// <summary>Gets the function that turns an actor, place or group name (or a registry key) into a comparison key.
    /// Defaults to the id of the built-in entity registry's entity the name resolves to by alias ("ISIS" and "ISIL"
    /// are one; "Albu Kamal" and "Abu Kamal" are one), otherwise its spelling-insensitive registry key; pass a
    /// function over a larger registry (or any alias table) to match more spellings.</summary>
    public Func<string, string> NameKey { get; init; } = NameKeys.Default;

    /// <summary>Gets the event matching options.</summary>
    public EventMatchOptions Matching { get; init; } = EventMatchOptions.Default;
}

/// <summary>How events are matched across documents.</summary>
/// <param name="SameAsThreshold">The score from which two reports are the same event (0 to 1).</param>
/// <param name="MaxOpenDays">How far an open-ended date ("by 10 June", "since 10 April") reaches, in days.</param>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public sealed record EventMatchOptions(double SameAsThreshold = 0.78, int MaxOpenDays = 92)
{
    /// <summary>Gets the default options.</summary>
    public static EventMatchOptions Default { get; } = new();

    /// <summary>Returns how many days a date of this precision is widened by on each side when looking for
    /// candidates: 0 for a day, 1 for a few days, 2 for a week, 3 for a part of a month, 7 for a month, 15 for a
    /// season or quarter, 30 for longer.</summary>
    /// <param name="precision">The precision.</param>
    /// <returns>The number of days.</returns>
    public static int WideningDays(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => 0,
        DatePrecision.Days => 1,
        DatePrecision.Week => 2,
        DatePrecision.MonthPart => 3,
        DatePrecision.Month => 7,
        DatePrecision.Season or DatePrecision.Quarter => 15,
        DatePrecision.HalfYear or DatePrecision.Year or DatePrecision.Decade => 30,
        _ => 1,
    };
}
