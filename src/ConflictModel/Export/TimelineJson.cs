using System.Globalization;
using System.Text.Json;
using ConflictModel.Merge;
using ConflictModel.Serialization;

namespace ConflictModel.Export;

/// <summary>
/// JSON forms of merged events: JSON Lines (one merged event per line) and one document with <c>schemaVersion</c>,
/// <c>events</c> and <c>contested</c> (the <c>merge</c> verb's output), written with
/// <see cref="ConflictModelJson.Options"/>: property names are camelCase, enums are camelCase strings, dates are ISO
/// 8601 (<c>null</c> when open), numbers are invariant.
/// </summary>
/// <remarks>The output depends only on the timeline, so it is identical for documents given in any order.
/// Thread-safe.</remarks>
public static class TimelineJson
{
    /// <summary>The schema version of the JSON written (the library-wide <see cref="ConflictModelJson.SchemaVersion"/>).</summary>
    public const string SchemaVersion = ConflictModelJson.SchemaVersion;

    private static JsonSerializerOptions Compact => ConflictModelJson.Options;

    private static JsonSerializerOptions Indented => ConflictModelJson.IndentedOptions;

    /// <summary>Writes one JSON object per merged event, one per line (JSON Lines), in timeline order.</summary>
    /// <param name="events">The events.</param>
    /// <param name="writer">The writer.</param>
    public static void WriteJsonLines(IEnumerable<MergedEvent> events, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var e in events)
        {
            writer.Write(JsonSerializer.Serialize(ToDto(e), Compact));
            writer.Write('\n');
        }
    }

    /// <summary>Returns the JSON Lines of a timeline's events.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <returns>The text, one line per event, each ending in a line feed.</returns>
    public static string ToJsonLines(MergedTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteJsonLines(timeline.Events, writer);
        return writer.ToString();
    }

    /// <summary>Returns the whole timeline as one indented JSON document: <c>schemaVersion</c>, <c>policy</c>,
    /// <c>documents</c>, <c>events</c>, <c>contested</c>.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(MergedTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var dto = new
        {
            schemaVersion = SchemaVersion,
            policy = timeline.Options.Policy.Name,
            documents = timeline.Documents,
            events = timeline.Events.Select(ToDto).ToArray(),
            contested = timeline.Contested.Select(ToDto).ToArray(),
        };
        return JsonSerializer.Serialize(dto, Indented);
    }

    private static object ToDto(MergedEvent e) => new
    {
        schemaVersion = SchemaVersion,
        id = e.Id,
        kind = e.Kind,
        dateStart = Iso(e.When.Earliest),
        dateEnd = Iso(e.When.Latest),
        when = e.When.ToString(),
        date = e.When,
        title = e.Title,
        places = e.Places,
        placeKeys = e.PlaceKeys,
        actors = e.Actors.Select(a => new { key = a.Key, names = a.Names, role = a.Role }),
        mentions = e.Mentions.Select(m => new { document = m.Document, text = m.Text, span = m.Span, eventId = m.EventId }),
        relations = e.Relations.Select(r => new { kind = r.Kind, otherId = r.OtherId }),
        assessments = e.Assessments.Select(ToDto),
    };

    private static object ToDto(Assessment a) => new
    {
        id = a.Id,
        quantityKey = a.QuantityKey,
        eventId = a.EventId,
        category = a.Subject.Category,
        who = a.Subject.Who,
        scopeStart = Iso(a.Scope.Earliest),
        scopeEnd = Iso(a.Scope.Latest),
        scope = a.Scope,
        low = a.Low,
        best = a.Best,
        high = a.High,
        status = a.Status,
        policy = a.Policy,
        explanation = a.Explanation,
        contributions = a.Contributions.Select(c => new
        {
            claimId = c.Claim.Id,
            claimant = c.Claim.Claimant.Name,
            relayedBy = c.Claim.Claimant.RelayedBy,
            value = c.Claim.Quantity?.ToString(),
            stance = c.Claim.Stance,
            document = c.Claim.Evidence.Document,
            span = c.Claim.Evidence.Span,
            weight = Math.Round(c.Weight, 4),
            counted = c.Counted,
            reason = c.Reason,
        }),
    };

    private static string? Iso(NodaTime.LocalDate? date) =>
        date?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
