namespace ConflictModel;

/// <summary>
/// A TIMEX3 (TimeML) rendering of an <see cref="UncertainDate"/>: the <see cref="Value"/> attribute
/// (<c>2014-03</c>) and the optional <see cref="Mod"/> attribute (<c>MID</c>, <c>ON_OR_BEFORE</c>, <c>APPROX</c>).
/// </summary>
/// <param name="Value">The TIMEX3 <c>value</c>, for example <c>2014-04-26</c>, <c>2014-SP</c> or <c>201</c>.</param>
/// <param name="Mod">The TIMEX3 <c>mod</c>, or <see langword="null"/> when there is none.</param>
/// <remarks>Equality is by value. This type is immutable and thread-safe.</remarks>
public readonly record struct Timex3Value(string Value, string? Mod)
{
    /// <inheritdoc/>
    public override string ToString() => Mod is null ? Value : $"{Value} ({Mod})";
}
