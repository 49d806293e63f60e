namespace ConflictModel.Recognition;

/// <summary>What shape of date expression a <see cref="DateMention"/> is.</summary>
public enum DateMentionKind
{
    /// <summary>One calendar day ("On 10 April", "At midnight on 12 December", "Around 10 August 2014").</summary>
    Day = 0,
    /// <summary>Explicit first and last day ("10–11 April", "Between 10 and 12 February", "From 30 April until 10 May").</summary>
    DayRange,
    /// <summary>Early (1–10), mid (11–20) or late (21–end) part of a month ("mid-March", "At the beginning of October").</summary>
    MonthPart,
    /// <summary>A whole month ("April 2014", "in Sept. 2016").</summary>
    Month,
    /// <summary>A whole year ("In 2015", "throughout 2016").</summary>
    Year,
    /// <summary>Counted from another date or from the document's present ("The next day", "two days later", "this month").</summary>
    Relative,
    /// <summary>On or before ("By 26 April", "By late May"): the start is open.</summary>
    OpenStart,
    /// <summary>On or after ("since July 2014", "Since the start of the offensive"): the end is open.</summary>
    OpenEnd,
    /// <summary>Something that lasted between two dates wider than days, or is ongoing ("2 January 2014 – ongoing",
    /// "April–June 2014", "2014–2015"); <see cref="DateMention.Period"/> is set.</summary>
    Period,
    /// <summary>A season ("summer 2014").</summary>
    Season,
    /// <summary>A part of a year ("mid-2014", "early 2016").</summary>
    YearPart,
    /// <summary>A decade ("the 1990s", "the early 2010s").</summary>
    Decade,
    /// <summary>A length of time, not a date ("three months", "2 years, 2 weeks and 5 days");
    /// <see cref="DateMention.Duration"/> is set and <see cref="DateMention.Date"/> is unresolved.</summary>
    Duration,
}
