namespace ConflictModel.Tests.Model;

public class EstimateTests
{
    [Fact]
    public void Constructor_LowAboveHigh_ThrowsNamingArgument()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Estimate(5, 4));
        Assert.Equal("low", ex.ParamName);
        Assert.Contains("5", ex.Message);
    }

    [Fact]
    public void Add_OpenUpperBound_StaysOpen()
    {
        var sum = Estimate.MoreThan(2764) + Estimate.Exactly(605);
        Assert.Equal(3369, sum.Low);
        Assert.Null(sum.High);
    }

    [Fact]
    public void Add_Overflow_Throws()
    {
        Assert.Throws<OverflowException>(() => Estimate.Exactly(long.MaxValue) + Estimate.Exactly(1));
    }

    [Fact]
    public void Intersect_Disjoint_ReturnsNull()
    {
        Assert.Null(Estimate.Between(1, 5).Intersect(Estimate.Between(6, 9)));
        Assert.Equal(Estimate.Between(43, 45), Estimate.Between(40, 45).Intersect(Estimate.Between(43, 51)));
    }
}

public class EstimateFactoryTests
{
    public static TheoryData<Estimate, long, long?, long?, EstimateKind, bool> Factories => new()
    {
        { Estimate.Exactly(37), 37, 37, 37, EstimateKind.Exact, false },
        { Estimate.Between(13, 14), 13, 14, null, EstimateKind.Range, false },
        { Estimate.Between(5, 5), 5, 5, 5, EstimateKind.Exact, false },
        { Estimate.MoreThan(100), 100, null, null, EstimateKind.MoreThan, false },
        { Estimate.AtLeast(35), 35, null, null, EstimateKind.AtLeast, false },
        { Estimate.UpTo(200), 0, 200, null, EstimateKind.UpTo, false },
        { Estimate.Approximately(40), 40, 40, 40, EstimateKind.Approximately, true },
        { Estimate.Nearly(100), 0, 100, 100, EstimateKind.Nearly, true },
        { Estimate.Vague(24, 99), 24, 99, null, EstimateKind.Vague, true },
        { Estimate.Zero, 0, 0, 0, EstimateKind.Exact, false },
        { Estimate.FromBounds(3, null), 3, null, null, EstimateKind.AtLeast, false },
        { Estimate.FromBounds(3, 3), 3, 3, 3, EstimateKind.Exact, false },
    };

    [Theory]
    [MemberData(nameof(Factories))]
    public void Factory_GivesTheDocumentedBounds(Estimate e, long low, long? high, long? best, EstimateKind kind, bool approximate) =>
        Assert.Equal((low, high, best, kind, approximate), (e.Low, e.High, e.Best, e.Kind, e.IsApproximate));

    [Theory]
    [InlineData(-1L, 5L, null, "low", "-1")]
    [InlineData(3L, 5L, 6L, "best", "6")]
    [InlineData(3L, 5L, 2L, "best", "2")]
    [InlineData(3L, null, 2L, "best", "unbounded")]
    public void Constructor_ImpossibleValues_ThrowNamingArgumentAndValue(long low, long? high, long? best, string param, string value)
    {
        var ex = Assert.Throws<ArgumentException>(() => new Estimate(low, high, best));
        Assert.Equal(param, ex.ParamName);
        Assert.Contains(value, ex.Message);
    }

    [Fact]
    public void Constructor_UndefinedKind_ThrowsNamingKind() =>
        Assert.Equal("kind", Assert.Throws<ArgumentException>(() => new Estimate(1, 2, null, (EstimateKind)99)).ParamName);

    [Fact]
    public void Sum_KeepsTheKindWhenBothAgree()
    {
        Assert.Equal(Estimate.MoreThan(3369), Estimate.MoreThan(2764) + Estimate.MoreThan(605));
        Assert.Equal(Estimate.Between(5641, 6991), Estimate.Between(5000, 6000) + Estimate.Between(641, 991));
        Assert.Equal(new Estimate(3, 3, 3, EstimateKind.Exact), Estimate.Exactly(1) + Estimate.Exactly(2));
        Assert.Equal(Estimate.AtLeast(50), Estimate.Between(40, 45) + Estimate.AtLeast(10));
    }

    [Fact]
    public void Hull_AndContains()
    {
        Assert.Equal(Estimate.Between(40, 51), Estimate.Between(40, 45).Hull(Estimate.Between(43, 51)));
        Assert.Equal(Estimate.AtLeast(40), Estimate.Between(40, 45).Hull(Estimate.MoreThan(250)));
        Assert.True(Estimate.AtLeast(40).Contains(Estimate.Exactly(1_000_000)));
        Assert.False(Estimate.UpTo(200).Contains(Estimate.MoreThan(10)));
        Assert.True(Estimate.UpTo(200).Contains(0));
    }

    [Theory]
    [InlineData(43L, 51L, null, "43–51")]
    [InlineData(2764L, null, null, "2764+")]
    [InlineData(40L, 40L, 40L, "40")]
    [InlineData(30L, 50L, 40L, "30–50 (best 40)")]
    public void ToString_IsInvariant(long low, long? high, long? best, string text) =>
        Assert.Equal(text, new Estimate(low, high, best, high is null ? EstimateKind.AtLeast : EstimateKind.Range).ToString());
}

public class ParseResultAndTextSpanTests
{
    [Fact]
    public void ParseResult_Success_ExposesTheValue()
    {
        var ok = ParseResult<int>.ForValue(5);
        Assert.True(ok.TryGetValue(out int v));
        Assert.Equal((5, 5, -1, (string?)null), (v, ok.Value, ok.ErrorPosition, ok.ErrorMessage));
        Assert.Throws<InvalidOperationException>(() => ok.GetException());
    }

    [Fact]
    public void ParseResult_Failure_BuildsTheExceptionOnDemand()
    {
        var failed = ParseResult<int>.ForFailure(3, "bad");
        Assert.False(failed.TryGetValue(out _));
        Assert.Equal("At position 3: bad", failed.GetException().Message);
        Assert.Equal("At position 3: bad", Assert.Throws<FormatException>(() => failed.Value).Message);
    }

    [Fact]
    public void ParseResult_ForFailure_RejectsNegativePositionAndEmptyMessage()
    {
        Assert.Equal("position", Assert.Throws<ArgumentException>(() => ParseResult<int>.ForFailure(-1, "x")).ParamName);
        Assert.Equal("message", Assert.Throws<ArgumentException>(() => ParseResult<int>.ForFailure(0, "")).ParamName);
    }

    [Fact]
    public void TextSpan_RejectsImpossibleValues()
    {
        Assert.Equal("start", Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(-1, 2)).ParamName);
        Assert.Equal("length", Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(1, int.MaxValue)).ParamName);
        var ex = Assert.Throws<ArgumentException>(() => TextSpan.FromBounds(5, 1));
        Assert.Equal("end", ex.ParamName);
        Assert.Contains("1", ex.Message);
    }

    [Fact]
    public void TextSpan_SlicesAndContains()
    {
        var span = TextSpan.FromBounds(4, 9);
        Assert.Equal("quick", span.Slice("the quick fox"));
        Assert.True(span.Contains(new TextSpan(5, 2)));
        Assert.False(span.Contains(new TextSpan(8, 2)));
        Assert.Equal("[4..9)", span.ToString());
    }
}
