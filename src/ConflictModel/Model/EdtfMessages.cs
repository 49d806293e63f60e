namespace ConflictModel;

/// <summary>The failure messages of <see cref="Edtf.Parse"/> and <see cref="Edtf.ParsePeriod"/>, in one place so that
/// tests can assert on them.</summary>
internal static class EdtfMessages
{
    internal const string Empty = "The text is empty.";
    internal const string ExpectedYear = "Expected a four-digit year (0000–9999; trailing X for unspecified digits).";
    internal const string UnspecifiedYear = "Unspecified year digits (X) must be trailing, at most two (201X, 20XX).";
    internal const string ExpectedMonth = "Expected a two-digit month (01–12), a season (21–24) or XX.";
    internal const string MonthOutOfRange = "The month must be 01–12, or a season 21–24.";
    internal const string ExpectedDay = "Expected a two-digit day or XX.";
    internal const string DayOutOfRange = "The day does not exist in that month.";
    internal const string UnspecifiedNotTrailing = "Unspecified digits (X) must be trailing: nothing known may follow them.";
    internal const string SeasonHasNoDay = "A season (21–24) has no day.";
    internal const string YearOutOfRange = "The date lies outside the supported years 0000–9999.";
    internal const string UnexpectedText = "Unexpected text after the date.";
    internal const string EndBeforeStart = "The end is before the start.";
    internal const string QualifiersDiffer =
        "Both ends of an interval read as one uncertain date must carry the same qualifier (~, ? or %); read it as a period instead.";
    internal const string ExpectedSetRange = "Expected '..' in the set: only [a..b], [..b] and [a..] are supported.";
    internal const string ExpectedSetClose = "Expected ']' to close the set.";
    internal const string QualifierInSet = "A qualifier (~ ? %) is not supported inside a set.";
    internal const string ExpectedInterval = "A period is an interval: start/end (either side may be empty or '..').";
}
