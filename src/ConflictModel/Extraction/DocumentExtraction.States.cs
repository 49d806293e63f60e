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
    private UncertainDate? NewsEventDate(string sentence, List<DateMention> own, UncertainDate? sentenceDate)
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

    /// <summary>News: a siege the sentence does not place is the siege of the place the headline names (read once,
    /// only when such a siege exists).</summary>
    private void PlaceUnplacedSieges()
    {
        if (_dateContext.Mode != DateAnchorMode.News)
        {
            return;
        }

        for (var i = 0; i < _events.Count; i++)
        {
            var e = _events[i];
            if (e.Kind != EventKind.Siege || e.Places.Count > 0 || HeadlinePlace() is not { } place)
            {
                continue;
            }

            _events[i] = e with { Places = EquatableArray.Create(place.Text), PlaceKeys = EquatableArray.Create<string?>(place.Entity.Id) };
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
