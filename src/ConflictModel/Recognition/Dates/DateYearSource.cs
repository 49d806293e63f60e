namespace ConflictModel.Recognition;

/// <summary>Where the year of a <see cref="DateMention"/> came from.</summary>
public enum DateYearSource
{
    /// <summary>The mention writes its year ("10 April 2014"), or it has no year to find (a duration).</summary>
    Stated = 0,
    /// <summary>From the document's period hint or an earlier mention of the same document (narrative year, month
    /// rollover), or from the anchor of a relative date.</summary>
    Narrative,
    /// <summary>From the reference (publication) date.</summary>
    Reference,
    /// <summary>Inferred from weaker evidence: a later mention, or a stated length of time ("in the two and a half years
    /// since" a dated start). A diagnostic says so.</summary>
    Inferred,
    /// <summary>No year could be found: the mention is kept but its days are not resolved.</summary>
    Unknown,
}
