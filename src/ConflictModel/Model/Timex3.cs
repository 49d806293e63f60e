using System.Globalization;
using NodaTime;
using NodaTime.Calendars;

namespace ConflictModel;

/// <summary>Builds TIMEX3 values for <see cref="UncertainDate.ToTimex3"/>. Stateless and thread-safe.</summary>
internal static class Timex3
{
    internal static Timex3Value From(UncertainDate date)
    {
        var (e, l) = (date.Earliest, date.Latest);
        switch (date.StatedAs)
        {
            case DateStatedAs.EarlyOfMonth or DateStatedAs.MidOfMonth or DateStatedAs.LateOfMonth
                when e is { } first && l is { } last && first.Year == last.Year && first.Month == last.Month:
                return new(Month(first), date.StatedAs switch
                {
                    DateStatedAs.EarlyOfMonth => "START",
                    DateStatedAs.MidOfMonth => "MID",
                    _ => "END",
                });
        }

        if (e is null && l is null)
        {
            return new("XXXX", null);
        }

        if (e is null)
        {
            return new(Bound(l!.Value, date.Precision, atEnd: true), "ON_OR_BEFORE");
        }

        if (l is null)
        {
            return new(Bound(e.Value, date.Precision, atEnd: false), "ON_OR_AFTER");
        }

        string? mod = date.StatedAs switch
        {
            DateStatedAs.Approximate or DateStatedAs.ApproximateAndUncertain => "APPROX",
            DateStatedAs.OnOrBefore => "ON_OR_BEFORE",
            DateStatedAs.OnOrAfter => "ON_OR_AFTER",
            _ => null,
        };
        return new(Range(e.Value, l.Value, date.Precision), mod);
    }

    private static string Range(LocalDate e, LocalDate l, DatePrecision precision)
    {
        if (e == l)
        {
            return Edtf.Day(e);
        }

        bool sameYear = e.Year == l.Year;
        bool wholeMonths = e.Day == 1 && l == l.With(DateAdjusters.EndOfMonth);
        if (sameYear && e.Month == l.Month && wholeMonths)
        {
            return Month(e);
        }

        if (precision == DatePrecision.Season)
        {
            for (int code = 21; code <= 24; code++)
            {
                if (e.Year < 9999 && Edtf.SeasonBounds(e.Year, code) == (e, l))
                {
                    return Year(e.Year) + code switch { 21 => "-SP", 22 => "-SU", 23 => "-FA", _ => "-WI" };
                }
            }
        }

        if (sameYear && wholeMonths)
        {
            int months = l.Month - e.Month + 1;
            if (months == 3 && e.Month % 3 == 1)
            {
                return Year(e.Year) + "-Q" + ((e.Month + 2) / 3).ToString(CultureInfo.InvariantCulture);
            }

            if (months == 6 && e.Month % 6 == 1)
            {
                return Year(e.Year) + "-H" + ((e.Month + 5) / 6).ToString(CultureInfo.InvariantCulture);
            }

            if (months == 12)
            {
                return Year(e.Year);
            }
        }

        if (Period.DaysBetween(e, l) == 6 && e.DayOfWeek == IsoDayOfWeek.Monday)
        {
            int week = WeekYearRules.Iso.GetWeekOfWeekYear(e);
            int weekYear = WeekYearRules.Iso.GetWeekYear(e);
            return string.Create(CultureInfo.InvariantCulture, $"{weekYear:D4}-W{week:D2}");
        }

        if (sameYear && e.Month == l.Month)
        {
            return Month(e);
        }

        if (sameYear)
        {
            return Year(e.Year);
        }

        if (e.Year / 10 == l.Year / 10)
        {
            return (e.Year / 10).ToString("D3", CultureInfo.InvariantCulture);
        }

        return e.Year / 100 == l.Year / 100 ? (e.Year / 100).ToString("D2", CultureInfo.InvariantCulture) : "XXXX";
    }

    private static string Bound(LocalDate d, DatePrecision precision, bool atEnd)
    {
        bool monthEdge = atEnd ? Edtf.IsEndOfMonth(d) : d.Day == 1;
        bool yearEdge = atEnd ? (d.Month == 12 && d.Day == 31) : (d.Month == 1 && d.Day == 1);
        return precision switch
        {
            DatePrecision.Month when monthEdge => Month(d),
            DatePrecision.Year or DatePrecision.Decade when yearEdge => Year(d.Year),
            _ => Edtf.Day(d),
        };
    }

    private static string Month(LocalDate d) => string.Create(CultureInfo.InvariantCulture, $"{d.Year:D4}-{d.Month:D2}");

    private static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);
}
