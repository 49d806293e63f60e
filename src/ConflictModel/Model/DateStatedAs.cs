namespace ConflictModel;

/// <summary>How the source stated an <see cref="UncertainDate"/>.</summary>
public enum DateStatedAs
{
    /// <summary>Stated plainly (<c>On 10 April 2014</c>, <c>April 2014</c>).</summary>
    Exact = 0,
    /// <summary>Hedged (<c>Around 10 August</c>): EDTF <c>~</c>.</summary>
    Approximate,
    /// <summary>Early part of a month (days 1–10).</summary>
    EarlyOfMonth,
    /// <summary>Middle of a month (days 11–20).</summary>
    MidOfMonth,
    /// <summary>Late part of a month (day 21 to the end).</summary>
    LateOfMonth,
    /// <summary>On or before the latest day (<c>By 26 April</c>): the earliest end is open.</summary>
    OnOrBefore,
    /// <summary>On or after the earliest day (<c>since July 2014</c>): the latest end is open.</summary>
    OnOrAfter,
    /// <summary>Counted from another date (<c>The next day</c>, <c>two days later</c>).</summary>
    Relative,
    /// <summary>One unknown day within a range (<c>Between 10 and 12 February</c>): EDTF <c>[a..b]</c>.</summary>
    OneOfRange,
    /// <summary>Uncertain (<c>?</c> in EDTF): the source is not sure.</summary>
    Uncertain,
    /// <summary>Both approximate and uncertain (<c>%</c> in EDTF).</summary>
    ApproximateAndUncertain,
}
