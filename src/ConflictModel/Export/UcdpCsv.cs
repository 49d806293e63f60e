using System.Globalization;
using System.Text;
using ConflictModel.Merge;

namespace ConflictModel.Export;

/// <summary>Options of the UCDP GED CSV export.</summary>
/// <param name="StateActorKeys">Keys of state actors (a state side makes an event state-based, type 1); when
/// <see langword="null"/>, keys containing "army", "government" or "regime" count as states.</param>
/// <remarks>Equality is by value.</remarks>
public sealed record UcdpCsvOptions(EquatableArray<string>? StateActorKeys = null)
{
    /// <summary>Gets the default options.</summary>
    public static UcdpCsvOptions Default { get; } = new();
}

/// <summary>
/// Writes merged events as CSV with UCDP GED's column names: <c>id, date_start, date_end, date_prec,
/// type_of_violence, side_a, side_b, deaths_a, deaths_b, deaths_civilians, deaths_unknown, low, best, high,
/// source_article, source_original, where_description, number_of_sources</c>.
/// </summary>
/// <remarks>
/// <para>One row per merged event. Deaths come from the event's assessments of killed people: a group counted
/// whose key is civilians', side A's or side B's goes to that column, any other to <c>deaths_unknown</c>; each
/// assessment adds its Best (its Low when it has none). <c>low</c>/<c>best</c>/<c>high</c> sum the assessments' Low,
/// Best (else Low) and High (else Best, else Low). <c>type_of_violence</c>: 3 (one-sided) for executions of
/// civilians, 1 (state-based) when a side is a state actor, otherwise 2 (non-state).
/// <c>source_article</c> lists the documents, <c>source_original</c> the primary claimants of counted figures.</para>
/// <para>RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled, records end in CRLF;
/// invariant culture. Thread-safe.</para>
/// </remarks>
public static class UcdpCsv
{
    /// <summary>The column names, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "date_start", "date_end", "date_prec", "type_of_violence", "side_a", "side_b", "deaths_a", "deaths_b",
        "deaths_civilians", "deaths_unknown", "low", "best", "high", "source_article", "source_original",
        "where_description", "number_of_sources",
    ];

    private static readonly HashSet<string> CivilianKeys = new(StringComparer.Ordinal) { "civilians", "civilian" };

    /// <summary>Writes the header and one row per event.</summary>
    /// <param name="events">The events.</param>
    /// <param name="writer">The writer.</param>
    /// <param name="options">The options; defaults when <see langword="null"/>.</param>
    public static void Write(IEnumerable<MergedEvent> events, TextWriter writer, UcdpCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(writer);
        var o = options ?? UcdpCsvOptions.Default;
        WriteRecord(writer, Columns);
        foreach (var e in events)
        {
            WriteRecord(writer, Row(e, o));
        }
    }

    /// <summary>Returns the CSV text of a timeline's events.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="options">The options; defaults when <see langword="null"/>.</param>
    /// <returns>The CSV text.</returns>
    public static string ToCsv(MergedTimeline timeline, UcdpCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(timeline.Events, writer, options);
        return writer.ToString();
    }

    /// <summary>Quotes a field as RFC 4180 requires.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The field, quoted when it holds a comma, a quote or a line break.</returns>
    public static string Quote(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }

    private static void WriteRecord(TextWriter writer, IReadOnlyList<string> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Quote(fields[i]));
        }

        writer.Write("\r\n");
    }

    private static string[] Row(MergedEvent e, UcdpCsvOptions o)
    {
        var ci = CultureInfo.InvariantCulture;
        var sideA = e.Actors.FirstOrDefault(a => a.Role == ActorRole.Initiator) ?? e.Actors.FirstOrDefault();
        var sideB = e.Actors.FirstOrDefault(a => a.Role == ActorRole.Target && a != sideA) ?? e.Actors.FirstOrDefault(a => a != sideA);
        long deathsA = 0, deathsB = 0, civilians = 0, unknown = 0, low = 0, best = 0, high = 0;
        var claimants = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var a in e.Assessments)
        {
            if (a.Subject.Category != CasualtyCategory.Killed)
            {
                continue;
            }

            long value = a.Best ?? a.Low;
            low += a.Low;
            best += value;
            high += a.High ?? value;
            string? who = a.WhoKey;
            if (who is not null && CivilianKeys.Contains(who))
            {
                civilians += value;
            }
            else if (sideA is not null && who == sideA.Key)
            {
                deathsA += value;
            }
            else if (sideB is not null && who == sideB.Key)
            {
                deathsB += value;
            }
            else
            {
                unknown += value;
            }

            foreach (var c in a.CountedClaims)
            {
                claimants.Add(c.Claimant.Name);
            }
        }

        bool oneSided = e.Kind == EventKind.Execution && (sideB is null || CivilianKeys.Contains(sideB.Key));
        bool state = e.Actors.Any(a => IsState(a.Key, o));
        var documents = e.Documents.ToList();
        return
        [
            e.Id,
            e.When.Earliest?.ToString("uuuu-MM-dd", ci) ?? string.Empty,
            e.When.Latest?.ToString("uuuu-MM-dd", ci) ?? string.Empty,
            e.When.ToUcdpDatePrecision().ToString(ci),
            (oneSided ? 3 : state ? 1 : 2).ToString(ci),
            sideA?.Names.FirstOrDefault() ?? string.Empty,
            sideB?.Names.FirstOrDefault() ?? string.Empty,
            deathsA.ToString(ci),
            deathsB.ToString(ci),
            civilians.ToString(ci),
            unknown.ToString(ci),
            low.ToString(ci),
            best.ToString(ci),
            high.ToString(ci),
            string.Join("; ", documents),
            string.Join("; ", claimants),
            string.Join(", ", e.Places),
            documents.Count.ToString(ci),
        ];
    }

    private static bool IsState(string key, UcdpCsvOptions o) =>
        o.StateActorKeys is { } keys
            ? keys.AsImmutableArray().Contains(key, StringComparer.Ordinal)
            : key.Contains("army", StringComparison.Ordinal) || key.Contains("government", StringComparison.Ordinal) || key.Contains("regime", StringComparison.Ordinal);
}
