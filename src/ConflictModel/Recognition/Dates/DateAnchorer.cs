using NodaTime;

namespace ConflictModel.Recognition;

/// <summary>Turns the raw mentions of a document into <see cref="DateMention"/>s, paragraph by paragraph, carrying the
/// narrative year, the story position and the relative-date anchor (see the rules on <see cref="DateRecognizer"/>).
/// One instance serves one call and is not shared between threads.</summary>
internal sealed class DateAnchorer
{
    private const int FlashbackDays = 31;

    private readonly DateContext context;
    private readonly IReadOnlyList<string> paragraphs;
    private readonly List<RawDate> raws;
    private readonly int[] starts;
    private readonly LocalDate? present;
    private readonly bool presentInferred;
    private readonly int fallbackYear;

    private LocalDate? story;
    private bool storyInferred;
    private bool storyFromPresent;
    private LocalDate? eventStart;
    private (LocalDate E, LocalDate L)? lastAnchor;
    private (LocalDate E, LocalDate L)? lastCoarseAnchor;

    public DateAnchorer(DateContext context, IReadOnlyList<string> paragraphs, List<RawDate> raws, int[] starts)
    {
        this.starts = starts;
        this.context = context;
        this.paragraphs = paragraphs;
        this.raws = raws;
        present = context.ReferenceDate;
        if (present is null && InferPresent() is { } inferred)
        {
            present = inferred;
            presentInferred = true;
        }

        fallbackYear = FirstWrittenYear();
        if (context.DocumentPeriodHint is { Earliest: { } hs })
        {
            story = hs;
            eventStart = hs;
        }
        else if (context.Mode == DateAnchorMode.Narrative && present is { } p)
        {
            story = p;
            storyInferred = presentInferred;
            storyFromPresent = true;
        }
    }

    /// <summary>The raw dates of paragraph <paramref name="p"/>.</summary>
    private ReadOnlySpan<RawDate> Raws(int p) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(raws)[starts[p]..starts[p + 1]];

    public IReadOnlyList<DateMention> ResolveParagraph(int p)
    {
        string text = paragraphs[p];
        var list = Raws(p);
        var result = new List<DateMention>(list.Length);
        (LocalDate E, LocalDate L)? anchor = null;       // the last date of at most a month: days count from it
        (LocalDate E, LocalDate L)? coarseAnchor = null; // the last date of any width: months and years count from it
        LocalDate? local = null;
        bool broken = false;
        foreach (ref readonly var raw in list)
        {
            if (raw.Kind == RawKind.Breaker)
            {
                if (anchor is null)
                {
                    broken = true;
                }

                continue;
            }

            var span = TextSpan.FromBounds(raw.Start, raw.End);
            string mentionText = text.Substring(raw.Start, raw.End - raw.Start);
            DateMention m;
            switch (raw.Kind)
            {
                case RawKind.Duration:
                    m = new DateMention(span, mentionText, default, null, DateMentionKind.Duration, DateYearSource.Stated, raw.Duration);
                    result.Add(m);
                    continue;
                case RawKind.Relative:
                    m = raw.Unit is RelUnit.Month or RelUnit.Year
                        ? ResolveRelative(raw, span, mentionText, coarseAnchor, lastCoarseAnchor, broken)
                        : ResolveRelative(raw, span, mentionText, anchor, lastAnchor, broken);
                    break;
                case RawKind.EventDay:
                    m = ResolveEventDay(raw, span, mentionText);
                    break;
                default:
                    m = ResolveAbsolute(raw, span, mentionText, ref local);
                    break;
            }

            result.Add(m);
            if (m.IsResolved && m.Kind != DateMentionKind.OpenEnd)
            {
                var a = AnchorOf(m);
                coarseAnchor = a;
                lastCoarseAnchor = a;
                broken = false;
                if (Period.DaysBetween(a.E, a.L) <= 31)
                {
                    anchor = a;
                    lastAnchor = a;
                    eventStart ??= m.Date.Earliest ?? m.Date.Latest;
                }
            }
        }

        return result;
    }

    private static (LocalDate E, LocalDate L) AnchorOf(DateMention m)
    {
        if (m.Period is { } p && p.End is { } end && (end.Latest ?? end.Earliest) is { } last)
        {
            return (last, last);
        }

        if (m.Date.Earliest is null)
        {
            var l = m.Date.Latest!.Value;
            return (l, l);
        }

        if (m.Date.Latest is null)
        {
            var e = m.Date.Earliest.Value;
            return (e, e);
        }

        return (m.Date.Earliest.Value, m.Date.Latest.Value);
    }

    private DateMention ResolveRelative(in RawDate raw, TextSpan span, string text, (LocalDate E, LocalDate L)? anchor,
        (LocalDate E, LocalDate L)? earlier, bool broken)
    {
        (LocalDate E, LocalDate L)? a;
        DateYearSource source = DateYearSource.Narrative;
        Diagnostic? note = null;
        if (raw.Deictic || (raw.Unit == RelUnit.Weekday && context.Mode == DateAnchorMode.News && present is not null))
        {
            a = present is { } pr ? (pr, pr) : null;
            source = presentInferred ? DateYearSource.Inferred : DateYearSource.Reference;
            if (a is null)
            {
                return Unresolved(span, text, RelativeKind(raw.Mod), DateStatedAs.Relative,
                    Diag(span, DiagnosticSeverity.Warning, "deictic date without a reference date: not resolved", "CM0403"));
            }
        }
        else if (anchor is not null)
        {
            a = anchor;
        }
        else if (broken || earlier is null)
        {
            if (context.Mode == DateAnchorMode.News && present is { } pn && !broken)
            {
                a = (pn, pn);
                source = DateYearSource.Reference;
            }
            else
            {
                return Unresolved(span, text, RelativeKind(raw.Mod), DateStatedAs.Relative,
                    Diag(span, DiagnosticSeverity.Warning, "relative date with no earlier date in its paragraph: not resolved", "CM0403"));
            }
        }
        else
        {
            a = earlier;
            note = Diag(span, DiagnosticSeverity.Info, "relative date anchored to the last date of an earlier paragraph", "CM0404");
        }

        var (ae, al) = a!.Value;
        UncertainDate date;
        switch (raw.Unit)
        {
            case RelUnit.Day:
            {
                int count = Math.Max(1, raw.Count);
                if (!TryPlusDays(ae, raw.Offset, out var e) || !TryPlusDays(al, raw.Offset + count - 1, out var l))
                {
                    return Unresolved(span, text, RelativeKind(raw.Mod), DateStatedAs.Relative, null);
                }

                date = UncertainDate.Relative(e, l, text);
                break;
            }

            case RelUnit.Weekday:
            {
                // the most recent such weekday on or before the anchor
                var target = (IsoDayOfWeek)raw.Offset;
                int back = ((int)al.DayOfWeek - (int)target + 7) % 7;
                if (!TryPlusDays(al, -back, out var d))
                {
                    return Unresolved(span, text, RelativeKind(raw.Mod), DateStatedAs.Relative, null);
                }

                date = UncertainDate.Relative(d, d, text);
                break;
            }

            case RelUnit.Month:
            {
                int months = (ae.Year * 12) + ae.Month - 1 + raw.Offset;
                int y = months / 12;
                int mo = (months % 12) + 1;
                if (y is < 1 or > 9999)
                {
                    return Unresolved(span, text, RelativeKind(raw.Mod), DateStatedAs.Relative, null);
                }

                var first = new LocalDate(y, mo, 1);
                var last = first.With(DateAdjusters.EndOfMonth);
                (first, last) = raw.RelPart switch
                {
                    PartOf.Early => (first, first.PlusDays(9)),
                    PartOf.Mid => (first.PlusDays(10), first.PlusDays(19)),
                    PartOf.Late => (first.PlusDays(20), last),
                    PartOf.EarlyMid => (first, first.PlusDays(19)),
                    PartOf.MidLate => (first.PlusDays(10), last),
                    _ => (first, last),
                };
                date = new UncertainDate(first, last, raw.RelPart == PartOf.None ? DatePrecision.Month : DatePrecision.MonthPart,
                    DateStatedAs.Relative, false, text);
                break;
            }

            default:
            {
                int y = ae.Year + raw.Offset;
                if (y is < 1 or > 9999)
                {
                    return Unresolved(span, text, RelativeKind(raw.Mod), DateStatedAs.Relative, null);
                }

                var (first, last) = YearRange(y, raw.RelPart);
                date = new UncertainDate(first, last, raw.RelPart == PartOf.None ? DatePrecision.Year : UncertainDate.PrecisionForSpan(first, last),
                    DateStatedAs.Relative, false, text);
                break;
            }
        }

        date = ApplyModifier(date, raw.Mod, text);
        var kind = RelativeKind(raw.Mod);
        if (raw.Deictic && context.Mode == DateAnchorMode.Narrative && presentInferred)
        {
            note = Diag(span, DiagnosticSeverity.Info, $"the document's present is inferred as {present:uuuu-MM}", "CM0401");
        }

        return new DateMention(span, text, date, null, kind, source, null, note);
    }

    private DateMention ResolveEventDay(in RawDate raw, TextSpan span, string text)
    {
        if (eventStart is not { } s || !TryPlusDays(s, raw.Offset, out var d))
        {
            return Unresolved(span, text, RelativeKind(raw.Mod), DateStatedAs.Relative,
                Diag(span, DiagnosticSeverity.Warning, "the event's start is not known: not resolved", "CM0403"));
        }

        var date = ApplyModifier(UncertainDate.Relative(d, d, text), raw.Mod, text);
        var kind = RelativeKind(raw.Mod);
        return new DateMention(span, text, date, null, kind, DateYearSource.Narrative);
    }

    private DateMention ResolveAbsolute(in RawDate raw, TextSpan span, string text, ref LocalDate? local)
    {
        var a = raw.A;
        var b = raw.B;
        bool written = a.Year > 0 || (raw.HasB && b.Year > 0);
        var source = DateYearSource.Stated;
        Diagnostic? note = null;
        if (a.Year == 0)
        {
            if (raw.HasB && b.Year > 0)
            {
                a.Year = b.Year;
            }
            else
            {
                a.Year = ResolveYear(a, ref local, out source, out note, span);
                if (a.Year == 0)
                {
                    return Unresolved(span, text, KindOf(raw), DateStatedAs.Exact,
                        Diag(span, DiagnosticSeverity.Warning, "no year in the text or its context: not resolved", "CM0402"));
                }
            }
        }

        if (raw.HasB && b.Year == 0)
        {
            b.Year = a.Year;
            if (First(b) is { } fb && First(a) is { } fa && fb < fa)
            {
                b.Year++;
            }
        }

        bool inferred = !written;
        if (!TryBuild(a, inferred, text, out var da))
        {
            return Unresolved(span, text, KindOf(raw), DateStatedAs.Exact,
                Diag(span, DiagnosticSeverity.Warning, "not a valid calendar date", "CM0405"));
        }

        UncertainDate date;
        UncertainPeriod? period = null;
        if (raw.Ongoing)
        {
            period = new UncertainPeriod(da, null, true, text);
            date = new UncertainDate(da.Earliest, null, da.Precision, DateStatedAs.OnOrAfter, inferred, text);
        }
        else if (raw.HasB)
        {
            if (!TryBuild(b, inferred, text, out var db) || db.Latest < da.Earliest)
            {
                return Unresolved(span, text, KindOf(raw), DateStatedAs.Exact,
                    Diag(span, DiagnosticSeverity.Warning, "the range ends before it starts", "CM0405"));
            }

            var e = da.Earliest!.Value;
            var l = db.Latest!.Value;
            if (raw.Range == RangeStyle.OneOf)
            {
                date = new UncertainDate(e, l, UncertainDate.PrecisionForSpan(e, l), DateStatedAs.OneOfRange, inferred, text);
            }
            else
            {
                period = new UncertainPeriod(da, db, false, text);
                date = new UncertainDate(e, l, UncertainDate.PrecisionForSpan(e, l), DateStatedAs.Exact, inferred, text);
            }
        }
        else
        {
            date = da;
        }

        date = ApplyModifier(date, raw.Mod, text);
        if (raw.Mod is Modifier.OnOrBefore or Modifier.OnOrAfter or Modifier.Before or Modifier.After)
        {
            period = null;
        }

        UpdateStory(raw, date, written, ref local);
        return new DateMention(span, text, date, period, KindOf(raw), source, null, note);
    }

    private void UpdateStory(in RawDate raw, UncertainDate date, bool written, ref LocalDate? local)
    {
        if (raw.Mod is Modifier.OnOrAfter or Modifier.After)
        {
            return; // "since December 2013" looks back; it does not move the story
        }

        if (written && raw.Mod is Modifier.OnOrBefore or Modifier.Before)
        {
            return; // "(by July 2014)" with its own year is a scope or summary bound, not a step of the story
        }

        LocalDate? k = date.Earliest ?? date.Latest;
        if (k is not { } key)
        {
            return;
        }

        if (!written)
        {
            if (local is not null)
            {
                local = key;
            }
            else
            {
                story = key;
                storyFromPresent = false;
            }

            return;
        }

        // inside the document's own period a written date is always the story; before it (or, without a period,
        // more than a month before the story's position) it is a flashback
        bool inPeriod = context.DocumentPeriodHint is { Earliest: { } hs } hint && key >= Shift(hs, -FlashbackDays) &&
                        (hint.Latest is not { } hl || key <= hl);
        if (!inPeriod && story is { } s && key < Shift(s, -FlashbackDays))
        {
            local = key; // a flashback: its year serves the rest of this paragraph only
            return;
        }

        story = key;
        storyInferred = false;
        storyFromPresent = false;
        local = null;
    }

    private int ResolveYear(PDate d, ref LocalDate? local, out DateYearSource source, out Diagnostic? note, TextSpan span)
    {
        note = null;
        if (context.Mode == DateAnchorMode.News && present is { } r)
        {
            source = presentInferred ? DateYearSource.Inferred : DateYearSource.Reference;
            return NotAfter(d, r);
        }

        // inside a flashback, a yearless date that continues the main story (up to three months ahead) returns to it
        if (local is not null && story is { } st && Nearest(d, st) is int ys && First(d with { Year = ys }) is { } fs && fs >= st && fs <= Shift(st, 92))
        {
            local = null;
        }

        if ((local ?? story) is { } c)
        {
            source = storyInferred && local is null ? DateYearSource.Inferred : DateYearSource.Narrative;
            if (source == DateYearSource.Inferred)
            {
                note = Diag(span, DiagnosticSeverity.Info, $"year inferred from the document's inferred present ({present:uuuu-MM})", "CM0401");
            }

            // the document's present bounds its story: nothing yearless is placed after it
            var bound = PresentBound;
            if (storyFromPresent && local is null && bound is { } pb)
            {
                return NotAfter(d, pb);
            }

            int y = Nearest(d, c);
            if (bound is { } b && First(d with { Year = y }) is { } f && f > b && y > 1)
            {
                y--;
            }

            return y;
        }

        if (present is { } p)
        {
            source = presentInferred ? DateYearSource.Inferred : DateYearSource.Reference;
            return NotAfter(d, p);
        }

        if (fallbackYear > 0)
        {
            source = DateYearSource.Inferred;
            note = Diag(span, DiagnosticSeverity.Warning, $"no earlier year: {fallbackYear} taken from a later mention", "CM0401");
            return fallbackYear;
        }

        source = DateYearSource.Unknown;
        return 0;
    }

    /// <summary>The last day the document's present allows: the reference date, or the end of the month of a present
    /// inferred from the text.</summary>
    private LocalDate? PresentBound => present is { } p ? (presentInferred ? p.With(DateAdjusters.EndOfMonth) : p) : null;

    private static int NotAfter(PDate d, LocalDate r)
    {
        d.Year = r.Year;
        return First(d) is { } f && f > r ? r.Year - 1 : r.Year;
    }

    /// <summary>The year for a yearless date near the story position <paramref name="c"/>: the position's own year,
    /// unless that puts the date more than four months back and the next year puts it at most eight months ahead
    /// (rollover: "27 January" after December), or more than eight months ahead while the previous year is at most two
    /// months back. A document period that holds exactly one of the candidates decides first.</summary>
    private int Nearest(PDate d, LocalDate c)
    {
        if (context.DocumentPeriodHint is { Earliest: { } he, Latest: { } hl })
        {
            int inside = 0;
            int found = 0;
            for (int y = c.Year - 1; y <= c.Year + 1; y++)
            {
                if (First(d with { Year = y }) is { } f && f >= he && f <= hl)
                {
                    inside++;
                    found = y;
                }
            }

            if (inside == 1)
            {
                return found;
            }
        }

        if (First(d with { Year = c.Year }) is not { } same)
        {
            return c.Year;
        }

        long diff = Period.DaysBetween(c, same);
        if (diff < -120 && First(d with { Year = c.Year + 1 }) is { } next && Period.DaysBetween(c, next) <= 245)
        {
            return c.Year + 1;
        }

        if (diff > 245 && First(d with { Year = c.Year - 1 }) is { } prev && Period.DaysBetween(c, prev) >= -62)
        {
            return c.Year - 1;
        }

        return c.Year;
    }

    /// <summary>The first day a written date allows, computed without building the value.</summary>
    private static LocalDate? First(PDate d)
    {
        if (d.Year is < 1 or > 9988)
        {
            return null;
        }

        if (d.Decade || d.SubUnit != 0)
        {
            return TryBuild(d, false, null, out var u) ? u.Earliest : null;
        }

        if (d.Day > 0)
        {
            return d.Month is >= 1 and <= 12 && d.Day <= CalendarSystem.Iso.GetDaysInMonth(d.Year, d.Month)
                ? new LocalDate(d.Year, d.Month, d.Day)
                : null;
        }

        if (d.Month > 0)
        {
            return new LocalDate(d.Year, d.Month, d.Part switch { PartOf.Mid or PartOf.MidLate => 11, PartOf.Late => 21, _ => 1 });
        }

        if (d.Season > 0)
        {
            return new LocalDate(d.Year, (d.Season * 3) % 12 == 0 ? 12 : d.Season * 3, 1);
        }

        return new LocalDate(d.Year, d.Part switch { PartOf.Mid or PartOf.MidLate => 5, PartOf.Late => 9, _ => 1 }, 1);
    }

    private static DateMentionKind RelativeKind(Modifier mod) => mod switch
    {
        Modifier.OnOrBefore or Modifier.Before => DateMentionKind.OpenStart,
        Modifier.OnOrAfter or Modifier.After => DateMentionKind.OpenEnd,
        _ => DateMentionKind.Relative,
    };

    private static DateMentionKind KindOf(in RawDate raw)
    {
        switch (raw.Mod)
        {
            case Modifier.OnOrBefore or Modifier.Before:
                return DateMentionKind.OpenStart;
            case Modifier.OnOrAfter or Modifier.After:
                return DateMentionKind.OpenEnd;
        }

        if (raw.Ongoing)
        {
            return DateMentionKind.Period;
        }

        if (raw.HasB)
        {
            return raw.A.Day > 0 && raw.B.Day > 0 ? DateMentionKind.DayRange : DateMentionKind.Period;
        }

        var a = raw.A;
        if (a.Day > 0)
        {
            return DateMentionKind.Day;
        }

        if (a.Decade)
        {
            return DateMentionKind.Decade;
        }

        if (a.Month > 0)
        {
            return a.Part == PartOf.None && a.SubUnit == 0 ? DateMentionKind.Month : DateMentionKind.MonthPart;
        }

        if (a.SubUnit != 0)
        {
            return DateMentionKind.YearPart;
        }

        if (a.Season > 0)
        {
            return DateMentionKind.Season;
        }

        return a.Part == PartOf.None ? DateMentionKind.Year : DateMentionKind.YearPart;
    }

    private static bool TryBuild(PDate d, bool inferred, string? text, out UncertainDate date)
    {
        date = default;
        if (d.Year is < 1 or > 9988)
        {
            return false;
        }

        if (d.Decade)
        {
            var (df, dl) = d.Part switch
            {
                PartOf.Early => (0, 3),
                PartOf.Mid => (4, 6),
                PartOf.Late => (7, 9),
                PartOf.EarlyMid => (0, 6),
                PartOf.MidLate => (4, 9),
                _ => (0, 9),
            };
            var decFirst = new LocalDate(d.Year + df, 1, 1);
            var decLast = new LocalDate(d.Year + dl, 12, 31);
            date = new UncertainDate(decFirst, decLast, d.Part == PartOf.None ? DatePrecision.Decade : UncertainDate.PrecisionForSpan(decFirst, decLast),
                DateStatedAs.Exact, inferred, text);
            return true;
        }

        if (d.SubUnit != 0 && d.Day == 0)
        {
            if (d.Month > 12)
            {
                return false;
            }

            LocalDate subFirst;
            LocalDate subLast;
            if (d.Month > 0)
            {
                var mf = new LocalDate(d.Year, d.Month, 1);
                int dim = CalendarSystem.Iso.GetDaysInMonth(d.Year, d.Month);
                var ml = mf.PlusDays(dim - 1);
                (subFirst, subLast) = d.SubUnit switch
                {
                    1 => d.SubIndex is 1 ? (mf, mf.PlusDays(14)) : (mf.PlusDays(15), ml),
                    _ => d.SubIndex is 9 || mf.PlusDays((d.SubIndex * 7) - 1) > ml
                        ? (ml.PlusDays(-6), ml)
                        : (mf.PlusDays((d.SubIndex - 1) * 7), mf.PlusDays((d.SubIndex * 7) - 1)),
                };
            }
            else
            {
                int months = d.SubUnit == 1 ? 6 : 3;
                int parts = 12 / months;
                int index = d.SubIndex == 9 ? parts : d.SubIndex;
                subFirst = new LocalDate(d.Year, ((index - 1) * months) + 1, 1);
                subLast = subFirst.PlusMonths(months).PlusDays(-1);
            }

            date = new UncertainDate(subFirst, subLast, UncertainDate.PrecisionForSpan(subFirst, subLast), DateStatedAs.Exact, inferred, text);
            return true;
        }

        if (d.Day > 0)
        {
            if (d.Month is < 1 or > 12 || d.Day > CalendarSystem.Iso.GetDaysInMonth(d.Year, d.Month))
            {
                return false;
            }

            var day = new LocalDate(d.Year, d.Month, d.Day);
            date = new UncertainDate(day, day, DatePrecision.Day, DateStatedAs.Exact, inferred, text);
            return true;
        }

        if (d.Month > 0)
        {
            if (d.Month > 12)
            {
                return false;
            }

            var mFirst = new LocalDate(d.Year, d.Month, 1);
            var mLast = mFirst.PlusDays(CalendarSystem.Iso.GetDaysInMonth(d.Year, d.Month) - 1);
            date = d.Part switch
            {
                PartOf.Early => new UncertainDate(mFirst, mFirst.PlusDays(9), DatePrecision.MonthPart, DateStatedAs.EarlyOfMonth, inferred, text),
                PartOf.Mid => new UncertainDate(mFirst.PlusDays(10), mFirst.PlusDays(19), DatePrecision.MonthPart, DateStatedAs.MidOfMonth, inferred, text),
                PartOf.Late => new UncertainDate(mFirst.PlusDays(20), mLast, DatePrecision.MonthPart, DateStatedAs.LateOfMonth, inferred, text),
                PartOf.EarlyMid => new UncertainDate(mFirst, mFirst.PlusDays(19), DatePrecision.MonthPart, DateStatedAs.Exact, inferred, text),
                PartOf.MidLate => new UncertainDate(mFirst.PlusDays(10), mLast, DatePrecision.MonthPart, DateStatedAs.Exact, inferred, text),
                _ => new UncertainDate(mFirst, mLast, DatePrecision.Month, DateStatedAs.Exact, inferred, text),
            };
            return true;
        }

        if (d.Season > 0)
        {
            var (sf, sl) = d.Season switch
            {
                1 => (new LocalDate(d.Year, 3, 1), new LocalDate(d.Year, 5, 31)),
                2 => (new LocalDate(d.Year, 6, 1), new LocalDate(d.Year, 8, 31)),
                3 => (new LocalDate(d.Year, 9, 1), new LocalDate(d.Year, 11, 30)),
                _ => (new LocalDate(d.Year, 12, 1), new LocalDate(d.Year + 1, 3, 1).PlusDays(-1)),
            };
            date = new UncertainDate(sf, sl, DatePrecision.Season, DateStatedAs.Exact, inferred, text);
            return true;
        }

        var (first, last) = YearRange(d.Year, d.Part);
        date = new UncertainDate(first, last, d.Part == PartOf.None ? DatePrecision.Year : UncertainDate.PrecisionForSpan(first, last),
            DateStatedAs.Exact, inferred, text);
        return true;
    }

    private static (LocalDate First, LocalDate Last) YearRange(int year, PartOf part) => part switch
    {
        PartOf.Early => (new LocalDate(year, 1, 1), new LocalDate(year, 4, 30)),
        PartOf.Mid => (new LocalDate(year, 5, 1), new LocalDate(year, 8, 31)),
        PartOf.Late => (new LocalDate(year, 9, 1), new LocalDate(year, 12, 31)),
        PartOf.EarlyMid => (new LocalDate(year, 1, 1), new LocalDate(year, 8, 31)),
        PartOf.MidLate => (new LocalDate(year, 5, 1), new LocalDate(year, 12, 31)),
        _ => (new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)),
    };

    private static UncertainDate ApplyModifier(UncertainDate d, Modifier mod, string text)
    {
        switch (mod)
        {
            case Modifier.OnOrBefore:
                return UncertainDate.OnOrBefore(d, text);
            case Modifier.OnOrAfter:
                return UncertainDate.OnOrAfter(d, text);
            case Modifier.Before when d.Earliest is { } e && TryPlusDays(e, -1, out var b):
                return new UncertainDate(null, b, d.Precision, DateStatedAs.OnOrBefore, d.YearInferred, text);
            case Modifier.After when d.Latest is { } l && TryPlusDays(l, 1, out var a):
                return new UncertainDate(a, null, d.Precision, DateStatedAs.OnOrAfter, d.YearInferred, text);
            case Modifier.Around:
                return d.WithStatedAs(DateStatedAs.Approximate);
            default:
                return d;
        }
    }

    private static bool TryPlusDays(LocalDate d, int days, out LocalDate result)
    {
        result = d;
        if (days is < -36_600 or > 36_600 || (d.Year <= 101 && days < 0) || (d.Year >= 9898 && days > 0))
        {
            return false;
        }

        result = d.PlusDays(days);
        return true;
    }

    /// <summary>Adds days, staying on the calendar's first or last day instead of overflowing.</summary>
    private static LocalDate Shift(LocalDate d, int days) =>
        TryPlusDays(d, days, out var r) ? r : days < 0 ? new LocalDate(1, 1, 1) : new LocalDate(9999, 12, 31);

    private static DateMention Unresolved(TextSpan span, string text, DateMentionKind kind, DateStatedAs statedAs, Diagnostic? note) =>
        new(span, text, new UncertainDate(null, null, DatePrecision.Unknown, statedAs, false, text), null, kind,
            DateYearSource.Unknown, null, note);

    private static Diagnostic Diag(TextSpan span, DiagnosticSeverity severity, string message, string code) =>
        new(0, span.Start + 1, severity, message, code);

    /// <summary>Infers the document's present from a stated length of time: "since July 2014 … In the two and half
    /// years since" (the start plus the length, to the month), or an infobox "5 March 2013 – ongoing (2 years, 1 week
    /// and 5 days)" (the start plus the length, to the day).</summary>
    private LocalDate? InferPresent()
    {
        LocalDate? since = null;
        for (int q = 0; q < starts.Length - 1; q++)
        {
            LocalDate? ongoing = null;
            foreach (ref readonly var r in Raws(q))
            {
                if (r.Kind == RawKind.Absolute && r.Mod == Modifier.OnOrAfter && r.A.Year > 0 && !r.HasB &&
                    TryBuild(r.A, false, null, out var d))
                {
                    since = d.Earliest;
                }

                if (r.Kind == RawKind.Duration && r.Duration is { } len && Plausible(len))
                {
                    if (r.DurationSince && since is { } s && s.Year is > 1 and < 9000)
                    {
                        var p = s.Plus(len.Normalize());
                        return new LocalDate(p.Year, p.Month, 1);
                    }

                    if (ongoing is { } o && o.Year is > 1 and < 9000)
                    {
                        return o.Plus(len.Normalize());
                    }
                }

                ongoing = r.Kind == RawKind.Absolute && r.Ongoing && r.A.Year > 0 && r.A.Day > 0 && TryBuild(r.A, false, null, out var od)
                    ? od.Earliest
                    : null;
            }
        }

        return null;
    }

    private static bool Plausible(Period len) =>
        len.Years is >= 0 and < 500 && len.Months is >= 0 and < 6000 && len.Weeks is >= 0 and < 26_000 && len.Days is >= 0 and < 180_000;

    private int FirstWrittenYear()
    {
        for (int q = 0; q < starts.Length - 1; q++)
        {
            foreach (ref readonly var r in Raws(q))
            {
                if (r.Kind == RawKind.Absolute && r.Mod != Modifier.OnOrAfter && (r.A.Year > 0 || r.B.Year > 0))
                {
                    return r.A.Year > 0 ? r.A.Year : r.B.Year;
                }
            }
        }

        return 0;
    }
}
