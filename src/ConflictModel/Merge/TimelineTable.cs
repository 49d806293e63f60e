using System.Globalization;
using System.Text;

namespace ConflictModel.Merge;

/// <summary>
/// Renders merged events as a plain-text table: dates as ranges, killed figures as <c>low–high (best)</c> per group
/// counted, contested figures marked with who says what, and relations to summaries and containing events.
/// </summary>
/// <remarks>Columns: when, kind, where, who, killed, sources, notes. Pure and thread-safe.</remarks>
public static class TimelineTable
{
    private const int MaxCell = 48;

    /// <summary>Renders the events, one row each, in the order given.</summary>
    /// <param name="events">The events.</param>
    /// <returns>The table, lines ending in a line feed.</returns>
    public static string Render(IEnumerable<MergedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var rows = new List<string[]> { new[] { "when", "kind", "where", "who", "killed", "sources", "notes" } };
        foreach (var e in events)
        {
            rows.Add(
            [
                FormatDates(e.When),
                e.Kind.ToString().ToLowerInvariant(),
                Cut(string.Join(", ", e.Places)),
                Cut(string.Join(", ", e.Actors.Select(a => a.Names.Count > 0 ? a.Names[0] : a.Key))),
                Cut(string.Join("; ", e.Assessments.Where(a => a.Subject.Category == CasualtyCategory.Killed).Select(a => $"{a.WhoKey ?? "?"} {FormatFigure(a)}"))),
                e.Documents.Count().ToString(CultureInfo.InvariantCulture),
                Notes(e),
            ]);
        }

        var widths = new int[rows[0].Length];
        foreach (var row in rows)
        {
            for (int i = 0; i < row.Length - 1; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        var sb = new StringBuilder();
        foreach (var row in rows)
        {
            for (int i = 0; i < row.Length; i++)
            {
                sb.Append(i < row.Length - 1 ? row[i].PadRight(widths[i] + 2) : row[i]);
            }

            TrimEnd(sb);
            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Formats an uncertain date as a range: <c>2014-07-01</c>, <c>2014-07-01 – 2014-07-03</c>,
    /// <c>… – 2014-06-10</c>, <c>2014-04-10 – …</c>, or <c>?</c> when unknown.</summary>
    /// <param name="when">The date.</param>
    /// <returns>The text.</returns>
    public static string FormatDates(UncertainDate when)
    {
        var ci = CultureInfo.InvariantCulture;
        string? start = when.Earliest?.ToString("uuuu-MM-dd", ci);
        string? end = when.Latest?.ToString("uuuu-MM-dd", ci);
        return (start, end) switch
        {
            (null, null) => "?",
            ({ } s, { } e) when s == e => s,
            _ => $"{start ?? "…"} – {end ?? "…"}",
        };
    }

    /// <summary>Formats an assessment's figure as <c>low–high (best)</c>: <c>45</c>, <c>43–51 (51)</c>, <c>45+ (45)</c>;
    /// with a <c>!</c> when contested or denied.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The text.</returns>
    public static string FormatFigure(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var ci = CultureInfo.InvariantCulture;
        string range = assessment.High is null ? $"{assessment.Low.ToString(ci)}+"
            : assessment.High == assessment.Low ? assessment.Low.ToString(ci)
            : $"{assessment.Low.ToString(ci)}–{assessment.High.Value.ToString(ci)}";
        string best = assessment.Best is { } b && !(assessment.High == assessment.Low && b == assessment.Low) ? $" ({b.ToString(ci)})" : string.Empty;
        return range + best + (assessment.IsDisputed ? "!" : string.Empty);
    }

    private static string Notes(MergedEvent e)
    {
        var notes = new List<string>();
        foreach (var a in e.Assessments.Where(a => a.IsDisputed))
        {
            var voices = a.Contributions
                .Where(c => c.Weight > 0 || c.Claim.Stance == ClaimStance.Denied)
                .Select(c => c.Claim.Stance == ClaimStance.Denied ? $"{c.Claim.Claimant.Name} denies" : $"{c.Claim.Claimant.Name} {c.Claim.Quantity}")
                .Distinct(StringComparer.Ordinal);
            notes.Add($"{(a.Status == AssessmentStatus.Denied ? "DENIED" : "CONTESTED")} {a.WhoKey ?? "?"}: {string.Join(" vs ", voices)}");
        }

        int summarises = e.Relations.Count(r => r.Kind == EventRelationKind.Summarises);
        if (summarises > 0)
        {
            notes.Add($"summarises {summarises.ToString(CultureInfo.InvariantCulture)}");
        }

        if (e.Relations.Any(r => r.Kind == EventRelationKind.SummarisedBy))
        {
            notes.Add("summarised");
        }

        if (e.Relations.Any(r => r.Kind == EventRelationKind.PartOf))
        {
            notes.Add("part of " + string.Join(", ", e.Relations.Where(r => r.Kind == EventRelationKind.PartOf).Select(r => r.OtherId)));
        }

        return string.Join("; ", notes);
    }

    private static string Cut(string text) => text.Length <= MaxCell ? text : text[..(MaxCell - 1)] + "…";

    private static void TrimEnd(StringBuilder sb)
    {
        while (sb.Length > 0 && sb[^1] == ' ')
        {
            sb.Length--;
        }
    }
}
