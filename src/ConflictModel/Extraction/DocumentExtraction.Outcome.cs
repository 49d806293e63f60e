using ConflictModel.Recognition;

namespace ConflictModel.Extraction;

/// <summary>
/// Outcome events: the infobox result ("Decisive X victory") and each of its bullet lines ("X captures A by
/// January 2014, 95–98% of B by July 2014") become events of the summary event, so that other documents' reports of
/// the outcome can meet them. The kind comes from the line's event phrase (a capture, a retreat…), else "victory" or
/// "defeat" words make it a battle's outcome; a bullet with several comma-separated dated clauses gives one event per
/// clause (later clauses keep the first clause's kind and actors); a line with no date of its own is dated at the
/// summary event's end.
/// </summary>
internal sealed partial class DocumentExtraction
{
    private static readonly string[] OutcomeWords = ["victory", "victorious", "defeat", "defeats", "defeated", "stalemate", "withdrawal"];

    private void AddOutcomeEvents()
    {
        var box = _article.Infobox;
        if (box is null || _summaryEvent is null)
        {
            return;
        }

        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(box.Result))
        {
            lines.Add(box.Result.Trim());
        }

        foreach (var d in box.ResultDetails)
        {
            if (!string.IsNullOrWhiteSpace(d))
            {
                lines.Add(d.Trim());
            }
        }

        var end = _summaryEvent.Period is { } period ? period.End ?? period.Start : _summaryEvent.Date;
        for (var li = 0; li < lines.Count; li++)
        {
            try
            {
                AddOutcomeLine(lines[li], li, end);
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or OverflowException or FormatException or IndexOutOfRangeException)
            {
                _diagnostics.Add(new Diagnostic(0, 0, DiagnosticSeverity.Warning, $"an infobox result line could not be read ({ex.Message})", "CM0505"));
            }
        }
    }

    private void AddOutcomeLine(string line, int lineIndex, UncertainDate? summaryEnd)
    {
        var kind = _lexicon.Find(line).FirstOrDefault()?.Kind ?? EventKind.Unknown;
        if (kind == EventKind.Unknown && ContainsAnyWord(line, OutcomeWords))
        {
            kind = EventKind.Battle;
        }

        if (kind == EventKind.Unknown)
        {
            return;
        }

        var start = FindInText(line) ?? _summaryEvent!.Evidence.Span.Start;
        var dates = _rec.Dates.Recognize(line, _dateContext).Where(m => m.IsResolved).ToList();
        var lineEntities = _rec.Registry.FindAll(line);
        var actors = Entities(lineEntities, actorsOnly: true);

        // clauses: split after each date that is followed by a comma
        var clauses = new List<(int From, int To, UncertainDate? Date)>();
        var from = 0;
        foreach (var d in dates)
        {
            var after = d.Span.End;
            if (after < line.Length && line[after] == ',')
            {
                clauses.Add((from, after, d.Date));
                from = after + 1;
            }
        }

        var lastDate = dates.Count > 0 && dates[^1].Span.Start >= from ? dates[^1].Date : summaryEnd;
        clauses.Add((from, line.Length, clauses.Count == 0 && dates.Count > 0 ? dates[0].Date : lastDate));
        for (var ci = 0; ci < clauses.Count; ci++)
        {
            var (cFrom, cTo, date) = clauses[ci];
            var clause = line[cFrom..cTo];
            var clauseEntities = cFrom == 0 && cTo == line.Length ? lineEntities : _rec.Registry.FindAll(clause);
            var places = Entities(clauseEntities, actorsOnly: false);
            var clauseActors = Entities(clauseEntities, actorsOnly: true);
            var span = new TextSpan(start + cFrom, Math.Max(1, Math.Min(cTo - cFrom, Math.Max(0, _article.Text.Length - start - cFrom))));
            var id = ExtractionIds.ForEvent(_doc, span, kind, -2 - (lineIndex * 16) - ci);
            var evidence = new Evidence(_doc, span, line, "infobox");
            _events.Add(new ConflictEvent(
                id,
                kind,
                date,
                null,
                places.Select(p => p.Text).ToEquatableArray(),
                places.Select(p => (string?)p.Entity.Id).ToEquatableArray(),
                (clauseActors.Count > 0 ? clauseActors : actors).Select(a => new EventActor(a.Text, a.Entity.Id, ActorRole.Initiator)).ToEquatableArray(),
                _summaryEvent!.Id,
                evidence,
                EquatableArray<string>.Empty,
                line,
                0.8));
        }
    }

    // The first mention of each actor (or place) entity among the registry's mentions of a text.
    private static List<EntityMention> Entities(IReadOnlyList<EntityMention> mentions, bool actorsOnly)
    {
        var result = new List<EntityMention>();
        HashSet<string>? seen = null;
        foreach (var m in mentions)
        {
            if (actorsOnly ? m.Entity.Kind is EntityKind.Actor or EntityKind.Unit : m.Entity.Kind == EntityKind.Place)
            {
                if ((seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(m.Entity.Id))
                {
                    result.Add(m);
                }
            }
        }

        return result;
    }

    private static bool ContainsAnyWord(string text, string[] words)
    {
        foreach (var w in words)
        {
            var i = text.IndexOf(w, StringComparison.OrdinalIgnoreCase);
            while (i >= 0)
            {
                var before = i == 0 || !char.IsLetter(text[i - 1]);
                var after = i + w.Length >= text.Length || !char.IsLetter(text[i + w.Length]);
                if (before && after)
                {
                    return true;
                }

                i = text.IndexOf(w, i + 1, StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }
}
