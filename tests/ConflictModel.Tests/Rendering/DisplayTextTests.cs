using ConflictModel.Rendering;
using NodaTime;

namespace ConflictModel.Tests.Rendering;

public class DisplayTextTests
{
    public static TheoryData<string, UncertainDate> Dates => new()
    {
        { "9 Nov 2017", UncertainDate.OnDay(new LocalDate(2017, 11, 9)) },
        { "8–19 Nov 2017", UncertainDate.OneOf(new LocalDate(2017, 11, 8), new LocalDate(2017, 11, 19)) },
        { "28 Oct – 2 Nov 2017", UncertainDate.OneOf(new LocalDate(2017, 10, 28), new LocalDate(2017, 11, 2)) },
        { "13 Sep 2014 – 26 Jan 2015", UncertainDate.OneOf(new LocalDate(2014, 9, 13), new LocalDate(2015, 1, 26)) },
        { "Nov 2017", UncertainDate.InMonth(2017, 11) },
        { "2015", UncertainDate.InYear(2015) },
        { "by 19 Nov 2017", UncertainDate.OnOrBefore(UncertainDate.OnDay(new LocalDate(2017, 11, 19))) },
        { "from 13 Sep 2014", UncertainDate.OnOrAfter(UncertainDate.OnDay(new LocalDate(2014, 9, 13))) },
        { "~10 Aug 2014", UncertainDate.Around(new LocalDate(2014, 8, 10)) },
        { "19 Nov 2017 (year inferred)", UncertainDate.OnDay(new LocalDate(2017, 11, 19)).WithYearInferred() },
        { "undated", default },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void Format_Date(string expected, UncertainDate date) => Assert.Equal(expected, DisplayText.Format(date));

    public static TheoryData<string, Estimate> Estimates => new()
    {
        { "61", Estimate.Exactly(61) },
        { "48–61", new Estimate(48, 61) },
        { "48–61 (55)", new Estimate(48, 61, 55, EstimateKind.Range) },
        { "300+", new Estimate(300, null, null, EstimateKind.MoreThan) },
        { "up to 40", new Estimate(0, 40, null, EstimateKind.UpTo) },
        { "5,641–6,991", new Estimate(5641, 6991, null, EstimateKind.Range) },
        { "~400", new Estimate(400, 400, 400, EstimateKind.Approximately) },
    };

    [Theory]
    [MemberData(nameof(Estimates))]
    public void Format_Estimate(string expected, Estimate value) => Assert.Equal(expected, DisplayText.Format(value));

    [Fact]
    public void Format_Period_Ongoing()
    {
        var period = new UncertainPeriod(UncertainDate.OnDay(new LocalDate(2014, 1, 2)), null, isOngoing: true);
        Assert.Equal("from 2 Jan 2014 (ongoing)", DisplayText.Format(period));
    }

    [Fact]
    public void Month_RejectsBadMonth() =>
        Assert.Equal("month", Assert.Throws<ArgumentException>(() => DisplayText.Month(2014, 13)).ParamName);
}
