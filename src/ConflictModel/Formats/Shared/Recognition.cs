namespace ConflictModel.Formats;

/// <summary>The one bridge from the readers to the shared recognisers (dates, casualty cells). Readers never parse
/// dates or numbers themselves; when <see cref="ReadOptions.RecognizeCells"/> is false nothing is typed.</summary>
internal static class Recognition
{
    /// <summary>Types an infobox date cell, or returns <see langword="null"/>.</summary>
    public static UncertainPeriod? Period(string text, ReadOptions options, List<Diagnostic> diagnostics, int line)
    {
        _ = text;
        _ = options;
        _ = diagnostics;
        _ = line;
        return null;
    }

    /// <summary>Types a strength or casualty cell.</summary>
    public static EquatableArray<CasualtyFigure> Figures(string cell, bool isStrength, ReadOptions options)
    {
        _ = cell;
        _ = isStrength;
        _ = options;
        return EquatableArray<CasualtyFigure>.Empty;
    }

    /// <summary>Types a date written alone (a reference date), or returns <see langword="null"/>.</summary>
    public static UncertainDate? Date(string text, ReadOptions options)
    {
        _ = text;
        _ = options;
        return null;
    }
}
