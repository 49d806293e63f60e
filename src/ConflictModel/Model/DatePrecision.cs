namespace ConflictModel;

/// <summary>
/// The unit in which an <see cref="UncertainDate"/> is known: the width of the smallest calendar unit the source
/// committed to. A date spanning several units of its precision (for example a month-precision date whose month is
/// unknown) is formatted with unspecified digits in EDTF (<c>2014-XX</c>, <c>2014-05-XX</c>, <c>201X</c>).
/// </summary>
public enum DatePrecision
{
    /// <summary>Nothing is known (both ends open or the value is the default).</summary>
    Unknown = 0,
    /// <summary>One calendar day.</summary>
    Day,
    /// <summary>A run of two to six days (<c>10–12 February</c> as one unknown day).</summary>
    Days,
    /// <summary>A week.</summary>
    Week,
    /// <summary>Part of a month: early (1–10), mid (11–20) or late (21–end).</summary>
    MonthPart,
    /// <summary>A calendar month.</summary>
    Month,
    /// <summary>A season (EDTF 21–24).</summary>
    Season,
    /// <summary>A quarter of a year.</summary>
    Quarter,
    /// <summary>Half a year (<c>mid-2014</c> is approximated by the middle of the year).</summary>
    HalfYear,
    /// <summary>A calendar year.</summary>
    Year,
    /// <summary>A decade the source committed to as such ("the 2010s"). EDTF <c>201X</c> is instead a
    /// <see cref="Year"/>-precision date whose year is unspecified within the decade; a decade-precision value is
    /// written in EDTF as the interval of its days.</summary>
    Decade,
}
