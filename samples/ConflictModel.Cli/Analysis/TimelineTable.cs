using System.Globalization;
using ConflictModel.Rendering;

namespace ConflictModel.Cli.Analysis;

/// <summary>Filters timeline rows and prints them as a readable table: dates as ranges, figures as low–high (best),
/// contested figures marked with who disagrees.</summary>
public static class TimelineTable
{
    /// <summary>Returns the rows ordered by earliest day (undated rows last), then id.</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>The ordered rows.</returns>
    public static IReadOnlyList<TimelineRow> Order(IEnumerable<TimelineRow> rows) =>
        rows.OrderBy(r => r.When.HasEarliest || r.When.HasLatest ? 0 : 1).ThenBy(r => r.When, UncertainDate.ByEarliest).ThenBy(r => r.Id, StringComparer.Ordinal).ToArray();

    /// <summary>Returns the rows matching the request without a registry: date overlap with [From, To], actor / place
    /// by case-insensitive substring of the names shown, kind by equality; ordered by earliest day, then id. For
    /// analyses that cannot filter alias-aware themselves.</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="request">The filters.</param>
    /// <returns>The matching rows.</returns>
    public static IReadOnlyList<TimelineRow> Filter(IEnumerable<TimelineRow> rows, AnalysisRequest request)
    {
        var window = UncertainDate.FromBounds(request.From, request.To);
        return rows
            .Where(r => (request.From is null && request.To is null) || r.When.Overlaps(window))
            .Where(r => request.Kind is null || r.Kind == request.Kind)
            .Where(r => request.Actors.Count == 0 || request.Actors.Any(a => r.Actors.Any(x => x.Contains(a, StringComparison.OrdinalIgnoreCase))))
            .Where(r => request.Places.Count == 0 || request.Places.Any(p => r.Places.Any(x => x.Contains(p, StringComparison.OrdinalIgnoreCase))))
            .OrderBy(r => r.When.HasEarliest || r.When.HasLatest ? 0 : 1).ThenBy(r => r.When, UncertainDate.ByEarliest)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Writes the table.</summary>
    /// <param name="rows">The rows, in order.</param>
    /// <param name="stdout">The output.</param>
    public static void Write(IReadOnlyList<TimelineRow> rows, TextWriter stdout)
    {
        const string Header = "WHEN                       KIND          EVENT";
        stdout.WriteLine(Header);
        stdout.WriteLine(new string('-', 100));
        foreach (var row in rows)
        {
            string when = DisplayText.Format(row.When.WithYearInferred(false)) + (row.When.YearInferred ? "*" : string.Empty);
            string kind = row.Kind.ToString().ToLowerInvariant();
            string mark = row.Contested ? " [CONTESTED]" : string.Empty;
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{when,-26} {kind,-13} {row.Label}{mark}"));
            string indent = new(' ', 41);
            if (row.Places.Count > 0)
            {
                stdout.WriteLine($"{indent}where: {string.Join("; ", row.Places)}");
            }

            if (row.Actors.Count > 0)
            {
                stdout.WriteLine($"{indent}who:   {string.Join("; ", row.Actors)}");
            }

            foreach (var f in row.Figures)
            {
                string line = $"{indent}{f.What}: {DisplayText.Format(f.Value)}";
                if (f.Contested)
                {
                    line += "  ! contested" + (f.Disagreement is { Length: > 0 } d ? ": " + d : string.Empty);
                }

                stdout.WriteLine(line);
            }

            if (row.Relation is { Length: > 0 } rel)
            {
                stdout.WriteLine($"{indent}{rel}");
            }

            if (row.Documents.Count > 0)
            {
                stdout.WriteLine($"{indent}sources: {string.Join(", ", row.Documents)}");
            }
        }

        int contested = rows.Count(r => r.Contested);
        stdout.WriteLine(new string('-', 100));
        if (rows.Any(r => r.When.YearInferred))
        {
            stdout.WriteLine("* year not written in the source; inferred from the document's context");
        }

        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{rows.Count} event{(rows.Count == 1 ? string.Empty : "s")}, {contested} with contested figures"));
    }

    /// <summary>Maps rows to the picture's items, laned by first place (<paramref name="laneByActor"/> false) or first
    /// actor, spellings of one place or actor sharing a lane (the registry's canonical name; a place's text before its
    /// first comma otherwise); contested items carry every disagreement as their note.</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="laneByActor">Whether to lane by actor.</param>
    /// <returns>The items.</returns>
    public static IReadOnlyList<TimelineItem> ToItems(IEnumerable<TimelineRow> rows, bool laneByActor) =>
        rows.Select(r => new TimelineItem(
            r.Id,
            r.Label,
            LaneName((laneByActor ? r.Actors : r.Places).FirstOrDefault(), laneByActor),
            r.When,
            r.Contested,
            r.Contested
                ? string.Join("; ", r.Figures.Where(f => f.Contested).Select(f => $"{f.What}: {f.Disagreement ?? DisplayText.Format(f.Value)}"))
                : r.Relation))
        .ToArray();

    /// <summary>Returns the lane of a place or actor name: the registry's canonical name when known, else the name (a
    /// place: its text before the first comma, so "Abu Kamal, Deir ez-Zor Governorate, Syria" is "Abu Kamal").</summary>
    /// <param name="name">The name, or <see langword="null"/>.</param>
    /// <param name="actor">Whether it is an actor.</param>
    /// <returns>The lane.</returns>
    public static string LaneName(string? name, bool actor)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return actor ? "(no actor)" : "(no place)";
        }

        string text = name.Trim();
        if (!actor && text.IndexOf(',', StringComparison.Ordinal) is > 0 and var comma)
        {
            text = text[..comma].Trim();
        }

        return ConflictModel.Recognition.EntityRegistry.Default.Resolve(text)?.CanonicalName ?? text;
    }
}
