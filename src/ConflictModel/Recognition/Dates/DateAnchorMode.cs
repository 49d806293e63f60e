namespace ConflictModel.Recognition;

/// <summary>How dates without a written year and relative dates are anchored (HeidelTime's narrative/news split).</summary>
public enum DateAnchorMode
{
    /// <summary>Encyclopedia narrative: the year comes from the document's date context (infobox period, earlier
    /// mentions), moves forward when the months go backwards, and relative dates count from the previous date of the
    /// same paragraph.</summary>
    Narrative = 0,

    /// <summary>News: yearless dates go to the nearest fitting occurrence not after the reference (publication) date;
    /// deictic words (<c>today</c>, <c>this month</c>) refer to the reference date.</summary>
    News,
}
