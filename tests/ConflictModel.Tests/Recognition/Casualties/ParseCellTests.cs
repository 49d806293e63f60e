using ConflictModel.Recognition;

namespace ConflictModel.Tests.Recognition.Casualties;

public sealed class ParseCellTests
{
    private static readonly CasualtyRecognizer R = CasualtyRecognizer.Default;

    [Fact]
    public void ParseCell_PeriodInParentheses_BecomesScope()
    {
        var f = Assert.Single(R.ParseCell("414 killed (10–11 April; 30 April–10 June)[8][9]"));
        Assert.Equal(Estimate.Exactly(414), f.Estimate);
        Assert.Equal(CasualtyCategory.Killed, f.Category);
        Assert.Equal("10–11 April; 30 April–10 June", f.ScopeText);
        Assert.Equal("414 killed", f.Text);
        Assert.Equal(new TextSpan(0, 10), f.Span);
    }

    [Theory]
    [InlineData("39 civilians killed (30 April–10 June)", 39L, 39L, CasualtyParty.Civilians, "civilians")]
    [InlineData("2,764+ killed", 2764L, null, CasualtyParty.Side, null)]
    [InlineData("76 unidentified killed", 76L, 76L, CasualtyParty.Unidentified, "unidentified")]
    [InlineData("Total: 5,641–6,991 killed", 5641L, 6991L, CasualtyParty.Total, null)]
    [InlineData("250+ militants killed, (by 6 December)", 250L, null, CasualtyParty.Side, "militants")]
    [InlineData("43–51 soldiers killed, (by 6 December)", 43L, 51L, CasualtyParty.Side, "soldiers")]
    public void ParseCell_CasualtyCells(string cell, long low, long? high, CasualtyParty party, string? who)
    {
        var f = Assert.Single(R.ParseCell(cell));
        Assert.Equal(low, f.Estimate.Low);
        Assert.Equal(high, f.Estimate.High);
        Assert.Equal(CasualtyCategory.Killed, f.Category);
        Assert.Equal(party, f.Party);
        Assert.Equal(who, f.Who);
    }

    [Fact]
    public void ParseCell_MoreThan_HasNoUpperBound()
    {
        var f = Assert.Single(R.ParseCell("2,764+ killed"));
        Assert.Equal(EstimateKind.MoreThan, f.Estimate.Kind);
        Assert.Null(f.Estimate.High);
    }

    [Fact]
    public void ParseCell_ByDateAfterComma_IsScope()
    {
        var f = Assert.Single(R.ParseCell("250+ militants killed, (by 6 December)"));
        Assert.Equal("by 6 December", f.ScopeText);
        Assert.Equal("250+ militants killed", f.Text);
    }

    [Fact]
    public void ParseCell_TwoFiguresSharingAPredicate()
    {
        var figures = R.ParseCell("an additional 1,200 combatants and 150 civilians estimated killed");
        Assert.Equal(2, figures.Count);
        Assert.Equal((1200L, (long?)1200L, "combatants", CasualtyCategory.Killed), (figures[0].Estimate.Low, figures[0].Estimate.High, figures[0].Who, figures[0].Category));
        Assert.Equal((150L, (long?)150L, CasualtyParty.Civilians, CasualtyCategory.Killed), (figures[1].Estimate.Low, figures[1].Estimate.High, figures[1].Party, figures[1].Category));
        Assert.True(figures[0].Estimate.IsApproximate);
    }

    [Fact]
    public void ParseCell_TwoColumnsOnOneLine()
    {
        var figures = R.ParseCell("2,764+ killed[35] 2,196+ killed[35]");
        Assert.Equal([2764L, 2196L], figures.Select(f => f.Estimate.Low));
        Assert.All(figures, f => Assert.Equal(CasualtyCategory.Killed, f.Category));
    }

    [Theory]
    [InlineData("3,000+ militants (by September)", 3000L, null, "militants", "by September", "3,000+ militants")]
    [InlineData("150 soldiers (reinforcements)", 150L, 150L, "soldiers", null, "150 soldiers (reinforcements)")]
    [InlineData("200 tribal fighters", 200L, 200L, "tribal fighters", null, "200 tribal fighters")]
    public void ParseCell_StrengthCells(string cell, long low, long? high, string who, string? scope, string text)
    {
        var f = Assert.Single(R.ParseCell(cell, isStrength: true));
        Assert.Equal(CasualtyCategory.Strength, f.Category);
        Assert.Equal(low, f.Estimate.Low);
        Assert.Equal(high, f.Estimate.High);
        Assert.Equal(who, f.Who);
        Assert.Equal(scope, f.ScopeText);
        Assert.Equal(text, f.Text);
    }

    [Fact]
    public void ParseCell_StrengthCellWithTwoFigures()
    {
        var figures = R.ParseCell("150 soldiers (reinforcements), 200 tribal fighters", isStrength: true);
        Assert.Equal([150L, 200L], figures.Select(f => f.Estimate.Low));
    }

    [Fact]
    public void ParseCell_NoNumber_ReturnsNothing()
    {
        Assert.Empty(R.ParseCell("Unknown"));
        Assert.Empty(R.ParseCell(string.Empty));
    }

    [Theory]
    [InlineData("35 KIA", 35L, 35L, CasualtyCategory.Killed)]
    [InlineData("120 WIA", 120L, 120L, CasualtyCategory.Wounded)]
    [InlineData("1,000+ POWs", 1000L, null, CasualtyCategory.Captured)]
    [InlineData("500 captured", 500L, 500L, CasualtyCategory.Captured)]
    [InlineData("about 60 wounded", 60L, 60L, CasualtyCategory.Wounded)]
    [InlineData("12 tanks destroyed", 12L, 12L, CasualtyCategory.Other)]
    [InlineData("414", 414L, 414L, CasualtyCategory.Casualties)]
    [InlineData("1,000–1,500 killed", 1000L, 1500L, CasualtyCategory.Killed)]
    public void ParseCell_OtherCellForms(string cell, long low, long? high, CasualtyCategory category)
    {
        var f = Assert.Single(R.ParseCell(cell));
        Assert.Equal((low, high, category), (f.Estimate.Low, f.Estimate.High, f.Category));
    }

    [Fact]
    public void ParseCell_KilledAndWoundedInOneCell_GivesTwoFigures()
    {
        var figures = R.ParseCell("35 killed, 60 wounded, 12 captured");
        Assert.Equal([(35L, CasualtyCategory.Killed), (60L, CasualtyCategory.Wounded), (12L, CasualtyCategory.Captured)], figures.Select(f => (f.Estimate.Low, f.Category)));
    }

    [Fact]
    public void ParseCell_TwoColumnsWithPeriodsOnOneLine()
    {
        var figures = R.ParseCell("120 killed (3–4 May; 9 May–2 June)[1][2] 95 killed (3–4 May; 9 May–2 June)[1]");
        Assert.Equal(2, figures.Count);
        Assert.Equal(("120 killed", "3–4 May; 9 May–2 June"), (figures[0].Text, figures[0].ScopeText));
        Assert.Equal(("95 killed", "3–4 May; 9 May–2 June"), (figures[1].Text, figures[1].ScopeText));
    }
}
