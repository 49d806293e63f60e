using System.Globalization;
using NodaTime;

namespace ConflictModel.Rendering;

/// <summary>
/// Short human-readable text for values, as tables and pictures show them: dates as ranges
/// (<c>8–19 Nov 2017</c>, <c>by 19 Nov 2017</c>, <c>from 13 Sep 2014</c>, <c>~10 Aug 2014</c>) and figures as
/// <c>low–high (best)</c> (<c>48–61 (61)</c>, <c>300+</c>, <c>up to 40</c>).
/// </summary>
/// <remarks>Output uses the invariant culture and English month abbreviations. Stateless and thread-safe.</remarks>
public static class DisplayText
{
    private static readonly string[] Months =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>Returns an uncertain date as a range of days.</summary>
    /// <param name="date">The date.</param>
    /// <returns>For example <c>9 Nov 2017</c>, <c>8–19 Nov 2017</c>, <c>28 Oct – 2 Nov 2017</c>, <c>Nov 2017</c>,
    /// <c>2015</c>, <c>by 19 Nov 2017</c>, <c>from 13 Sep 2014</c>, <c>undated</c>; a <c>~</c> prefix when approximate,
    /// a <c>(year inferred)</c> suffix when the year was not written.</returns>
    public static string Format(UncertainDate date)
    {
        string core = (date.Earliest, date.Latest) switch
        {
            (null, null) => "undated",
            (null, { } l) => "by " + Day(l),
            ({ } e, null) => "from " + Day(e),
            ({ } e, { } l) => Range(e, l),
        };
        if (date.StatedAs is DateStatedAs.Approximate or DateStatedAs.ApproximateAndUncertain)
        {
            core = "~" + core;
        }

        if (date.StatedAs is DateStatedAs.Uncertain or DateStatedAs.ApproximateAndUncertain)
        {
            core += "?";
        }

        return date.YearInferred ? core + " (year inferred)" : core;
    }

    /// <summary>Returns a period as a range: <c>13 Sep 2014 – 26 Jan 2015</c>, <c>from 2 Jan 2014 (ongoing)</c>.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The text.</returns>
    public static string Format(UncertainPeriod period)
    {
        if (period.End is null)
        {
            string start = period.Start.Earliest is { } s ? "from " + Day(s) : "undated";
            return period.IsOngoing ? start + " (ongoing)" : start;
        }

        return Format(period.Extent);
    }

    /// <summary>Returns a figure as <c>low–high (best)</c>: <c>61</c> when exact, <c>48–61</c>, <c>48–61 (55)</c>,
    /// <c>300+</c> (no upper bound), <c>up to 40</c> (no stated lower bound), <c>~40</c> (approximately).</summary>
    /// <param name="value">The estimate.</param>
    /// <returns>The text.</returns>
    public static string Format(Estimate value)
    {
        string low = N(value.Low);
        string core;
        if (value.High is not { } high)
        {
            core = low + "+";
        }
        else if (!value.HasStatedLow && value.Low == 0)
        {
            core = "up to " + N(high);
        }
        else if (high == value.Low)
        {
            core = low;
        }
        else
        {
            core = low + "–" + N(high);
        }

        if (value.Best is { } best && !(value.High == value.Low && best == value.Low))
        {
            core += " (" + N(best) + ")";
        }

        return value.IsApproximate && value.High == value.Low ? "~" + core : core;
    }

    /// <summary>Returns a day as <c>9 Nov 2017</c>.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The text.</returns>
    public static string Day(LocalDate day) =>
        string.Create(CultureInfo.InvariantCulture, $"{day.Day} {Months[day.Month - 1]} {day.Year}");

    /// <summary>Returns a month as <c>Nov 2017</c>, or only <c>Nov</c> when <paramref name="withYear"/> is false.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="withYear">Whether to add the year.</param>
    /// <returns>The text.</returns>
    public static string Month(int year, int month, bool withYear = true)
    {
        if (month is < 1 or > 12)
        {
            throw new ArgumentException($"month ({month}) must be between 1 and 12.", nameof(month));
        }

        return withYear ? string.Create(CultureInfo.InvariantCulture, $"{Months[month - 1]} {year}") : Months[month - 1];
    }

    private static string Range(LocalDate e, LocalDate l)
    {
        if (e == l)
        {
            return Day(e);
        }

        if (e.Day == 1 && l == l.With(DateAdjusters.EndOfMonth))
        {
            if (e.Year == l.Year && e.Month == 1 && l.Month == 12)
            {
                return e.Year.ToString(CultureInfo.InvariantCulture);
            }

            if (e.Year == l.Year && e.Month == l.Month)
            {
                return Month(e.Year, e.Month);
            }
        }

        if (e.Year == l.Year && e.Month == l.Month)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{e.Day}–{Day(l)}");
        }

        if (e.Year == l.Year)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{e.Day} {Months[e.Month - 1]} – {Day(l)}");
        }

        return Day(e) + " – " + Day(l);
    }

    private static string N(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}
