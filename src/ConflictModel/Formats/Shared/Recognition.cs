using ConflictModel.Recognition;

namespace ConflictModel.Formats;

/// <summary>The one bridge from the readers to the shared recognisers (dates, casualty cells). Readers never parse
/// dates or numbers themselves; when <see cref="ReadOptions.RecognizeCells"/> is false nothing is typed.</summary>
internal static class Recognition
{
    private static DateContext Context(ReadOptions options) =>
        options.ReferenceDate is { } r ? new DateContext(DateAnchorMode.Narrative, r) : DateContext.Default;

    /// <summary>Types an infobox date cell, or returns <see langword="null"/>.</summary>
    public static UncertainPeriod? Period(string text, ReadOptions options, List<Diagnostic> diagnostics, int line)
    {
        try
        {
            var p = DateRecognizer.Default.ParsePeriod(text, Context(options));
            if (p is null && text.Length > 0)
            {
                diagnostics.Add(new Diagnostic(line, 1, DiagnosticSeverity.Warning, $"infobox date '{text}' not recognised; kept as text", "CM0401"));
            }

            return p;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            diagnostics.Add(new Diagnostic(line, 1, DiagnosticSeverity.Warning, $"infobox date '{text}' not recognised ({ex.Message}); kept as text", "CM0401"));
            return null;
        }
    }

    /// <summary>Types a strength or casualty cell.</summary>
    public static EquatableArray<CasualtyFigure> Figures(string cell, bool isStrength, ReadOptions options)
    {
        _ = options;
        try
        {
            return CasualtyRecognizer.Default.ParseCell(cell, isStrength).ToEquatableArray();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return EquatableArray<CasualtyFigure>.Empty;
        }
    }

    /// <summary>Types a date written alone (a reference date), or returns <see langword="null"/>: the first resolved
    /// mention that is a single day, month or year.</summary>
    public static UncertainDate? Date(string text, ReadOptions options)
    {
        try
        {
            foreach (var m in DateRecognizer.Default.Recognize(text, Context(options)))
            {
                if (m.IsResolved && m.Kind is not (DateMentionKind.Duration or DateMentionKind.Relative))
                {
                    return m.Date;
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }

        return null;
    }
}
