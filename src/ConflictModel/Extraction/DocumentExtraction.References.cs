using ConflictModel.Formats;
using ConflictModel.Recognition;

namespace ConflictModel.Extraction;

/// <summary>
/// Reference events: a "Part of" value or a "See also" item that names one episode of a war (its head is "Siege of …",
/// "Battle of …", "… offensive", "… clashes", "… campaign") is a mention of that episode. It becomes an event whose
/// <see cref="ConflictEvent.Title"/> is the name as written, dated by the name's parenthesised qualifier
/// ("(2014–17)": the whole years; "(January 2016)": the month) and placed by the registry's places in it; merging
/// joins it with the events of the same name in other documents (see <c>EventMatcher</c>'s title keys). Whole wars
/// ("Syrian Civil War") and lists ("List of …") are not episodes and are left out.
/// </summary>
internal sealed partial class DocumentExtraction
{
    /// <summary>The section heading under which an article lists related articles.</summary>
    internal const string SeeAlsoHeading = "See also";

    /// <summary>The evidence section of a "Part of" reference.</summary>
    internal const string PartOfSection = "infobox";

    private const int MaxReferenceWords = 10;

    private void AddReferenceEvents()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (_article.Infobox is { } box)
        {
            foreach (var value in box.PartOf)
            {
                // a name of no episode adds nothing: not looked for in the text
                if (EpisodeKindOfName(value.Trim()) is not null && FindInText(value) is { } start)
                {
                    // the value drops a leading "the"; the evidence keeps the text as written
                    var from = start >= 4 && _article.Text.AsSpan(start - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase) ? start - 4 : start;
                    AddReference(value, new TextSpan(from, start + value.Length - from), PartOfSection, seen);
                }
            }
        }

        foreach (var section in _article.Sections)
        {
            if (!string.Equals(section.Heading.Trim(), SeeAlsoHeading, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var p in section.Paragraphs)
            {
                if (p.Kind == ParagraphKind.ListItem)
                {
                    AddReference(p.Text, p.OriginalSpan, section.Heading, seen);
                }
            }
        }
    }

    /// <summary>A recapture of a besieged place ends its siege: for each siege in the body and the first later
    /// recapture of one of its places in the same section, the siege lasts until the recapture, and the recapture's
    /// sentence reports the siege's end (one more event of the siege, from that sentence).</summary>
    private void CloseSieges()
    {
        var count = _events.Count;
        for (var i = 0; i < count; i++)
        {
            var siege = _events[i];
            if (siege.Kind != EventKind.Siege || siege.Title is null || siege.When.Earliest is not { } start || siege.Period is { End: not null }
                || !AnyKey(siege.PlaceKeys) || siege.Evidence.Section is SeeAlsoHeading or PartOfSection)
            {
                continue;
            }

            for (var j = 0; j < count; j++)
            {
                var end = _events[j];
                if (end.Kind != EventKind.Recapture || !string.Equals(end.Evidence.Section, siege.Evidence.Section, StringComparison.Ordinal)
                    || end.When.Earliest is not { } endDay || endDay <= (siege.When.Latest ?? start)
                    || !SharesKey(end.PlaceKeys, siege.PlaceKeys))
                {
                    continue;
                }

                var siegeStart = siege.Period?.Start ?? siege.Date ?? siege.When;
                var period = new UncertainPeriod(siegeStart, end.When);
                _events[i] = siege with { Date = null, Period = period };
                _events.Add(siege with
                {
                    Id = ExtractionIds.ForEvent(_doc, end.Evidence.Span, EventKind.Siege, -3),
                    Date = null,
                    Period = period,
                    Evidence = end.Evidence,
                    Title = end.Title,
                    ClaimIds = EquatableArray<string>.Empty,
                });
                break;
            }
        }
    }

    private static bool AnyKey(EquatableArray<string?> keys)
    {
        foreach (var k in keys)
        {
            if (k is not null)
            {
                return true;
            }
        }

        return false;
    }

    // Whether a key of the first list is in the second.
    private static bool SharesKey(EquatableArray<string?> keys, EquatableArray<string?> others)
    {
        foreach (var k in keys)
        {
            if (k is null)
            {
                continue;
            }

            foreach (var o in others)
            {
                if (string.Equals(k, o, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void AddReference(string text, TextSpan span, string section, HashSet<string> seen)
    {
        var name = text.Trim();
        if (EpisodeKindOfName(name) is not { } kind || !seen.Add(name))
        {
            return;
        }

        UncertainDate? date = null;
        var open = name.IndexOf('(', StringComparison.Ordinal);
        if (open > 0 && name.IndexOf(')', open) is var close and > 0)
        {
            var mention = _rec.Dates.Recognize(name[(open + 1)..close], DateContext.Default).FirstOrDefault();
            date = mention?.Date;
        }

        var places = new List<string>();
        var placeKeys = new List<string?>();
        foreach (var m in _rec.Registry.FindAll(open > 0 ? name[..open] : name))
        {
            if (m.Entity.Kind == EntityKind.Place && !placeKeys.Contains(m.Entity.Id))
            {
                places.Add(m.Text);
                placeKeys.Add(m.Entity.Id);
            }
        }

        var evidence = new Evidence(_doc, span, _article.Text.Substring(span.Start, span.Length).Trim(), section);
        _events.Add(new ConflictEvent(
            ExtractionIds.ForEvent(_doc, span, kind, -2),
            kind,
            date,
            null,
            places.ToEquatableArray(),
            placeKeys.ToEquatableArray(),
            EquatableArray<EventActor>.Empty,
            null,
            evidence,
            EquatableArray<string>.Empty,
            name,
            0.5));
    }

    /// <summary>The kind of the episode a name (an article title) names, or <see langword="null"/> when it names none:
    /// "Siege of X", "Battle of X", "X offensive", "X clashes", "X campaign", with an optional parenthesised
    /// qualifier, at most <see cref="MaxReferenceWords"/> words and no sentence punctuation.</summary>
    internal static EventKind? EpisodeKindOfName(string name)
    {
        if (name.Length == 0 || name.AsSpan().IndexOfAny(".,;:!?") >= 0)
        {
            return null;
        }

        var open = name.IndexOf('(', StringComparison.Ordinal);
        var head = (open > 0 ? name[..open] : name).Trim().ToLowerInvariant();
        var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words.Length > MaxReferenceWords || words[0] is "list" or "lists" or "timeline" or "outline")
        {
            return null;
        }

        if (words[0] == "the")
        {
            words = words[1..];
        }

        if (words.Length >= 3 && words[1] == "of")
        {
            return words[0] switch
            {
                "siege" => EventKind.Siege,
                "battle" => EventKind.Battle,
                "capture" or "fall" => EventKind.Capture,
                "massacre" => EventKind.Execution,
                _ => null,
            };
        }

        return words[^1] switch
        {
            "offensive" or "campaign" or "counteroffensive" or "counter-offensive" => EventKind.Offensive,
            "clashes" => EventKind.Clashes,
            "siege" => EventKind.Siege,
            "massacre" => EventKind.Execution,
            _ => null,
        };
    }
}
