using NodaTime;

namespace ConflictModel.Recognition;

/// <summary>
/// Finds date expressions in English prose and infobox cells and resolves each to the set of days it allows
/// (<see cref="UncertainDate"/>), anchoring yearless and relative dates as a reader would (TIMEX3/HeidelTime style).
/// </summary>
/// <remarks>
/// <para>Scanning is a hand-written, linear-time pass over the text (no regular expressions); it never throws on
/// any input. Argument errors (a <see langword="null"/> text or context) throw <see cref="ArgumentNullException"/>.</para>
/// <para>Rules, in short:</para>
/// <list type="bullet">
/// <item><description>Ranges: "between X and Y" and listed days ("on Feb. 3 and Feb. 4") are one unknown day (or several
/// listed days) within the range: <see cref="DateMention.Period"/> is <see langword="null"/> and the date is stated as
/// <see cref="DateStatedAs.OneOfRange"/>. "From X to/until Y", dashed ranges ("10–11 April", "10 April – 14 July 2014")
/// and "– ongoing" last: <see cref="DateMention.Period"/> is set.</description></item>
/// <item><description>Parts: early = days 1–10, mid = 11–20, late = 21–end ("beginning/start of" = early, "middle of" =
/// mid, "end of" = late; "mid-to-late" = 11–end, "early to mid" = 1–20). Of a year: early = January–April, mid =
/// May–August, late = September–December; halves, quarters and "the first/last week of" a month as written; of a
/// decade ("the early 1990s"): early = years 0–3, mid = 4–6, late = 7–9. Seasons
/// (northern hemisphere, meteorological): spring March–May, summer June–August, autumn September–November, winter
/// December to the end of February of the next year.</description></item>
/// <item><description>Bounds: "By X"/"until X" = on or before the last day of X; "since X" = on or after its first day;
/// "before X"/"after X" exclude X; "Around X" is approximate.</description></item>
/// <item><description>Relative dates count from the previous date of the same paragraph (the day it states, even when it is
/// open: "By 17 June … three days later" = 20 June; for a lasting range, its last day) and chain on. With no earlier
/// date in the paragraph the last date of the previous paragraphs is used (with an information diagnostic), unless a
/// word such as "Later," or "Eventually" has moved time on by an unknown amount, or no earlier date exists: then the
/// mention is kept unresolved with a diagnostic. "Since the start of the offensive" and "the second day of fighting"
/// count from the event's start: the context's period hint, else the first date of the document. "since X" mentions
/// are not anchors for relative dates, and days ("The next day", "on Monday") count only from a date of at most a
/// month ("In 2014 … The next day" stays unresolved), while months and years count from any date. In news mode
/// weekdays ("on Tuesday") are the most recent such day not after the reference date; in narrative mode, not after
/// the anchor. "N months later" is the whole month N months after the anchor's month. Vague counts: "a few days later"
/// = 2–4 days after, "several days later" = 3–7 days after. Deictic words ("this month", "last week", "the past three
/// days", "late last month") count from the reference date, or from a present inferred from the document.</description></item>
/// <item><description>Years (narrative): a written year is kept. A date earlier than the story's position by more than a
/// month is a flashback: its year serves only the rest of its paragraph. Yearless dates take the year that puts them
/// nearest the current position, preferring later (so "27 January" after December 2014 is 2015). The story starts at
/// the period hint, else at a present inferred from "in the N years since" a dated start, else at the reference date;
/// with none of these a later written year is used with a warning, and with no year anywhere the mention is kept
/// unresolved (never invented). A known present (the reference date, or the end of the month of an inferred present)
/// bounds the story: until a written date sets the story, yearless dates take their nearest occurrence not after it,
/// and a yearless date is never placed after it.</description></item>
/// <item><description>Years (news): yearless dates go to the nearest occurrence not after the reference date.</description></item>
/// <item><description>Not dates: "may" the verb (month names must be capitalised), a number followed by a plural noun
/// ("In October 29 soldiers" is October), numbers with separators or decimals, percentages, times ("10:30").
/// Durations ("three months", "2 years, 2 weeks and 5 days") are <see cref="DateMentionKind.Duration"/>.</description></item>
/// </list>
/// <para>This class is immutable and thread-safe.</para>
/// </remarks>
public sealed class DateRecognizer
{
    private DateRecognizer()
    {
    }

    /// <summary>Gets the recogniser for English.</summary>
    public static DateRecognizer Default { get; } = new();

    /// <summary>Returns the date mentions of one piece of text (a sentence, paragraph or line); anchors come only from
    /// <paramref name="context"/> and from earlier mentions in the same text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="context">The anchoring context.</param>
    /// <returns>The mentions in text order.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public IReadOnlyList<DateMention> Recognize(string text, DateContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        return RecognizeParagraphs([text], context)[0];
    }

    /// <summary>Returns the date mentions of a whole document given as paragraphs in true reading order: relative dates
    /// count from the previous date of the same paragraph, and the narrative year carries forward with month rollover.</summary>
    /// <param name="paragraphs">The paragraphs in reading order.</param>
    /// <param name="context">The anchoring context.</param>
    /// <returns>One list of mentions per paragraph, in the same order.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A paragraph is <see langword="null"/>.</exception>
    public IReadOnlyList<IReadOnlyList<DateMention>> RecognizeParagraphs(IReadOnlyList<string> paragraphs, DateContext context)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(context);
        var raws = RawBuffer.Take();
        var starts = new int[paragraphs.Count + 1];
        for (int p = 0; p < paragraphs.Count; p++)
        {
            var text = paragraphs[p] ?? throw new ArgumentException($"paragraphs[{p}] is null.", nameof(paragraphs));
            DateParser.Scan(text, raws);
            starts[p + 1] = raws.Count;
        }

        var anchor = new DateAnchorer(context, paragraphs, raws, starts);
        var result = new IReadOnlyList<DateMention>[paragraphs.Count];
        for (int p = 0; p < paragraphs.Count; p++)
        {
            result[p] = anchor.ResolveParagraph(p);
        }

        RawBuffer.Give(raws);
        return result;
    }

    /// <summary>The raw dates of all the paragraphs of one call, in one list kept per thread between calls (a call
    /// never runs inside another on the same thread; a list grown past <see cref="KeptCapacity"/> entries is not kept).
    /// A call that throws leaves the thread without a kept list, and the next call makes a new one.</summary>
    private static class RawBuffer
    {
        private const int KeptCapacity = 4096;

        [ThreadStatic]
        private static List<RawDate>? kept;

        public static List<RawDate> Take()
        {
            var list = kept ?? new List<RawDate>(64);
            kept = null;
            list.Clear();
            return list;
        }

        public static void Give(List<RawDate> list)
        {
            if (list.Capacity <= KeptCapacity)
            {
                kept = list;
            }
        }
    }

    /// <summary>Reads an infobox date cell ("10 April – 14 July 2014", "3–13 December 2014, ()", "2 January 2014 –
    /// ongoing") as a period. A single date gives a period that starts and ends with it.</summary>
    /// <param name="text">The cell text (a glued label such as "Date10 April …" is tolerated).</param>
    /// <param name="context">The anchoring context (for a cell without a year).</param>
    /// <returns>The period with <see cref="UncertainPeriod.Text"/> set to the date text, or <see langword="null"/> when
    /// the cell holds no resolvable date.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public UncertainPeriod? ParsePeriod(string text, DateContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var m in Recognize(text, context))
        {
            if (m.Kind is DateMentionKind.Duration or DateMentionKind.Relative || !m.IsResolved)
            {
                continue;
            }

            if (m.Period is { } p)
            {
                return p.WithText(m.Text);
            }

            if (m.Date.Earliest is not null && m.Date.Latest is not null)
            {
                return new UncertainPeriod(m.Date, m.Date, false, m.Text);
            }

            return null;
        }

        return null;
    }
}
