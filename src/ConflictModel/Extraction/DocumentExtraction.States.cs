using ConflictModel.Recognition;

namespace ConflictModel.Extraction;

/// <summary>
/// Lasting states in news prose. A news piece tells of the present: a present-perfect sentence whose only date is
/// "since X" ("The town has been cut off since March 2019", "The blockade has starved the district since mid-2020")
/// reports a state that has lasted from X to the piece's present (its publication date, or the present it states);
/// and a siege that the sentence does not place ("The group's long siege has emptied the markets") is the siege of
/// the place the headline names ("Militants tighten grip on Example Town").
/// </summary>
internal sealed partial class DocumentExtraction
{
    private bool _headlinePlaceRead;
    private EntityMention? _headlinePlace;

    /// <summary>The date of a news sentence: its own date; when its only date is "since X" and it is in the present
    /// perfect, from X to the document's present; else (no present known, or another tense) no date, as before.</summary>
    private UncertainDate? NewsEventDate(string sentence, List<DateMention> own, in UncertainDate? sentenceDate)
    {
        DateMention? since = null;
        foreach (var m in own)
        {
            if (!IsSince(m))
            {
                return sentenceDate;
            }

            since ??= m;
        }

        if (since is not { Date.Earliest: { } start } || _dateContext.ReferenceDate is not { } present || present < start
            || !IsPresentPerfect(Words.Tokenize(sentence)))
        {
            return sentenceDate;
        }

        return UncertainDate.FromBounds(start, present).WithText(since.Text);
    }

    private static readonly string[] ReportFrameNouns = ["briefing", "press conference", "news conference", "interview", "statement", "speech", "hearing"];

    private static readonly string[] TopicVerbs = [" discussed ", " described ", " reviewed ", " outlined ", " detailed ", " addressed "];

    /// <summary>The period of what a report discusses: "During a press briefing on 3 March 2019, the spokesman discussed
    /// the army's operations in the north" dates the briefing, not the operations, which are known only to the month
    /// of the report (the event keeps the briefing's day as its date and lasts through that month). Null unless the sentence opens with such a frame holding the event's date, a single day, and a topic verb
    /// ("discussed", "described", "reviewed", "outlined", "detailed", "addressed") follows it.</summary>
    private static (UncertainDate Month, int VerbAt)? ReportedTopicDate(string sentence, UncertainDate? date)
    {
        if (!(sentence.StartsWith("During ", StringComparison.Ordinal) || sentence.StartsWith("At ", StringComparison.Ordinal) || sentence.StartsWith("In ", StringComparison.Ordinal))
            || date is not { Earliest: { } day, Latest: { } last, Text: { Length: > 0 } text } || day != last)
        {
            return null;
        }

        var comma = sentence.IndexOf(',', StringComparison.Ordinal);
        var at = sentence.IndexOf(text, StringComparison.Ordinal);
        var frameEnd = comma;
        // the date itself may hold a comma ("Mar. 3, 2019"): the frame ends at the first comma after the date
        if (at >= 0 && comma >= 0 && comma < at + text.Length)
        {
            frameEnd = sentence.IndexOf(',', at + text.Length);
        }

        if (at < 0 || frameEnd < 0)
        {
            return null;
        }

        var frame = sentence.AsSpan(0, frameEnd);
        var framed = false;
        foreach (var noun in ReportFrameNouns)
        {
            if (frame.Contains(noun, StringComparison.OrdinalIgnoreCase))
            {
                framed = true;
                break;
            }
        }

        if (!framed)
        {
            return null;
        }

        foreach (var verb in TopicVerbs)
        {
            var verbAt = sentence.IndexOf(verb, frameEnd, StringComparison.Ordinal);
            if (verbAt >= 0)
            {
                return (UncertainDate.InMonth(day.Year, day.Month, text), verbAt);
            }
        }

        return null;
    }

    // The actors named after a position of the sentence (their first mention as written).
    private static EquatableArray<EventActor> ActorsAfter(EquatableArray<EventActor> actors, string sentence, int position)
    {
        var kept = new List<EventActor>(actors.Count);
        foreach (var a in actors)
        {
            if (sentence.IndexOf(a.Name, StringComparison.Ordinal) is var at && (at < 0 || at > position))
            {
                kept.Add(a);
            }
        }

        return kept.Count == actors.Count ? actors : kept.ToEquatableArray();
    }

    /// <summary>One pass over the body's events: what a report discusses lasts through the month of the report; and in
    /// news, an event the sentence does not place happens at the place the headline names (read once, only when such
    /// an event exists).</summary>
    private void ApplyDocumentContext()
    {
        var news = _dateContext.Mode == DateAnchorMode.News;
        for (var i = 0; i < _events.Count; i++)
        {
            var e = _events[i];
            if (e.Period is null && ReportedTopicDate(e.Evidence.Sentence, e.Date) is ({ } topic, var verbAt))
            {
                // the sentence's day stays the day it reports; the activity lasts through the month; who reports
                // (the frame and the speaker, before the verb) takes no part in it
                _events[i] = e = e with
                {
                    Period = new UncertainPeriod(topic, topic, false, topic.Text),
                    Actors = ActorsAfter(e.Actors, e.Evidence.Sentence, verbAt),
                };
            }

            if (news && e.Places.Count == 0 && HeadlinePlace() is { } place)
            {
                _events[i] = e with { Places = EquatableArray.Create(place.Text), PlaceKeys = EquatableArray.Create<string?>(place.Entity.Id) };
            }
        }
    }

    // The first registry place the headline names, or null.
    private EntityMention? HeadlinePlace()
    {
        if (!_headlinePlaceRead)
        {
            _headlinePlaceRead = true;
            if (!string.IsNullOrWhiteSpace(_article.Title))
            {
                foreach (var m in _rec.Registry.FindAll(_article.Title))
                {
                    if (m.Entity.Kind == EntityKind.Place)
                    {
                        _headlinePlace = m;
                        break;
                    }
                }
            }
        }

        return _headlinePlace;
    }
}
