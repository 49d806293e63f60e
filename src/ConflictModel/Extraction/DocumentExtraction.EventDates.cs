using ConflictModel.Recognition;

namespace ConflictModel.Extraction;

/// <summary>
/// The date an event takes from a sentence that states no date of its own but opens with a phrase that says how it
/// relates to the narrative's time:
/// "By this point / By this stage / By then / By that time, …" is a state reached on or before the narrative date
/// (an open start ending where the inherited date ends), and "Since the start of the offensive, …" is open-ended from
/// the start of the offensive the document or section is about. A sentence whose only date is "since X" is dated on
/// or after X.
/// </summary>
internal sealed partial class DocumentExtraction
{
    private static readonly string[] ByThenOpeners =
    [
        "By this point", "By this stage", "By this time", "By then", "By that point", "By that stage", "By that time",
        "By now",
    ];

    private static readonly string[] SinceStartOpeners = ["Since the start of the", "Since the beginning of the", "Since the launch of the"];

    /// <summary>The date the events of a sentence take: the sentence's date, unless the sentence has no date of its own
    /// and opens with a "by then" or "since the start of the offensive" phrase.</summary>
    private UncertainDate? EventDate(string sentence, List<DateMention> own, in UncertainDate? sentenceDate, int section)
    {
        if (_dateContext.Mode == DateAnchorMode.News)
        {
            return own.Count == 0 ? sentenceDate : NewsEventDate(sentence, own, sentenceDate);
        }

        if (_dateContext.Mode != DateAnchorMode.Narrative || own.Any(m => !IsSince(m)))
        {
            return sentenceDate;
        }


        var text = sentence.AsSpan().TrimStart();
        foreach (var opener in ByThenOpeners)
        {
            if (StartsWithPhrase(text, opener))
            {
                return sentenceDate is { Latest: not null } inherited
                    ? UncertainDate.OnOrBefore(inherited, text[..opener.Length].ToString())
                    : sentenceDate;
            }
        }

        foreach (var opener in SinceStartOpeners)
        {
            if (StartsWithPhrase(text, opener) && OffensiveStart(section) is { } start)
            {
                var phraseEnd = text.IndexOf(',');
                return UncertainDate.OnOrAfter(start, (phraseEnd > 0 ? text[..phraseEnd] : text[..opener.Length]).ToString());
            }
        }

        // a sentence whose only date is "since X" tells of what happened from X on
        return own.FirstOrDefault(IsSince) is { } since ? since.Date : sentenceDate;
    }

    // The start of the campaign the narrative is about: the document's own offensive (its infobox period) when the
    // document is one, else the first date of the current section.
    private UncertainDate? OffensiveStart(int section)
    {
        if (_summaryEvent is { Kind: EventKind.Offensive, Period: { } period } && period.Start.Earliest is not null)
        {
            return period.Start;
        }

        return _sectionFirstDate.TryGetValue(section, out var first) && first is { Earliest: not null } ? first : null;
    }

    private static bool StartsWithPhrase(ReadOnlySpan<char> text, string phrase) =>
        text.StartsWith(phrase, StringComparison.Ordinal)
        && (text.Length == phrase.Length || !char.IsLetterOrDigit(text[phrase.Length]));
}
