using System.Globalization;
using System.Text;
using NodaTime;

namespace ConflictModel;

/// <summary>
/// Formats and parses the Extended Date/Time Format (ISO 8601-2, EDTF) for <see cref="UncertainDate"/> and
/// <see cref="UncertainPeriod"/>: Level 0, Level 1 (<c>~ ? %</c>, unspecified <c>X</c> digits, seasons 21–24, open
/// <c>..</c> and unknown (empty) interval ends) and, from Level 2, the one-of-a-set ranges <c>[a..b]</c>,
/// <c>[..b]</c> and <c>[a..]</c>.
/// </summary>
/// <remarks>
/// <para><b>How EDTF maps to <see cref="UncertainDate"/></b> (the set of days on which one thing happened):</para>
/// <list type="table">
/// <listheader><term>EDTF</term><description>value (precision, stated-as)</description></listheader>
/// <item><term><c>2014-04-10</c>, <c>2014-03</c>, <c>2014</c>, <c>2014-21</c></term><description>that day, month,
/// year or season (Day, Month, Year, Season; Exact).</description></item>
/// <item><term>suffix <c>~</c>, <c>?</c>, <c>%</c></term><description>the same days, stated
/// <see cref="DateStatedAs.Approximate"/>, <see cref="DateStatedAs.Uncertain"/>,
/// <see cref="DateStatedAs.ApproximateAndUncertain"/>.</description></item>
/// <item><term><c>2014-05-XX</c>, <c>2014-XX-XX</c>, <c>2014-XX</c>, <c>201X</c>, <c>20XX</c></term><description>the
/// unit of the unspecified component, spanning the enclosing known unit: Day over a month or a year, Month over a
/// year, Year over a decade or a century.</description></item>
/// <item><term><c>a/b</c> (both ends known)</term><description>one unknown day from the first day of <c>a</c> to the
/// last day of <c>b</c>. When the days are exactly early (1–10), mid (11–20) or late (21–end) of one month and there
/// is no qualifier, the value is that part of the month (MonthPart, Early/Mid/LateOfMonth: <c>2014-03-11/2014-03-20</c>
/// is mid-March). Otherwise the precision is <see cref="UncertainDate.PrecisionForSpan"/> of the days and the
/// stated-as is the qualifier both ends carry (they must carry the same one), or Exact.</description></item>
/// <item><term><c>../b</c>, <c>/b</c>, <c>a/..</c>, <c>a/</c></term><description>an open start or end (open and
/// unknown ends are the same thing for one date): the known end's precision and qualifier.</description></item>
/// <item><term><c>[a..b]</c></term><description>one of the days (<see cref="DateStatedAs.OneOfRange"/>): Month
/// precision when both ends are months, Year when both are years, otherwise
/// <see cref="UncertainDate.PrecisionForSpan"/>.</description></item>
/// <item><term><c>[..b]</c>, <c>[a..]</c></term><description><see cref="DateStatedAs.OnOrBefore"/> and
/// <see cref="DateStatedAs.OnOrAfter"/> with the bound's precision.</description></item>
/// <item><term><c>../..</c></term><description>nothing known: <c>default(UncertainDate)</c>.</description></item>
/// </list>
/// <para><b>Round trip.</b> <see cref="Format(UncertainDate)"/> writes exactly these shapes, so
/// <c>Parse(Format(x)) == x</c> for every value of one of them with no <see cref="UncertainDate.Text"/> and no
/// inferred year (EDTF carries neither). Other values (a relative date, a precision that does not match its days, a
/// month part with a qualifier-free stated-as other than its own) are written with their exact bounds, so the days
/// always survive a round trip while the precision or stated-as may not.</para>
/// <para><b>Periods.</b> <see cref="Format(UncertainPeriod)"/> writes <c>start/end</c>; an unknown start
/// (<c>default</c>) is written <c>..</c>, an ongoing end <c>..</c>, an unknown end as empty. An endpoint that is not a
/// single unit (for instance a month part) is written as its outer day (the start's earliest, the end's latest), so
/// the <see cref="UncertainPeriod.Extent"/> always survives.</para>
/// <para>This class is stateless and thread-safe.</para>
/// </remarks>
public static partial class Edtf
{
    /// <summary>Returns the EDTF string for an uncertain date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>For example <c>2014-04-10</c>, <c>2014-03</c>, <c>2014-03-11/2014-03-20</c>, <c>[..2014-04-26]</c>.</returns>
    public static string Format(UncertainDate date)
    {
        var (e, l) = (date.Earliest, date.Latest);
        var p = date.Precision;
        string? q = Qualifier(date.StatedAs);
        if (e is null && l is null)
        {
            return "../..";
        }

        if (e is null)
        {
            string bound = FormatBound(l!.Value, p, atEnd: true);
            return date.StatedAs == DateStatedAs.OnOrBefore ? $"[..{bound}]" : $"../{bound}{q}";
        }

        if (l is null)
        {
            string bound = FormatBound(e.Value, p, atEnd: false);
            return date.StatedAs == DateStatedAs.OnOrAfter ? $"[{bound}..]" : $"{bound}{q}/..";
        }

        if (date.StatedAs == DateStatedAs.OneOfRange)
        {
            return FormatSet(e.Value, l.Value, p);
        }

        if (q is not null)
        {
            return TryFormatUnit(e.Value, l.Value, p, out string unit)
                ? unit + q
                : $"{Day(e.Value)}{q}/{Day(l.Value)}{q}";
        }

        return $"{Day(e.Value)}/{Day(l.Value)}";
    }

    /// <summary>Returns the EDTF interval for a period (<c>2014-04-10/2014-07-14</c>, <c>2014-01-02/..</c>,
    /// <c>../2014-04-26</c>).</summary>
    /// <param name="period">The period.</param>
    /// <returns>The EDTF string.</returns>
    public static string Format(UncertainPeriod period)
    {
        string start = period.Start == default ? ".." : FormatEndpoint(period.Start, atEnd: false);
        string end = period.End is { } e ? FormatEndpoint(e, atEnd: true) : period.IsOngoing ? ".." : string.Empty;
        return $"{start}/{end}";
    }

    /// <summary>Returns the qualifier suffix for a stated-as that EDTF can carry on a unit, or null.</summary>
    private static string? Qualifier(DateStatedAs statedAs) => statedAs switch
    {
        DateStatedAs.Exact => string.Empty,
        DateStatedAs.Approximate => "~",
        DateStatedAs.Uncertain => "?",
        DateStatedAs.ApproximateAndUncertain => "%",
        _ => null,
    };

    private static string FormatEndpoint(UncertainDate d, bool atEnd)
    {
        if (d.Earliest is { } e && d.Latest is { } l && Qualifier(d.StatedAs) is { } q && TryFormatUnit(e, l, d.Precision, out string unit))
        {
            return unit + q;
        }

        return atEnd
            ? (d.Latest is { } last ? Day(last) : string.Empty)
            : (d.Earliest is { } first ? Day(first) : "..");
    }

    private static string FormatSet(LocalDate e, LocalDate l, DatePrecision p)
    {
        if (p == DatePrecision.Month && e.Day == 1 && IsEndOfMonth(l))
        {
            return $"[{Month(e)}..{Month(l)}]";
        }

        if (p == DatePrecision.Year && IsStartOfYear(e) && IsEndOfYear(l))
        {
            return $"[{Year(e.Year)}..{Year(l.Year)}]";
        }

        return $"[{Day(e)}..{Day(l)}]";
    }

    /// <summary>Writes one known bound of an open range in the unit of <paramref name="p"/> when the bound is that
    /// unit's first (start) or last (end) day, otherwise as a day.</summary>
    private static string FormatBound(LocalDate d, DatePrecision p, bool atEnd)
    {
        switch (p)
        {
            case DatePrecision.Month when atEnd ? IsEndOfMonth(d) : d.Day == 1:
                return Month(d);
            case DatePrecision.Year when atEnd ? IsEndOfYear(d) : IsStartOfYear(d):
                return Year(d.Year);
            case DatePrecision.Season:
                int year = atEnd && d.Month <= 2 ? d.Year - 1 : d.Year;
                for (int code = 21; code <= 24; code++)
                {
                    if (year is >= 0 and < 9999)
                    {
                        var (first, last) = SeasonBounds(year, code);
                        if ((atEnd ? last : first) == d)
                        {
                            return string.Create(CultureInfo.InvariantCulture, $"{Year(year)}-{code}");
                        }
                    }
                }

                return Day(d);
            default:
                return Day(d);
        }
    }

    private static bool TryFormatUnit(LocalDate e, LocalDate l, DatePrecision precision, out string text)
    {
        bool oneMonth = e.Day == 1 && IsEndOfMonth(l) && e.Year == l.Year && e.Month == l.Month;
        bool oneYear = IsStartOfYear(e) && IsEndOfYear(l) && e.Year == l.Year;
        bool startsYear = IsStartOfYear(e) && IsEndOfYear(l);
        text = precision switch
        {
            DatePrecision.Day when e == l => Day(e),
            DatePrecision.Day when oneMonth => Month(e) + "-XX",
            DatePrecision.Day when oneYear => Year(e.Year) + "-XX-XX",
            DatePrecision.Month when oneMonth => Month(e),
            DatePrecision.Month when oneYear => Year(e.Year) + "-XX",
            DatePrecision.Year when oneYear => Year(e.Year),
            DatePrecision.Year when startsYear && e.Year % 10 == 0 && l.Year == e.Year + 9 =>
                (e.Year / 10).ToString("D3", CultureInfo.InvariantCulture) + "X",
            DatePrecision.Year when startsYear && e.Year % 100 == 0 && l.Year == e.Year + 99 =>
                (e.Year / 100).ToString("D2", CultureInfo.InvariantCulture) + "XX",
            DatePrecision.Season when TrySeason(e, l, out int code) =>
                string.Create(CultureInfo.InvariantCulture, $"{Year(e.Year)}-{code}"),
            _ => string.Empty,
        };
        return text.Length > 0;
    }

    /// <summary>Maps EDTF season codes 21–24 (spring, summer, autumn, winter; northern hemisphere, by meteorological
    /// months: spring March–May, summer June–August, autumn September–November, winter December–February of the
    /// next year) to their first and last days.</summary>
    /// <param name="year">The year (0 to 9998).</param>
    /// <param name="code">21 to 24.</param>
    /// <returns>The first and last days.</returns>
    internal static (LocalDate First, LocalDate Last) SeasonBounds(int year, int code) => code switch
    {
        21 => (new LocalDate(year, 3, 1), new LocalDate(year, 5, 31)),
        22 => (new LocalDate(year, 6, 1), new LocalDate(year, 8, 31)),
        23 => (new LocalDate(year, 9, 1), new LocalDate(year, 11, 30)),
        24 => (new LocalDate(year, 12, 1), new LocalDate(year + 1, 3, 1).PlusDays(-1)),
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "A season code is 21 to 24."),
    };

    private static bool TrySeason(LocalDate e, LocalDate l, out int code)
    {
        for (code = 21; code <= 24; code++)
        {
            if (e.Year is >= 0 and < 9999 && SeasonBounds(e.Year, code) == (e, l))
            {
                return true;
            }
        }

        code = 0;
        return false;
    }

    internal static bool IsEndOfMonth(LocalDate d) => d.Day == CalendarSystem.Iso.GetDaysInMonth(d.Year, d.Month);

    private static bool IsStartOfYear(LocalDate d) => d.Month == 1 && d.Day == 1;

    private static bool IsEndOfYear(LocalDate d) => d.Month == 12 && d.Day == 31;

    private static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    private static string Month(LocalDate d) => string.Create(CultureInfo.InvariantCulture, $"{d.Year:D4}-{d.Month:D2}");

    internal static string Day(LocalDate d) => string.Create(CultureInfo.InvariantCulture, $"{d.Year:D4}-{d.Month:D2}-{d.Day:D2}");

    internal static void AppendDay(StringBuilder sb, LocalDate d) => sb.Append(Day(d));
}
