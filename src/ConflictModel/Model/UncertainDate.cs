using System.Diagnostics.Contracts;
using NodaTime;

namespace ConflictModel;

/// <summary>
/// The set of days on which something may have happened: every day from <see cref="Earliest"/> to
/// <see cref="Latest"/> inclusive (either end may be open), with the <see cref="Precision"/> the source committed to,
/// how it was stated (<see cref="StatedAs"/>), whether the year was inferred, and the original text.
/// </summary>
/// <remarks>
/// <para>One unknown day in a range ("Between 10 and 12 February", <see cref="DateStatedAs.OneOfRange"/>) is an
/// <see cref="UncertainDate"/>; something that lasted ("from 10 to 12 February") is an <see cref="UncertainPeriod"/>.</para>
/// <para>Equality is by value over every property, including <see cref="Text"/>. There is deliberately no natural
/// ordering: ranges are not totally ordered. Use <see cref="ByEarliest"/> for a sort.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public readonly record struct UncertainDate
{
    /// <summary>Creates an uncertain date from its parts.</summary>
    /// <param name="earliest">The first possible day, or <see langword="null"/> when open.</param>
    /// <param name="latest">The last possible day, or <see langword="null"/> when open.</param>
    /// <param name="precision">The unit the source committed to.</param>
    /// <param name="statedAs">How the source stated it.</param>
    /// <param name="yearInferred">Whether the year was not written and was inferred from context.</param>
    /// <param name="text">The original text, if any.</param>
    /// <exception cref="ArgumentException"><paramref name="earliest"/> is after <paramref name="latest"/>, or a date is not ISO calendar.</exception>
    public UncertainDate(
        LocalDate? earliest,
        LocalDate? latest,
        DatePrecision precision,
        DateStatedAs statedAs = DateStatedAs.Exact,
        bool yearInferred = false,
        string? text = null)
    {
        if (earliest is { } e && e.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"earliest ({e}) must be in the ISO calendar.", nameof(earliest));
        }

        if (latest is { } l && l.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"latest ({l}) must be in the ISO calendar.", nameof(latest));
        }

        if (earliest is { } e2 && latest is { } l2 && e2 > l2)
        {
            throw new ArgumentException(
                $"earliest ({e2:uuuu-MM-dd}) must not be after latest ({l2:uuuu-MM-dd}).", nameof(earliest));
        }

        if (!Enum.IsDefined(precision))
        {
            throw new ArgumentException($"precision ({(int)precision}) is not a defined DatePrecision.", nameof(precision));
        }

        if (!Enum.IsDefined(statedAs))
        {
            throw new ArgumentException($"statedAs ({(int)statedAs}) is not a defined DateStatedAs.", nameof(statedAs));
        }

        Earliest = earliest;
        Latest = latest;
        Precision = precision;
        StatedAs = statedAs;
        YearInferred = yearInferred;
        Text = text;
    }

    /// <summary>Gets the first possible day, or <see langword="null"/> when the start is open.</summary>
    public LocalDate? Earliest { get; }

    /// <summary>Gets the last possible day, or <see langword="null"/> when the end is open.</summary>
    public LocalDate? Latest { get; }

    /// <summary>Gets the unit the source committed to.</summary>
    public DatePrecision Precision { get; }

    /// <summary>Gets how the source stated the date.</summary>
    public DateStatedAs StatedAs { get; }

    /// <summary>Gets whether the year was not written and was inferred from context (never silently invented).</summary>
    public bool YearInferred { get; }

    /// <summary>Gets the original text, or <see langword="null"/> when built by code.</summary>
    public string? Text { get; }

    /// <summary>Gets whether the start is bounded.</summary>
    public bool HasEarliest => Earliest.HasValue;

    /// <summary>Gets whether the end is bounded.</summary>
    public bool HasLatest => Latest.HasValue;

    /// <summary>Gets whether exactly one day is possible.</summary>
    public bool IsSingleDay => Earliest.HasValue && Earliest == Latest;

    /// <summary>Gets the number of possible days, or <see langword="null"/> when an end is open.</summary>
    public int? DayCount => Earliest is { } e && Latest is { } l ? Period.DaysBetween(e, l) + 1 : null;

    /// <summary>Gets a comparer that orders by earliest day (open starts first), then latest (open ends last).</summary>
    public static IComparer<UncertainDate> ByEarliest { get; } = new EarliestComparer();

    /// <summary>Returns a copy with <see cref="Text"/> replaced.</summary>
    /// <param name="text">The original text.</param>
    /// <returns>The new value.</returns>
    [Pure]
    public UncertainDate WithText(string? text) => new(Earliest, Latest, Precision, StatedAs, YearInferred, text);

    /// <summary>Returns a copy with <see cref="YearInferred"/> set.</summary>
    /// <param name="inferred">Whether the year was inferred.</param>
    /// <returns>The new value.</returns>
    [Pure]
    public UncertainDate WithYearInferred(bool inferred = true) => new(Earliest, Latest, Precision, StatedAs, inferred, Text);

    /// <summary>Returns a copy with <see cref="StatedAs"/> replaced.</summary>
    /// <param name="statedAs">How the date was stated.</param>
    /// <returns>The new value.</returns>
    [Pure]
    public UncertainDate WithStatedAs(DateStatedAs statedAs) => new(Earliest, Latest, Precision, statedAs, YearInferred, Text);

    /// <summary>Creates a date known to the day.</summary>
    /// <param name="day">The day.</param>
    /// <param name="text">The original text.</param>
    /// <returns>The value.</returns>
    public static UncertainDate OnDay(LocalDate day, string? text = null) => new(day, day, DatePrecision.Day, DateStatedAs.Exact, false, text);

    /// <summary>Creates a date known to the month.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="text">The original text.</param>
    /// <returns>The value.</returns>
    public static UncertainDate InMonth(int year, int month, string? text = null)
    {
        var first = CreateDate(year, month, 1);
        return new(first, first.With(DateAdjusters.EndOfMonth), DatePrecision.Month, DateStatedAs.Exact, false, text);
    }

    /// <summary>Creates a date known to the year.</summary>
    /// <param name="year">The year.</param>
    /// <param name="text">The original text.</param>
    /// <returns>The value.</returns>
    public static UncertainDate InYear(int year, string? text = null) =>
        new(CreateDate(year, 1, 1), CreateDate(year, 12, 31), DatePrecision.Year, DateStatedAs.Exact, false, text);

    /// <summary>Creates early (1–10), mid (11–20) or late (21–end) of a month.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month.</param>
    /// <param name="part">One of <see cref="DateStatedAs.EarlyOfMonth"/>, <see cref="DateStatedAs.MidOfMonth"/>, <see cref="DateStatedAs.LateOfMonth"/>.</param>
    /// <param name="text">The original text.</param>
    /// <returns>The value.</returns>
    public static UncertainDate PartOfMonth(int year, int month, DateStatedAs part, string? text = null)
    {
        var first = CreateDate(year, month, 1);
        var last = first.With(DateAdjusters.EndOfMonth);
        return part switch
        {
            DateStatedAs.EarlyOfMonth => new(first, first.PlusDays(9), DatePrecision.MonthPart, part, false, text),
            DateStatedAs.MidOfMonth => new(first.PlusDays(10), first.PlusDays(19), DatePrecision.MonthPart, part, false, text),
            DateStatedAs.LateOfMonth => new(first.PlusDays(20), last, DatePrecision.MonthPart, part, false, text),
            _ => throw new ArgumentException($"part ({part}) must be EarlyOfMonth, MidOfMonth or LateOfMonth.", nameof(part)),
        };
    }

    /// <summary>Creates one unknown day within an inclusive range ("Between 10 and 12 February").</summary>
    /// <param name="first">The first possible day.</param>
    /// <param name="last">The last possible day.</param>
    /// <param name="text">The original text.</param>
    /// <returns>The value.</returns>
    public static UncertainDate OneOf(LocalDate first, LocalDate last, string? text = null) =>
        new(first, last, PrecisionForSpan(first, last), first == last ? DateStatedAs.Exact : DateStatedAs.OneOfRange, false, text);

    /// <summary>Creates "on or before" the last day of <paramref name="bound"/> ("By 26 April", "By late May").</summary>
    /// <param name="bound">The date whose latest day bounds the result.</param>
    /// <param name="text">The original text.</param>
    /// <returns>The value, open at the start.</returns>
    /// <remarks>When <paramref name="bound"/> has no latest day the result bounds nothing (both ends open).</remarks>
    public static UncertainDate OnOrBefore(UncertainDate bound, string? text = null) =>
        new(null, bound.Latest, bound.Precision, DateStatedAs.OnOrBefore, bound.YearInferred, text);

    /// <summary>Creates "on or after" the first day of <paramref name="bound"/> ("since July 2014").</summary>
    /// <param name="bound">The date whose earliest day bounds the result.</param>
    /// <param name="text">The original text.</param>
    /// <returns>The value, open at the end.</returns>
    /// <remarks>When <paramref name="bound"/> has no earliest day the result bounds nothing (both ends open).</remarks>
    public static UncertainDate OnOrAfter(UncertainDate bound, string? text = null) =>
        new(bound.Earliest, null, bound.Precision, DateStatedAs.OnOrAfter, bound.YearInferred, text);

    /// <summary>Creates a date known to the season (EDTF codes 21–24: spring, summer, autumn, winter; northern
    /// hemisphere, meteorological months; winter runs from December to the end of February of the next year).</summary>
    /// <param name="year">The year (for winter, the year in which it starts).</param>
    /// <param name="season">21 spring, 22 summer, 23 autumn, 24 winter.</param>
    /// <param name="text">The original text.</param>
    /// <returns>The value, with <see cref="DatePrecision.Season"/>.</returns>
    /// <exception cref="ArgumentException">The year or season is out of range.</exception>
    public static UncertainDate InSeason(int year, int season, string? text = null)
    {
        if (season is < 21 or > 24)
        {
            throw new ArgumentException($"season ({season}) must be between 21 and 24.", nameof(season));
        }

        if (year is < 1 or > 9998)
        {
            throw new ArgumentException($"year ({year}) must be between 1 and 9998.", nameof(year));
        }

        var (first, last) = Edtf.SeasonBounds(year, season);
        return new(first, last, DatePrecision.Season, DateStatedAs.Exact, false, text);
    }

    /// <summary>Creates an approximate day ("Around 10 August 2014").</summary>
    /// <param name="day">The stated day.</param>
    /// <param name="text">The original text.</param>
    /// <returns>The value.</returns>
    public static UncertainDate Around(LocalDate day, string? text = null) =>
        new(day, day, DatePrecision.Day, DateStatedAs.Approximate, false, text);

    /// <summary>Creates a date counted from another ("The next day").</summary>
    /// <param name="first">The first possible day.</param>
    /// <param name="last">The last possible day.</param>
    /// <param name="text">The original text.</param>
    /// <returns>The value.</returns>
    public static UncertainDate Relative(LocalDate first, LocalDate last, string? text = null) =>
        new(first, last, PrecisionForSpan(first, last), DateStatedAs.Relative, false, text);

    /// <summary>Creates the canonical value for a range of days: precision derived from the bounds, stated exactly
    /// when the range is one day and as one-of-range otherwise, no text. Open ends are allowed.</summary>
    /// <param name="earliest">The first possible day, or <see langword="null"/>.</param>
    /// <param name="latest">The last possible day, or <see langword="null"/>.</param>
    /// <returns>The value.</returns>
    public static UncertainDate FromBounds(LocalDate? earliest, LocalDate? latest)
    {
        if (earliest is { } e && latest is { } l)
        {
            return OneOf(e, l);
        }

        if (earliest is null && latest is null)
        {
            return default;
        }

        return new(earliest, latest, DatePrecision.Day,
            earliest is null ? DateStatedAs.OnOrBefore : DateStatedAs.OnOrAfter);
    }

    /// <summary>Returns the precision that best describes an inclusive range of days.</summary>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day.</param>
    /// <returns>The precision.</returns>
    public static DatePrecision PrecisionForSpan(LocalDate first, LocalDate last)
    {
        if (first > last)
        {
            throw new ArgumentException($"first ({first:uuuu-MM-dd}) must not be after last ({last:uuuu-MM-dd}).", nameof(first));
        }

        int days = Period.DaysBetween(first, last) + 1;
        if (days == 1)
        {
            return DatePrecision.Day;
        }

        if (first.Day == 1 && last == last.With(DateAdjusters.EndOfMonth))
        {
            if (first.Year == last.Year && first.Month == 1 && last.Month == 12)
            {
                return DatePrecision.Year;
            }

            if (first.Year == last.Year && first.Month == last.Month)
            {
                return DatePrecision.Month;
            }
        }

        return days switch
        {
            <= 6 => DatePrecision.Days,
            7 => DatePrecision.Week,
            <= 11 => DatePrecision.MonthPart,
            <= 31 => DatePrecision.Month,
            <= 92 => DatePrecision.Quarter,
            <= 184 => DatePrecision.HalfYear,
            <= 366 => DatePrecision.Year,
            _ => DatePrecision.Decade,
        };
    }

    /// <summary>Returns whether <paramref name="day"/> is one of the possible days.</summary>
    /// <param name="day">The day.</param>
    /// <returns><see langword="true"/> when possible.</returns>
    [Pure]
    public bool Contains(LocalDate day) => (Earliest is not { } e || day >= e) && (Latest is not { } l || day <= l);

    /// <summary>Returns whether every day possible for <paramref name="other"/> is possible for this value.</summary>
    /// <param name="other">The other date.</param>
    /// <returns><see langword="true"/> when contained.</returns>
    [Pure]
    public bool Contains(UncertainDate other) =>
        (Earliest is not { } e || (other.Earliest is { } oe && oe >= e)) &&
        (Latest is not { } l || (other.Latest is { } ol && ol <= l));

    /// <summary>Returns whether the two values share at least one possible day.</summary>
    /// <param name="other">The other date.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    [Pure]
    public bool Overlaps(UncertainDate other) =>
        (Latest is not { } l || other.Earliest is not { } oe || oe <= l) &&
        (Earliest is not { } e || other.Latest is not { } ol || ol >= e);

    /// <summary>Returns the days possible under both reports (two reports of one moment narrow it), or
    /// <see langword="null"/> when they are disjoint.</summary>
    /// <remarks>
    /// <para>Equal inputs (full value equality, <see cref="Text"/> included) return the input unchanged; otherwise the
    /// result is the canonical <see cref="FromBounds"/> value of the common days, so precision, stated-as and text of
    /// the inputs are not carried over. Because the canonical value depends on the bounds only, the operation is
    /// commutative, associative and idempotent on every value (with <see langword="null"/> absorbing: three ranges
    /// with no common day give <see langword="null"/> however they are grouped). The result contains exactly the days
    /// both inputs contain.</para>
    /// </remarks>
    /// <param name="other">The other date.</param>
    /// <returns>The intersection, or <see langword="null"/>.</returns>
    [Pure]
    public UncertainDate? Intersect(UncertainDate other)
    {
        if (!Overlaps(other))
        {
            return null;
        }

        if (this == other)
        {
            return this;
        }

        return FromBounds(Max(Earliest, other.Earliest), Min(Latest, other.Latest));
    }

    /// <summary>Returns the smallest range containing both values (the days between them included).</summary>
    /// <remarks>Equal inputs (full value equality) return the input unchanged; otherwise the result is the canonical
    /// <see cref="FromBounds"/> value, which depends on the bounds only. The operation is therefore commutative,
    /// associative and idempotent on every value, and the result contains both inputs.</remarks>
    /// <param name="other">The other date.</param>
    /// <returns>The hull.</returns>
    [Pure]
    public UncertainDate Hull(UncertainDate other)
    {
        if (this == other)
        {
            return this;
        }

        LocalDate? e = Earliest is { } a && other.Earliest is { } b ? (a < b ? a : b) : null;
        LocalDate? l = Latest is { } c && other.Latest is { } d ? (c > d ? c : d) : null;
        return FromBounds(e, l);
    }

    /// <summary>Returns the TIMEX3 (TimeML) value and modifier for this date.</summary>
    /// <remarks>
    /// <para>The value is the calendar unit the date is stated in: <c>2014-04-10</c>, <c>2014-03</c>, <c>2014</c>,
    /// a season <c>2014-SP</c>/<c>SU</c>/<c>FA</c>/<c>WI</c>, a quarter <c>2014-Q1</c>, a half-year <c>2014-H1</c>, an
    /// ISO week <c>2014-W12</c>, a decade <c>201</c>, a century <c>20</c>. A range that is no calendar unit is given
    /// the smallest day, month, year, decade or century that contains it (TIMEX3 needs a duration with anchors for an
    /// exact range). A fully unknown date is <c>XXXX</c>.</para>
    /// <para>The modifier: early/mid/late of a month give the month with <c>START</c>/<c>MID</c>/<c>END</c>;
    /// on-or-before (or an open start) gives the bounding unit with <c>ON_OR_BEFORE</c>, on-or-after (or an open end)
    /// <c>ON_OR_AFTER</c>; approximate (and approximate-and-uncertain) gives <c>APPROX</c>; otherwise none.</para>
    /// </remarks>
    /// <returns>The value and modifier.</returns>
    [Pure]
    public Timex3Value ToTimex3() => Timex3.From(this);

    /// <summary>Returns the UCDP GED <c>date_prec</c> code: 1 exact day, 2 within 2–6 days, 3 within a week,
    /// 4 within a month, 5 longer than a month or open.</summary>
    /// <returns>A value from 1 to 5.</returns>
    [Pure]
    public int ToUcdpDatePrecision() => DayCount switch
    {
        1 => 1,
        <= 6 => 2,
        <= 7 => 3,
        <= 31 => 4,
        _ => 5,
    };

    /// <inheritdoc/>
    public override string ToString() => Edtf.Format(this);

    internal static LocalDate CreateDate(int year, int month, int day)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentException($"year ({year}) must be between 1 and 9999.", nameof(year));
        }

        if (month is < 1 or > 12)
        {
            throw new ArgumentException($"month ({month}) must be between 1 and 12.", nameof(month));
        }

        int dim = CalendarSystem.Iso.GetDaysInMonth(year, month);
        if (day < 1 || day > dim)
        {
            throw new ArgumentException($"day ({day}) must be between 1 and {dim} for {year:D4}-{month:D2}.", nameof(day));
        }

        return new LocalDate(year, month, day);
    }

    private static LocalDate? Max(LocalDate? a, LocalDate? b) => a is null ? b : b is null ? a : (a > b ? a : b);

    private static LocalDate? Min(LocalDate? a, LocalDate? b) => a is null ? b : b is null ? a : (a < b ? a : b);

    private sealed class EarliestComparer : IComparer<UncertainDate>
    {
        public int Compare(UncertainDate x, UncertainDate y)
        {
            int c = CompareStart(x.Earliest, y.Earliest);
            return c != 0 ? c : CompareEnd(x.Latest, y.Latest);
        }

        private static int CompareStart(LocalDate? a, LocalDate? b) =>
            a is null ? (b is null ? 0 : -1) : b is null ? 1 : a.Value.CompareTo(b.Value);

        private static int CompareEnd(LocalDate? a, LocalDate? b) =>
            a is null ? (b is null ? 0 : 1) : b is null ? -1 : a.Value.CompareTo(b.Value);
    }
}
