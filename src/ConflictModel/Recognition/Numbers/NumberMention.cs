namespace ConflictModel.Recognition;

/// <summary>A number found in text: where it stands, its text (hedge included: "more than 60,000"), its value as an
/// <see cref="Estimate"/>, and whether it is a percentage (a percentage is not a count).</summary>
/// <param name="Span">The characters of the mention, hedge and range included.</param>
/// <param name="Text">The text of the mention.</param>
/// <param name="Value">The value: exact, range, more-than, at-least, up-to, approximately, nearly or vague.</param>
/// <param name="IsPercent">Whether the figure is a percentage ("95 to 98%", "about 50 percent").</param>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public sealed record NumberMention(TextSpan Span, string Text, Estimate Value, bool IsPercent)
{
    /// <summary>Gets whether the figure comes from a vague quantifier ("dozens", "several").</summary>
    public bool IsVague => Value.Kind == EstimateKind.Vague;
}

/// <summary>A number with its token positions, for the recognisers built on <see cref="NumberRecognizer"/>.</summary>
internal readonly record struct NumberHit(int FirstToken, int EndToken, int ValueFirstToken, Estimate Value, bool IsPercent, bool IsVague, bool IsWords);
