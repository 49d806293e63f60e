using NodaTime;

namespace ConflictModel.Tests.Model;

public class UncertainPeriodTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Constructor_EndBeforeStart_ThrowsNamingEnd()
    {
        var ex = Assert.Throws<ArgumentException>(() => new UncertainPeriod(UncertainDate.OnDay(D(2014, 4, 10)), UncertainDate.OnDay(D(2014, 4, 1))));
        Assert.Equal("end", ex.ParamName);
        Assert.Contains("2014-04-01", ex.Message);
        Assert.Contains("2014-04-10", ex.Message);
    }

    [Fact]
    public void Constructor_OngoingWithEnd_ThrowsNamingIsOngoing()
    {
        var ex = Assert.Throws<ArgumentException>(() => new UncertainPeriod(UncertainDate.InYear(2014), UncertainDate.InYear(2015), isOngoing: true));
        Assert.Equal("isOngoing", ex.ParamName);
        Assert.Contains("2015", ex.Message);
    }

    [Fact]
    public void Extent_RunsFromStartEarliestToEndLatest()
    {
        var offensive = new UncertainPeriod(UncertainDate.PartOfMonth(2014, 4, DateStatedAs.EarlyOfMonth), UncertainDate.InMonth(2014, 7));
        Assert.Equal(UncertainDate.OneOf(D(2014, 4, 1), D(2014, 7, 31)), offensive.Extent);
        Assert.True(offensive.Contains(D(2014, 5, 5)));
        Assert.False(offensive.Contains(D(2014, 8, 1)));
        var ongoing = UncertainPeriod.Ongoing(UncertainDate.OnDay(D(2014, 1, 2)));
        Assert.Equal("2014-01-02/..", Edtf.Format(ongoing));
        Assert.Null(ongoing.Extent.Latest);
    }
}
