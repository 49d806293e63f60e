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
