using FsCheck.Fluent;
using NodaTime;
using static ConflictModel.Tests.Properties.ConflictArbitraries;

namespace ConflictModel.Tests.Properties;

/// <summary>The laws of the interval algebra on <see cref="UncertainDate"/> and <see cref="Estimate"/>, one fact per
/// law. The generators build every valid value (open ends, any precision and stated-as, text), and the laws hold on
/// all of them: results depend on the bounds only unless every input is equal.</summary>
public class ModelLawTests
{
    private static readonly FsCheck.Gen<(UncertainDate A, UncertainDate B)> DatePairs = UncertainDatePairs;

    private static readonly FsCheck.Gen<(UncertainDate A, UncertainDate B, UncertainDate C)> DateTriples = UncertainDateTriples;

    private static UncertainDate? Intersect(UncertainDate? a, UncertainDate? b) => a is { } x && b is { } y ? x.Intersect(y) : null;

    private static Estimate? Intersect(Estimate? a, Estimate? b) => a is { } x && b is { } y ? x.Intersect(y) : null;

    [Fact]
    public void UncertainDateIntersect_IsCommutative() =>
        PropertyCheck.ForAll(DatePairs, p => p.A.Intersect(p.B) == p.B.Intersect(p.A));

    [Fact]
    public void UncertainDateIntersect_IsAssociative() =>
        PropertyCheck.ForAll(DateTriples, t => Intersect(Intersect(t.A, t.B), t.C) == Intersect(t.A, Intersect(t.B, t.C)));

    [Fact]
    public void UncertainDateIntersect_IsIdempotent() =>
        PropertyCheck.ForAll(AnyUncertainDate, a => a.Intersect(a) == a);

    [Fact]
    public void UncertainDateIntersect_IsContainedInBoth() =>
        PropertyCheck.ForAll(DatePairs, p => p.A.Intersect(p.B) is not { } i || (p.A.Contains(i) && p.B.Contains(i)));

    [Fact]
    public void UncertainDateIntersect_HoldsExactlyTheCommonDays() =>
        PropertyCheck.ForAll(
            from p in DatePairs from day in PoolDay select (p.A, p.B, Day: day),
            t => (t.A.Intersect(t.B)?.Contains(t.Day) ?? false) == (t.A.Contains(t.Day) && t.B.Contains(t.Day))
                 && (t.A.Intersect(t.B) is null) == !t.A.Overlaps(t.B));

    [Fact]
    public void UncertainDateHull_IsCommutative() =>
        PropertyCheck.ForAll(DatePairs, p => p.A.Hull(p.B) == p.B.Hull(p.A));

    [Fact]
    public void UncertainDateHull_IsAssociative() =>
        PropertyCheck.ForAll(DateTriples, t => t.A.Hull(t.B).Hull(t.C) == t.A.Hull(t.B.Hull(t.C)));

    [Fact]
    public void UncertainDateHull_IsIdempotent() =>
        PropertyCheck.ForAll(AnyUncertainDate, a => a.Hull(a) == a);

    [Fact]
    public void UncertainDateHull_ContainsBoth() =>
        PropertyCheck.ForAll(DatePairs, p => p.A.Hull(p.B).Contains(p.A) && p.A.Hull(p.B).Contains(p.B));

    [Fact]
    public void UncertainDateHull_IsTheSmallestRangeContainingBoth() =>
        PropertyCheck.ForAll(
            from p in DatePairs from c in AnyUncertainDate select (p.A, p.B, C: c),
            t => !(t.C.Contains(t.A) && t.C.Contains(t.B)) || t.C.Contains(t.A.Hull(t.B)));

    [Fact]
    public void EstimateIntersect_IsCommutative() =>
        PropertyCheck.ForAll(ConflictArbitraries.EstimatePairs, p => p.A.Intersect(p.B) == p.B.Intersect(p.A));

    [Fact]
    public void EstimateIntersect_IsAssociative() =>
        PropertyCheck.ForAll(ConflictArbitraries.EstimateTriples, t => Intersect(Intersect(t.A, t.B), t.C) == Intersect(t.A, Intersect(t.B, t.C)));

    [Fact]
    public void EstimateIntersect_IsIdempotent() =>
        PropertyCheck.ForAll(AnyEstimate, a => a.Intersect(a) == a);

    [Fact]
    public void EstimateIntersect_IsContainedInBoth() =>
        PropertyCheck.ForAll(ConflictArbitraries.EstimatePairs, p => p.A.Intersect(p.B) is not { } i || (p.A.Contains(i) && p.B.Contains(i)));

    [Fact]
    public void EstimateIntersect_HoldsExactlyTheCommonFigures() =>
        PropertyCheck.ForAll(
            from p in ConflictArbitraries.EstimatePairs from n in FsCheck.Fluent.Gen.Choose(0, 400) select (p.A, p.B, N: (long)n),
            t => (t.A.Intersect(t.B)?.Contains(t.N) ?? false) == (t.A.Contains(t.N) && t.B.Contains(t.N))
                 && (t.A.Intersect(t.B) is null) == !t.A.Overlaps(t.B));

    [Fact]
    public void EstimateHull_IsCommutative() =>
        PropertyCheck.ForAll(ConflictArbitraries.EstimatePairs, p => p.A.Hull(p.B) == p.B.Hull(p.A));

    [Fact]
    public void EstimateHull_IsAssociative() =>
        PropertyCheck.ForAll(ConflictArbitraries.EstimateTriples, t => t.A.Hull(t.B).Hull(t.C) == t.A.Hull(t.B.Hull(t.C)));

    [Fact]
    public void EstimateHull_IsIdempotent() =>
        PropertyCheck.ForAll(AnyEstimate, a => a.Hull(a) == a);

    [Fact]
    public void EstimateHull_ContainsBoth() =>
        PropertyCheck.ForAll(ConflictArbitraries.EstimatePairs, p => p.A.Hull(p.B).Contains(p.A) && p.A.Hull(p.B).Contains(p.B));

    [Fact]
    public void EstimateSum_BoundsAreSumsOfBounds() =>
        PropertyCheck.ForAll(ConflictArbitraries.EstimatePairs, p =>
        {
            var sum = p.A + p.B;
            return sum.Low == p.A.Low + p.B.Low
                && sum.High == (p.A.High is { } a && p.B.High is { } b ? a + b : null)
                && sum.Best == (p.A.Best is { } x && p.B.Best is { } y ? x + y : null)
                && sum == p.A.Add(p.B);
        });

    [Fact]
    public void EstimateSum_IsCommutative() =>
        PropertyCheck.ForAll(ConflictArbitraries.EstimatePairs, p => p.A + p.B == p.B + p.A);

    [Fact]
    public void EstimateSum_BoundsAreAssociative() =>
        PropertyCheck.ForAll(ConflictArbitraries.EstimateTriples, t =>
        {
            var (left, right) = ((t.A + t.B) + t.C, t.A + (t.B + t.C));
            return (left.Low, left.High, left.Best) == (right.Low, right.High, right.Best);
        });

    [Fact]
    public void UncertainDate_ByEarliest_IsConsistentWithBounds() =>
        PropertyCheck.ForAll(DatePairs, p =>
        {
            int c = UncertainDate.ByEarliest.Compare(p.A, p.B);
            return Math.Sign(c) == -Math.Sign(UncertainDate.ByEarliest.Compare(p.B, p.A))
                && (c != 0 || (p.A.Earliest == p.B.Earliest && p.A.Latest == p.B.Latest));
        });

    [Fact]
    public void UncertainDateIntersect_ExampleOfTwoReports()
    {
        var a = UncertainDate.InMonth(2014, 3);
        var b = UncertainDate.OnOrAfter(UncertainDate.OnDay(new LocalDate(2014, 3, 25)));
        Assert.Equal(UncertainDate.OneOf(new LocalDate(2014, 3, 25), new LocalDate(2014, 3, 31)), a.Intersect(b));
    }
}
