namespace ConflictModel;

/// <summary>How the source stands behind a claim, from its wording.</summary>
public enum ClaimStance
{
    /// <summary>No source named and no hedge.</summary>
    Asserted = 0,
    /// <summary>"according to", "reported", "said", "stated", "gave the number".</summary>
    Reported,
    /// <summary>"reportedly", "allegedly", "was said to": hedged.</summary>
    Reportedly,
    /// <summary>"claimed", "supposedly", "purportedly".</summary>
    Claimed,
    /// <summary>"confirmed".</summary>
    Confirmed,
    /// <summary>"denied": the claimant denies an earlier claim.</summary>
    Denied,
    /// <summary>"disputed".</summary>
    Disputed,
    /// <summary>"updated to", "raised to", "rising to": supersedes an earlier figure.</summary>
    Updated,
}
