using System.Diagnostics.Contracts;

namespace ConflictModel;

/// <summary>
/// A count known as an interval: <see cref="Low"/> to <see cref="High"/> inclusive (<see cref="High"/> is
/// <see langword="null"/> when there is no upper bound, as in <c>1,500+</c> or <c>over 100</c>), an optional
/// <see cref="Best"/> figure, and how it was stated (<see cref="Kind"/>).
/// </summary>
/// <remarks>
/// <para>Arithmetic is interval arithmetic and is checked: an overflow throws <see cref="OverflowException"/>, it never
/// wraps. The bounds of a sum are the sums of the bounds (an open upper bound stays open). <see cref="Hull"/> and
/// <see cref="Intersect"/> are commutative, associative and idempotent on every value: equal inputs give the input
/// back, any other inputs give the canonical <see cref="FromBounds"/> value, which depends on the bounds only.</para>
/// <para>Equality is by value over every property. There is no natural ordering.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public readonly record struct Estimate
{
    /// <summary>Creates an estimate.</summary>
    /// <param name="low">The lower bound, not negative.</param>
    /// <param name="high">The upper bound, not below <paramref name="low"/>, or <see langword="null"/> when unbounded.</param>
    /// <param name="best">The best figure, within the bounds, or <see langword="null"/>.</param>
    /// <param name="kind">How it was stated.</param>
    /// <exception cref="ArgumentException">A bound is negative, low is above high, or best lies outside the bounds.</exception>
    public Estimate(long low, long? high, long? best = null, EstimateKind kind = EstimateKind.Exact)
    {
        if (low < 0)
        {
            throw new ArgumentException($"low ({low}) must not be negative.", nameof(low));
        }

        if (high is { } h && h < low)
        {
            throw new ArgumentException($"low ({low}) must not be above high ({h}).", nameof(low));
        }

        if (best is { } b && (b < low || (high is { } h2 && b > h2)))
        {
            throw new ArgumentException($"best ({b}) must lie within low ({low}) and high ({high?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unbounded"}).", nameof(best));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentException($"kind ({(int)kind}) is not a defined EstimateKind.", nameof(kind));
        }

        Low = low;
        High = high;
        Best = best;
        Kind = kind;
    }

    /// <summary>Gets the lower bound (0 when the source stated none, as in "up to 200").</summary>
    public long Low { get; }

    /// <summary>Gets the upper bound, or <see langword="null"/> when there is none.</summary>
    public long? High { get; }

    /// <summary>Gets the best figure, or <see langword="null"/>.</summary>
    public long? Best { get; }

    /// <summary>Gets how the source stated the figure.</summary>
    public EstimateKind Kind { get; }

    /// <summary>Gets whether the figure was hedged (approximately, nearly, vague).</summary>
    public bool IsApproximate => Kind is EstimateKind.Approximately or EstimateKind.Nearly or EstimateKind.Vague;

    /// <summary>Gets whether the source stated a lower bound (false for "up to" and "nearly").</summary>
    public bool HasStatedLow => Kind is not (EstimateKind.UpTo or EstimateKind.Nearly);

    /// <summary>Gets whether there is an upper bound.</summary>
    public bool HasHigh => High.HasValue;

    /// <summary>Gets the empty estimate: exactly zero.</summary>
    public static Estimate Zero => new(0, 0, 0, EstimateKind.Exact);

    /// <summary>Creates an exact figure.</summary>
    /// <param name="value">The figure.</param>
    /// <returns>The estimate.</returns>
    public static Estimate Exactly(long value) => new(value, value, value, EstimateKind.Exact);

    /// <summary>Creates an inclusive range (an exact figure when both ends are equal).</summary>
    /// <param name="low">The lower bound.</param>
    /// <param name="high">The upper bound.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentException"><paramref name="low"/> is negative or above <paramref name="high"/>.</exception>
    public static Estimate Between(long low, long high) => low == high ? Exactly(low) : new(low, high, null, EstimateKind.Range);

    /// <summary>Creates "more than N" (low N, no upper bound; no 1 is added).</summary>
    /// <param name="value">The figure.</param>
    /// <returns>The estimate.</returns>
    public static Estimate MoreThan(long value) => new(value, null, null, EstimateKind.MoreThan);

    /// <summary>Creates "at least N".</summary>
    /// <param name="value">The figure.</param>
    /// <returns>The estimate.</returns>
    public static Estimate AtLeast(long value) => new(value, null, null, EstimateKind.AtLeast);

    /// <summary>Creates "up to N".</summary>
    /// <param name="value">The figure.</param>
    /// <returns>The estimate.</returns>
    public static Estimate UpTo(long value) => new(0, value, null, EstimateKind.UpTo);

    /// <summary>Creates "approximately N" (low = high = best = N, approximate).</summary>
    /// <param name="value">The figure.</param>
    /// <returns>The estimate.</returns>
    public static Estimate Approximately(long value) => new(value, value, value, EstimateKind.Approximately);

    /// <summary>Creates "nearly N" (approximate, at most N).</summary>
    /// <param name="value">The figure.</param>
    /// <returns>The estimate.</returns>
    public static Estimate Nearly(long value) => new(0, value, value, EstimateKind.Nearly);

    /// <summary>Creates a vague quantity from a lexicon entry.</summary>
    /// <param name="low">The lexicon's lower bound.</param>
    /// <param name="high">The lexicon's upper bound, or <see langword="null"/>.</param>
    /// <returns>The estimate.</returns>
    public static Estimate Vague(long low, long? high) => new(low, high, null, EstimateKind.Vague);

    /// <summary>Returns the sum of two estimates: bounds add (an open upper bound stays open); best figures add when
    /// both have one. Overflow throws.</summary>
    /// <param name="left">The first term.</param>
    /// <param name="right">The second term.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">A bound overflows.</exception>
    public static Estimate operator +(Estimate left, Estimate right)
    {
        long low = checked(left.Low + right.Low);
        long? high = left.High is { } a && right.High is { } b ? checked(a + b) : null;
        long? best = left.Best is { } x && right.Best is { } y ? checked(x + y) : null;
        return new Estimate(low, high, best, SumKind(left, right, low, high));
    }

    /// <summary>Returns the sum of two estimates (see <see cref="op_Addition"/>).</summary>
    /// <param name="other">The other term.</param>
    /// <returns>The sum.</returns>
    [Pure]
    public Estimate Add(Estimate other) => this + other;

    /// <summary>Returns the smallest estimate containing both. Equal inputs return the input; otherwise the result has
    /// no best figure and its kind is derived from the bounds. Commutative, associative and idempotent.</summary>
    /// <param name="other">The other estimate.</param>
    /// <returns>The hull.</returns>
    [Pure]
    public Estimate Hull(Estimate other)
    {
        if (this == other)
        {
            return this;
        }

        long low = Math.Min(Low, other.Low);
        long? high = High is { } a && other.High is { } b ? Math.Max(a, b) : null;
        return FromBounds(low, high);
    }

    /// <summary>Returns the figures possible under both estimates, or <see langword="null"/> when disjoint. Equal inputs
    /// return the input; otherwise the result has no best figure and its kind is derived from the bounds.
    /// Commutative, associative and idempotent.</summary>
    /// <param name="other">The other estimate.</param>
    /// <returns>The intersection, or <see langword="null"/>.</returns>
    [Pure]
    public Estimate? Intersect(Estimate other)
    {
        if (!Overlaps(other))
        {
            return null;
        }

        if (this == other)
        {
            return this;
        }

        long low = Math.Max(Low, other.Low);
        long? high = High is null ? other.High : other.High is null ? High : Math.Min(High.Value, other.High.Value);
        return FromBounds(low, high);
    }

    /// <summary>Returns whether the two estimates share at least one figure.</summary>
    /// <param name="other">The other estimate.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    [Pure]
    public bool Overlaps(Estimate other) =>
        (High is not { } h || other.Low <= h) && (other.High is not { } oh || Low <= oh);

    /// <summary>Returns whether every figure possible under <paramref name="other"/> is possible under this one.</summary>
    /// <param name="other">The other estimate.</param>
    /// <returns><see langword="true"/> when contained.</returns>
    [Pure]
    public bool Contains(Estimate other) =>
        other.Low >= Low && (High is not { } h || (other.High is { } oh && oh <= h));

    /// <summary>Returns whether <paramref name="value"/> lies within the bounds.</summary>
    /// <param name="value">The figure.</param>
    /// <returns><see langword="true"/> when contained.</returns>
    [Pure]
    public bool Contains(long value) => value >= Low && (High is not { } h || value <= h);

    /// <summary>Creates the canonical estimate for bounds: exact when equal, a range when bounded, at-least when open.</summary>
    /// <param name="low">The lower bound.</param>
    /// <param name="high">The upper bound or <see langword="null"/>.</param>
    /// <returns>The estimate.</returns>
    public static Estimate FromBounds(long low, long? high) =>
        high is null ? new Estimate(low, null, null, EstimateKind.AtLeast)
        : high == low ? new Estimate(low, high, low, EstimateKind.Exact)
        : new Estimate(low, high, null, EstimateKind.Range);

    /// <inheritdoc/>
    public override string ToString()
    {
        var ci = System.Globalization.CultureInfo.InvariantCulture;
        string core = High is null ? $"{Low.ToString(ci)}+"
            : High == Low ? Low.ToString(ci)
            : $"{Low.ToString(ci)}–{High.Value.ToString(ci)}";
        return Best is { } b && !(High == Low) ? $"{core} (best {b.ToString(ci)})" : core;
    }

    private static EstimateKind SumKind(Estimate left, Estimate right, long low, long? high)
    {
        if (left.Kind == right.Kind)
        {
            return left.Kind is EstimateKind.Exact && high != low ? EstimateKind.Range : left.Kind;
        }

        return high is null ? EstimateKind.AtLeast : high == low ? EstimateKind.Exact : EstimateKind.Range;
    }
}
