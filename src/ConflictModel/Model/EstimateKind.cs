namespace ConflictModel;

/// <summary>How the source stated an <see cref="Estimate"/>.</summary>
public enum EstimateKind
{
    /// <summary>One figure (<c>37</c>, <c>Thirty-six (36)</c>).</summary>
    Exact = 0,
    /// <summary>A range (<c>13–14</c>, <c>1,200–1,450</c>).</summary>
    Range,
    /// <summary>More than (<c>over 100</c>, <c>1,500+</c>, <c>more than 35</c>): low is the figure, no upper bound.</summary>
    MoreThan,
    /// <summary>At least (<c>at least 35</c>): low is the figure, no upper bound.</summary>
    AtLeast,
    /// <summary>Up to (<c>up to 200</c>): no stated lower bound (low is 0), high is the figure.</summary>
    UpTo,
    /// <summary>Approximately (<c>approximately 40</c>, <c>some 1,500</c>, <c>about 30</c>).</summary>
    Approximately,
    /// <summary>Nearly (<c>nearly 100</c>, <c>almost 50</c>): approximate, at most the figure.</summary>
    Nearly,
    /// <summary>A vague quantifier (<c>dozens</c>, <c>hundreds</c>, <c>several</c>) mapped by a lexicon.</summary>
    Vague,
}
