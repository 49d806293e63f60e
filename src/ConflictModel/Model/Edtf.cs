using System.Globalization;
using System.Text;
using NodaTime;

namespace ConflictModel;

/// <summary>
/// Formats and parses the Extended Date/Time Format (ISO 8601-2, EDTF) for <see cref="UncertainDate"/> and
/// <see cref="UncertainPeriod"/>: Level 0, Level 1 (<c>~ ? %</c>, unspecified <c>X</c> digits, seasons 21–24, open
/// <c>..</c> ends) and, from Level 2, one-of-a-set ranges <c>[a..b]</c> and <c>[..b]</c> / <c>[a..]</c>.
/// </summary>
/// <remarks>This class is stateless and thread-safe.</remarks>
public static partial class Edtf
{
    /// <summary>Returns the EDTF string for an uncertain date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>For example <c>2014-04-10</c>, <c>2014-03</c>, <c>2014-03-11/2014-03-20</c>, <c>[..2014-04-26]</c>.</returns>
    public static string Format(UncertainDate date)
    {
        var (e, l) = (date.Earliest, date.Latest);
        if (e is null && l is null)
        {
            return "..";
        }

        string qualifier = date.StatedAs switch
        {
            DateStatedAs.Approximate => "~",
            DateStatedAs.Uncertain => "?",
            DateStatedAs.ApproximateAndUncertain => "%",
            _ => string.Empty,
        };

        if (e is null)
        {
            return date.StatedAs == DateStatedAs.OnOrBefore ? $"[..{Day(l!.Value)}]" : $"../{Day(l!.Value)}";
        }

        if (l is null)
        {
            return date.StatedAs == DateStatedAs.OnOrAfter ? $"[{Day(e.Value)}..]" : $"{Day(e.Value)}/..";
        }

        if (TryFormatUnit(e.Value, l.Value, date.Precision, out string unit))
        {
            return unit + qualifier;
        }

        return date.StatedAs == DateStatedAs.OneOfRange
            ? $"[{Day(e.Value)}..{Day(l.Value)}]"
            : $"{Day(e.Value)}{qualifier}/{Day(l.Value)}{qualifier}";
    }

    /// <summary>Returns the EDTF interval for a period (<c>2014-04-10/2014-07-14</c>, <c>2014-01-02/..</c>).</summary>
    /// <param name="period">The period.</param>
    /// <returns>The EDTF string.</returns>
    public static string Format(UncertainPeriod period)
    {
        string start = period.Start.Earliest is null && period.Start.Latest is null ? string.Empty : FormatEndpoint(period.Start);
        string end = period.End is { } e ? FormatEndpoint(e) : period.IsOngoing ? ".." : string.Empty;
        return $"{start}/{end}";
    }

    private static string FormatEndpoint(UncertainDate d)
    {
        string s = Format(d);
        return s.Contains('/', StringComparison.Ordinal) || s.StartsWith('[') ? FormatBoundsLoose(d) : s;
    }

    private static string FormatBoundsLoose(UncertainDate d) =>
        d.Earliest is { } e ? Day(e) : d.Latest is { } l ? Day(l) : string.Empty;

    private static bool TryFormatUnit(LocalDate e, LocalDate l, DatePrecision precision, out string text)
    {
        text = string.Empty;
        bool startsMonth = e.Day == 1;
        bool endsMonth = l == l.With(DateAdjusters.EndOfMonth);
        switch (precision)
        {
            case DatePrecision.Day when e == l:
                text = Day(e);
                return true;
            case DatePrecision.Day when startsMonth && endsMonth && e.Year == l.Year && e.Month == l.Month:
                text = string.Create(CultureInfo.InvariantCulture, $"{e.Year:D4}-{e.Month:D2}-XX");
                return true;
            case DatePrecision.Month when startsMonth && endsMonth && e.Year == l.Year && e.Month == l.Month:
                text = string.Create(CultureInfo.InvariantCulture, $"{e.Year:D4}-{e.Month:D2}");
                return true;
            case DatePrecision.Month when e.Year == l.Year && e.Month == 1 && e.Day == 1 && l.Month == 12 && l.Day == 31:
                text = string.Create(CultureInfo.InvariantCulture, $"{e.Year:D4}-XX");
                return true;
            case DatePrecision.Year when e.Year == l.Year && e.Month == 1 && e.Day == 1 && l.Month == 12 && l.Day == 31:
                text = e.Year.ToString("D4", CultureInfo.InvariantCulture);
                return true;
            case DatePrecision.Year or DatePrecision.Decade when e.Year % 10 == 0 && l.Year == e.Year + 9 && e.Month == 1 && e.Day == 1 && l.Month == 12 && l.Day == 31:
                text = string.Create(CultureInfo.InvariantCulture, $"{e.Year / 10:D3}X");
                return true;
            case DatePrecision.Season when TrySeason(e, l, out int code):
                text = string.Create(CultureInfo.InvariantCulture, $"{e.Year:D4}-{code}");
                return true;
            default:
                return false;
        }
    }

    /// <summary>Maps EDTF season codes 21–24 (spring, summer, autumn, winter; northern hemisphere, by meteorological
    /// months: spring March–May, summer June–August, autumn September–November, winter December–February of the
    /// next year) to their first and last days.</summary>
    /// <param name="year">The year.</param>
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
            if (e.Year < 9999 && SeasonBounds(e.Year, code) == (e, l))
            {
                return true;
            }
        }

        code = 0;
        return false;
    }

    internal static string Day(LocalDate d) => string.Create(CultureInfo.InvariantCulture, $"{d.Year:D4}-{d.Month:D2}-{d.Day:D2}");

    internal static void AppendDay(StringBuilder sb, LocalDate d) => sb.Append(Day(d));
}
