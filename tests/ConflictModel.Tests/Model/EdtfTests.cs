using NodaTime;

namespace ConflictModel.Tests.Model;

public class EdtfTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    public static TheoryData<string> RoundTripStrings => new()
    {
        "2014-04-10", "2014-03", "2014", "2014-03-11/2014-03-20", "2014-01-02/..", "../2014-04-26", "2014-08-10~",
        "2014-05?", "2014-05%", "201X", "2014-XX", "2014-21", "[2014-02-10..2014-02-12]", "[..2014-04-26]",
        // further shapes the formatter writes
        "[2014-07-01..]", "[..2014-05]", "[2014..]", "20XX", "2014-05-XX", "2014-XX-XX", "2014-24", "2014~",
        "2014-08-10~/2014-08-12~", "2014-03-01/2014-03-10", "2014-02-21/2014-02-28", "2014-04-10/2014-07-14",
        "[2014-02..2014-04]", "[2010..2012]", "../..", "../2014-05?", "2014-21/..",
    };

    [Theory]
    [MemberData(nameof(RoundTripStrings))]
    public void Parse_ThenFormat_GivesTheSameString(string text)
    {
        var result = Edtf.Parse(text);
        Assert.True(result.Success, result.ToString());
        Assert.Equal(text, Edtf.Format(result.Value));
    }

    public static TheoryData<string, UncertainDate> ParsedValues => new()
    {
        { "2014-04-10", UncertainDate.OnDay(D(2014, 4, 10)) },
        { "2014-03", UncertainDate.InMonth(2014, 3) },
        { "2014", UncertainDate.InYear(2014) },
        { "2014-03-11/2014-03-20", UncertainDate.PartOfMonth(2014, 3, DateStatedAs.MidOfMonth) },
        { "2014-01-02/..", new UncertainDate(D(2014, 1, 2), null, DatePrecision.Day) },
        { "../2014-04-26", new UncertainDate(null, D(2014, 4, 26), DatePrecision.Day) },
        { "2014-08-10~", UncertainDate.Around(D(2014, 8, 10)) },
        { "2014-05?", UncertainDate.InMonth(2014, 5).WithStatedAs(DateStatedAs.Uncertain) },
        { "2014-05%", UncertainDate.InMonth(2014, 5).WithStatedAs(DateStatedAs.ApproximateAndUncertain) },
        { "201X", new UncertainDate(D(2010, 1, 1), D(2019, 12, 31), DatePrecision.Year) },
        { "20XX", new UncertainDate(D(2000, 1, 1), D(2099, 12, 31), DatePrecision.Year) },
        { "2014-XX", new UncertainDate(D(2014, 1, 1), D(2014, 12, 31), DatePrecision.Month) },
        { "2014-05-XX", new UncertainDate(D(2014, 5, 1), D(2014, 5, 31), DatePrecision.Day) },
        { "2014-21", UncertainDate.InSeason(2014, 21) },
        { "2015-24", new UncertainDate(D(2015, 12, 1), D(2016, 2, 29), DatePrecision.Season) },
        { "[2014-02-10..2014-02-12]", UncertainDate.OneOf(D(2014, 2, 10), D(2014, 2, 12)) },
        { "[..2014-04-26]", UncertainDate.OnOrBefore(UncertainDate.OnDay(D(2014, 4, 26))) },
        { "[2014-07..]", UncertainDate.OnOrAfter(UncertainDate.InMonth(2014, 7)) },
        { "[2014-02..2014-04]", new UncertainDate(D(2014, 2, 1), D(2014, 4, 30), DatePrecision.Month, DateStatedAs.OneOfRange) },
        { "2014-04-10/2014-07-14", new UncertainDate(D(2014, 4, 10), D(2014, 7, 14), DatePrecision.HalfYear) },
        { "/2014-04-26", new UncertainDate(null, D(2014, 4, 26), DatePrecision.Day) },
        { "../..", default },
    };

    [Theory]
    [MemberData(nameof(ParsedValues))]
    public void Parse_GivesTheDocumentedValue(string text, UncertainDate expected)
    {
        Assert.Equal(expected, Edtf.Parse(text).Value);
    }

    public static TheoryData<string, int, string> Malformed => new()
    {
        { "2014-13", 5, EdtfMessages.MonthOutOfRange },
        { "2014-02-30", 8, EdtfMessages.DayOutOfRange },
        { "2014-04-10/2014-04-01", 11, EdtfMessages.EndBeforeStart },
        { "", 0, EdtfMessages.Empty },
        { "14-03", 2, EdtfMessages.ExpectedYear },
        { "2014-3", 5, EdtfMessages.ExpectedMonth },
        { "2014-03-1", 8, EdtfMessages.ExpectedDay },
        { "2014-03-10x", 10, EdtfMessages.UnexpectedText },
        { "2X14", 2, EdtfMessages.UnspecifiedYear },
        { "2XXX", 0, EdtfMessages.UnspecifiedYear },
        { "201X-05", 4, EdtfMessages.UnspecifiedNotTrailing },
        { "2014-XX-05", 8, EdtfMessages.UnspecifiedNotTrailing },
        { "2014-21-05", 7, EdtfMessages.SeasonHasNoDay },
        { "2014-05~/2014-06?", 16, EdtfMessages.QualifiersDiffer },
        { "[2014-02-10,2014-02-12]", 11, EdtfMessages.ExpectedSetRange },
        { "[2014-02-10..2014-02-12", 23, EdtfMessages.ExpectedSetClose },
        { "[2014-02-10~..]", 11, EdtfMessages.QualifierInSet },
        { "[2014-02-12..2014-02-10]", 13, EdtfMessages.EndBeforeStart },
        { "20140410", 4, EdtfMessages.ExpectedYear },
        { " 2014", 0, EdtfMessages.ExpectedYear },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Parse_Malformed_FailsWithPositionAndMessage(string text, int position, string message)
    {
        var result = Edtf.Parse(text);
        Assert.False(result.Success);
        Assert.Equal(position, result.ErrorPosition);
        Assert.Equal(message, result.ErrorMessage);
        Assert.Throws<FormatException>(() => result.Value);
    }

    [Fact]
    public void Parse_TenKilobytesOfJunk_FailsAtTheFirstBadCharacter()
    {
        var junk = string.Concat(Enumerable.Repeat("2014-0\u00e9/[..~?%XYZ", 700))[..10_240];
        var result = Edtf.Parse(junk);
        Assert.False(result.Success);
        Assert.Equal(5, result.ErrorPosition);
        Assert.Equal(EdtfMessages.ExpectedMonth, result.ErrorMessage);

        var period = Edtf.ParsePeriod(new string('/', 10_240));
        Assert.False(period.Success);
        Assert.Equal(1, period.ErrorPosition);
    }

    [Fact]
    public void Parse_Null_FailsAtZero()
    {
        var result = Edtf.Parse(null);
        Assert.Equal((false, 0, EdtfMessages.Empty), (result.Success, result.ErrorPosition, result.ErrorMessage));
    }

    public static TheoryData<string> PeriodRoundTrips => new()
    {
        "2014-04-10/2014-07-14", "2014-01-02/..", "../2014-04-26", "2014-03/2014-05~", "2014-04-10/", "../",
        "201X/2014-21", "2014-03-11/2014-03-20",
    };

    [Theory]
    [MemberData(nameof(PeriodRoundTrips))]
    public void ParsePeriod_ThenFormat_GivesTheSameString(string text)
    {
        var result = Edtf.ParsePeriod(text);
        Assert.True(result.Success, result.ToString());
        Assert.Equal(text, Edtf.Format(result.Value));
    }

    [Fact]
    public void ParsePeriod_ReadsEndsAsDocumented()
    {
        var offensive = Edtf.ParsePeriod("2014-04-10/2014-07-14").Value;
        Assert.Equal(UncertainDate.OnDay(D(2014, 4, 10)), offensive.Start);
        Assert.Equal(UncertainDate.OnDay(D(2014, 7, 14)), offensive.End);
        Assert.False(offensive.IsOngoing);

        var ongoing = Edtf.ParsePeriod("2014-01-02/..").Value;
        Assert.Equal((true, (UncertainDate?)null), (ongoing.IsOngoing, ongoing.End));

        var unknownEnd = Edtf.ParsePeriod("2014-01-02/").Value;
        Assert.Equal((false, (UncertainDate?)null), (unknownEnd.IsOngoing, unknownEnd.End));

        var openStart = Edtf.ParsePeriod("../2014-04-26").Value;
        Assert.Equal(default, openStart.Start);
        Assert.Equal(Edtf.ParsePeriod("/2014-04-26").Value, openStart);
    }

    [Theory]
    [InlineData("2014-04-10/2014-04-01", 11, EdtfMessages.EndBeforeStart)]
    [InlineData("2014-04-10", 10, EdtfMessages.ExpectedInterval)]
    [InlineData("", 0, EdtfMessages.Empty)]
    [InlineData("[2014..]", 0, EdtfMessages.ExpectedYear)]
    [InlineData("2014/..x", 7, EdtfMessages.UnexpectedText)]
    public void ParsePeriod_Malformed_FailsWithPositionAndMessage(string text, int position, string message)
    {
        var result = Edtf.ParsePeriod(text);
        Assert.Equal((false, position, message), (result.Success, result.ErrorPosition, result.ErrorMessage));
    }

    [Fact]
    public void FormatPeriod_NonUnitEndpoint_KeepsTheExtent()
    {
        var period = new UncertainPeriod(UncertainDate.PartOfMonth(2014, 4, DateStatedAs.EarlyOfMonth), UncertainDate.PartOfMonth(2014, 7, DateStatedAs.LateOfMonth));
        Assert.Equal("2014-04-01/2014-07-31", Edtf.Format(period));
        Assert.Equal(period.Extent, Edtf.ParsePeriod(Edtf.Format(period)).Value.Extent);
    }

    [Fact]
    public void Format_RelativeDate_KeepsTheBounds()
    {
        var relative = UncertainDate.Relative(D(2014, 4, 11), D(2014, 4, 11));
        Assert.Equal("2014-04-11/2014-04-11", Edtf.Format(relative));
        Assert.Equal(UncertainDate.OnDay(D(2014, 4, 11)), Edtf.Parse(Edtf.Format(relative)).Value);
    }
}
