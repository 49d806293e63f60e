using NodaTime;

namespace ConflictModel.Tests.Model;

public class UncertainDateTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData(2014, 3, DateStatedAs.EarlyOfMonth, "2014-03-01", "2014-03-10")]
    [InlineData(2014, 3, DateStatedAs.MidOfMonth, "2014-03-11", "2014-03-20")]
    [InlineData(2014, 3, DateStatedAs.LateOfMonth, "2014-03-21", "2014-03-31")]
    [InlineData(2016, 2, DateStatedAs.LateOfMonth, "2016-02-21", "2016-02-29")]
    [InlineData(2014, 2, DateStatedAs.LateOfMonth, "2014-02-21", "2014-02-28")]
    [InlineData(2014, 4, DateStatedAs.LateOfMonth, "2014-04-21", "2014-04-30")]
    public void PartOfMonth_CoversTheDocumentedDays(int year, int month, DateStatedAs part, string first, string last)
    {
        var date = UncertainDate.PartOfMonth(year, month, part);
        Assert.Equal(first, Edtf.Day(date.Earliest!.Value));
        Assert.Equal(last, Edtf.Day(date.Latest!.Value));
        Assert.Equal(DatePrecision.MonthPart, date.Precision);
        Assert.Equal(part, date.StatedAs);
    }

    [Fact]
    public void PartOfMonth_OtherStatedAs_ThrowsNamingPart()
    {
        var ex = Assert.Throws<ArgumentException>(() => UncertainDate.PartOfMonth(2014, 3, DateStatedAs.Exact));
        Assert.Equal("part", ex.ParamName);
        Assert.Contains("Exact", ex.Message);
    }

    [Fact]
    public void OnOrBefore_OpensTheStartAndKeepsPrecision()
    {
        var byApril26 = UncertainDate.OnOrBefore(UncertainDate.OnDay(D(2014, 4, 26)), "By 26 April");
        Assert.Equal((null, D(2014, 4, 26), DatePrecision.Day, DateStatedAs.OnOrBefore, "By 26 April"),
            (byApril26.Earliest, byApril26.Latest, byApril26.Precision, byApril26.StatedAs, byApril26.Text));
        var byLateMay = UncertainDate.OnOrBefore(UncertainDate.PartOfMonth(2014, 5, DateStatedAs.LateOfMonth));
        Assert.Equal((null, D(2014, 5, 31), DatePrecision.MonthPart), (byLateMay.Earliest, byLateMay.Latest, byLateMay.Precision));
        Assert.True(byApril26.Contains(D(1900, 1, 1)));
        Assert.False(byApril26.Contains(D(2014, 4, 27)));
    }

    [Fact]
    public void OnOrAfter_OpensTheEnd()
    {
        var sinceJuly = UncertainDate.OnOrAfter(UncertainDate.InMonth(2014, 7));
        Assert.Equal((D(2014, 7, 1), null, DatePrecision.Month, DateStatedAs.OnOrAfter),
            (sinceJuly.Earliest, sinceJuly.Latest, sinceJuly.Precision, sinceJuly.StatedAs));
        Assert.Null(sinceJuly.DayCount);
    }

    [Fact]
    public void OnOrBefore_BoundWithoutLatest_BoundsNothing()
    {
        var nothing = UncertainDate.OnOrBefore(UncertainDate.OnOrAfter(UncertainDate.InYear(2014)));
        Assert.Equal((null, null, DateStatedAs.OnOrBefore), (nothing.Earliest, nothing.Latest, nothing.StatedAs));
        Assert.Equal("../..", Edtf.Format(nothing));
        Assert.True(nothing.Contains(new LocalDate(1, 1, 1)));
    }

    [Fact]
    public void Constructor_EarliestAfterLatest_ThrowsNamingBoth()
    {
        var ex = Assert.Throws<ArgumentException>(() => new UncertainDate(D(2014, 4, 10), D(2014, 4, 1), DatePrecision.Day));
        Assert.Equal("earliest", ex.ParamName);
        Assert.Contains("2014-04-10", ex.Message);
        Assert.Contains("2014-04-01", ex.Message);
    }

    [Theory]
    [InlineData(2014, 13, 1, "month")]
    [InlineData(2014, 2, 29, "day")]
    [InlineData(0, 1, 1, "year")]
    public void InMonthOrCreate_InvalidParts_ThrowNamingArgument(int year, int month, int day, string param)
    {
        var ex = Assert.Throws<ArgumentException>(() => UncertainDate.CreateDate(year, month, day));
        Assert.Equal(param, ex.ParamName);
    }

    [Theory]
    [InlineData(21, "2014-03-01", "2014-05-31")]
    [InlineData(22, "2014-06-01", "2014-08-31")]
    [InlineData(23, "2014-09-01", "2014-11-30")]
    [InlineData(24, "2014-12-01", "2015-02-28")]
    public void InSeason_CoversMeteorologicalMonths(int season, string first, string last)
    {
        var date = UncertainDate.InSeason(2014, season);
        Assert.Equal((first, last), (Edtf.Day(date.Earliest!.Value), Edtf.Day(date.Latest!.Value)));
    }

    [Fact]
    public void InSeason_BadCode_ThrowsNamingSeason() =>
        Assert.Equal("season", Assert.Throws<ArgumentException>(() => UncertainDate.InSeason(2014, 25)).ParamName);

    public static TheoryData<UncertainDate, int> UcdpCases => new()
    {
        { UncertainDate.OnDay(D(2014, 4, 10)), 1 },
        { UncertainDate.Around(D(2014, 8, 10)), 1 },
        { UncertainDate.OneOf(D(2014, 2, 10), D(2014, 2, 12)), 2 },
        { UncertainDate.OneOf(D(2014, 2, 10), D(2014, 2, 15)), 2 },
        { UncertainDate.OneOf(D(2014, 2, 10), D(2014, 2, 16)), 3 },
        { UncertainDate.PartOfMonth(2014, 3, DateStatedAs.MidOfMonth), 4 },
        { UncertainDate.InMonth(2014, 3), 4 },
        { UncertainDate.InMonth(2014, 2), 4 },
        { UncertainDate.OneOf(D(2014, 3, 1), D(2014, 4, 1)), 5 },
        { UncertainDate.InYear(2014), 5 },
        { UncertainDate.OnOrBefore(UncertainDate.OnDay(D(2014, 4, 26))), 5 },
        { default, 5 },
    };

    [Theory]
    [MemberData(nameof(UcdpCases))]
    public void ToUcdpDatePrecision_GivesTheGedCode(UncertainDate date, int code) => Assert.Equal(code, date.ToUcdpDatePrecision());

    public static TheoryData<UncertainDate, string, string?> Timex3Cases => new()
    {
        { UncertainDate.OnDay(D(2014, 4, 10)), "2014-04-10", null },
        { UncertainDate.InMonth(2014, 3), "2014-03", null },
        { UncertainDate.InYear(2014), "2014", null },
        { UncertainDate.PartOfMonth(2014, 3, DateStatedAs.MidOfMonth), "2014-03", "MID" },
        { UncertainDate.PartOfMonth(2014, 3, DateStatedAs.EarlyOfMonth), "2014-03", "START" },
        { UncertainDate.PartOfMonth(2014, 3, DateStatedAs.LateOfMonth), "2014-03", "END" },
        { UncertainDate.OnOrBefore(UncertainDate.OnDay(D(2014, 4, 26))), "2014-04-26", "ON_OR_BEFORE" },
        { UncertainDate.OnOrAfter(UncertainDate.InMonth(2014, 7)), "2014-07", "ON_OR_AFTER" },
        { UncertainDate.OnOrAfter(UncertainDate.InYear(2014)), "2014", "ON_OR_AFTER" },
        { UncertainDate.Around(D(2014, 8, 10)), "2014-08-10", "APPROX" },
        { UncertainDate.InMonth(2014, 5).WithStatedAs(DateStatedAs.ApproximateAndUncertain), "2014-05", "APPROX" },
        { UncertainDate.InMonth(2014, 5).WithStatedAs(DateStatedAs.Uncertain), "2014-05", null },
        { UncertainDate.InSeason(2014, 22), "2014-SU", null },
        { UncertainDate.InSeason(2014, 24), "2014-WI", null },
        { UncertainDate.OneOf(D(2014, 4, 1), D(2014, 6, 30)), "2014-Q2", null },
        { UncertainDate.OneOf(D(2014, 7, 1), D(2014, 12, 31)), "2014-H2", null },
        { UncertainDate.OneOf(D(2014, 3, 17), D(2014, 3, 23)), "2014-W12", null },
        { UncertainDate.OneOf(D(2014, 2, 10), D(2014, 2, 12)), "2014-02", null },
        { UncertainDate.OneOf(D(2014, 11, 10), D(2015, 2, 12)), "201", null },
        { new UncertainDate(D(2010, 1, 1), D(2019, 12, 31), DatePrecision.Year), "201", null },
        { UncertainDate.OneOf(D(1999, 11, 10), D(2005, 2, 12)), "XXXX", null },
        { default, "XXXX", null },
    };

    [Theory]
    [MemberData(nameof(Timex3Cases))]
    public void ToTimex3_GivesValueAndMod(UncertainDate date, string value, string? mod) =>
        Assert.Equal(new Timex3Value(value, mod), date.ToTimex3());

    [Fact]
    public void FromBounds_IsTheCanonicalValue()
    {
        Assert.Equal(UncertainDate.OnDay(D(2014, 4, 10)), UncertainDate.FromBounds(D(2014, 4, 10), D(2014, 4, 10)));
        Assert.Equal(new UncertainDate(D(2014, 3, 1), D(2014, 3, 31), DatePrecision.Month, DateStatedAs.OneOfRange),
            UncertainDate.FromBounds(D(2014, 3, 1), D(2014, 3, 31)));
        Assert.Equal(new UncertainDate(null, D(2014, 4, 26), DatePrecision.Day, DateStatedAs.OnOrBefore), UncertainDate.FromBounds(null, D(2014, 4, 26)));
        Assert.Equal(default, UncertainDate.FromBounds(null, null));
    }

    [Fact]
    public void Intersect_TwoReportsOfOneMoment_Narrow()
    {
        var midMarch = UncertainDate.PartOfMonth(2014, 3, DateStatedAs.MidOfMonth);
        var byMarch15 = UncertainDate.OnOrBefore(UncertainDate.OnDay(D(2014, 3, 15)));
        Assert.Equal(UncertainDate.OneOf(D(2014, 3, 11), D(2014, 3, 15)), midMarch.Intersect(byMarch15));
        Assert.Null(midMarch.Intersect(UncertainDate.InMonth(2014, 4)));
        Assert.Equal(midMarch, midMarch.Intersect(midMarch));
    }

    [Fact]
    public void Hull_SpansBoth()
    {
        var hull = UncertainDate.OnDay(D(2014, 4, 10)).Hull(UncertainDate.OnDay(D(2014, 7, 14)));
        Assert.Equal(UncertainDate.OneOf(D(2014, 4, 10), D(2014, 7, 14)), hull);
        Assert.Equal(DatePrecision.HalfYear, hull.Precision);
        var open = UncertainDate.OnDay(D(2014, 4, 10)).Hull(UncertainDate.OnOrAfter(UncertainDate.InYear(2015)));
        Assert.Equal((D(2014, 4, 10), (LocalDate?)null), (open.Earliest, open.Latest));
    }

    [Fact]
    public void ByEarliest_OrdersOpenStartsFirstAndOpenEndsLast()
    {
        var dates = new[]
        {
            UncertainDate.InYear(2014),
            UncertainDate.OnOrAfter(UncertainDate.OnDay(D(2014, 1, 1))),
            UncertainDate.OnOrBefore(UncertainDate.OnDay(D(2013, 1, 1))),
            UncertainDate.OnDay(D(2014, 1, 1)),
        };
        var sorted = dates.Order(UncertainDate.ByEarliest).Select(Edtf.Format).ToArray();
        Assert.Equal(new[] { "[..2013-01-01]", "2014-01-01", "2014", "[2014-01-01..]" }, sorted);
    }
}
