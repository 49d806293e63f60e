using ConflictModel.Recognition;

namespace ConflictModel.Tests.Recognition.Numbers;

public sealed class NumberRecognizerTests
{
    private static readonly NumberRecognizer R = NumberRecognizer.Default;

    private static NumberMention One(string text) => Assert.Single(R.Recognize(text));

    [Theory]
    [InlineData("1,112 operations", 1112L, 1112L, EstimateKind.Exact, "1,112")]
    [InlineData("An estimated 93,500 people", 93500L, 93500L, EstimateKind.Approximately, "An estimated 93,500")]
    [InlineData("two soldiers", 2L, 2L, EstimateKind.Exact, "two")]
    [InlineData("Thirty-six (36) of these", 36L, 36L, EstimateKind.Exact, "Thirty-six (36)")]
    [InlineData("a dozen fighters", 12L, 12L, EstimateKind.Exact, "a dozen")]
    [InlineData("eight soldiers", 8L, 8L, EstimateKind.Exact, "eight")]
    [InlineData("ten airstrikes", 10L, 10L, EstimateKind.Exact, "ten")]
    [InlineData("one hundred and twenty men", 120L, 120L, EstimateKind.Exact, "one hundred and twenty")]
    [InlineData("two thousand fighters", 2000L, 2000L, EstimateKind.Exact, "two thousand")]
    [InlineData("1.5 million people", 1500000L, 1500000L, EstimateKind.Exact, "1.5 million")]
    [InlineData("13–14 people", 13L, 14L, EstimateKind.Range, "13–14")]
    [InlineData("4,000 - 5,000 troops", 4000L, 5000L, EstimateKind.Range, "4,000 - 5,000")]
    [InlineData("5,641–6,991 killed", 5641L, 6991L, EstimateKind.Range, "5,641–6,991")]
    [InlineData("between 300 and 400 fighters", 300L, 400L, EstimateKind.Range, "300 and 400")]
    [InlineData("two or three soldiers", 2L, 3L, EstimateKind.Range, "two or three")]
    [InlineData("2,764+ killed", 2764L, null, EstimateKind.MoreThan, "2,764+")]
    [InlineData("~500 fighters", 500L, 500L, EstimateKind.Approximately, "~500")]
    [InlineData("≈500 fighters", 500L, 500L, EstimateKind.Approximately, "≈500")]
    [InlineData("over 20 militants", 20L, null, EstimateKind.MoreThan, "over 20")]
    [InlineData("more than 35 fighters", 35L, null, EstimateKind.MoreThan, "more than 35")]
    [InlineData("at least 23 fighters", 23L, null, EstimateKind.AtLeast, "at least 23")]
    [InlineData("up to 50 prisoners", 0L, 50L, EstimateKind.UpTo, "up to 50")]
    [InlineData("nearly 100 rebels", 0L, 100L, EstimateKind.Nearly, "nearly 100")]
    [InlineData("almost 100 rebels", 0L, 100L, EstimateKind.Nearly, "almost 100")]
    [InlineData("approximately 40 troops", 40L, 40L, EstimateKind.Approximately, "approximately 40")]
    [InlineData("about 30 men", 30L, 30L, EstimateKind.Approximately, "about 30")]
    [InlineData("some 1,500 rebels", 1500L, 1500L, EstimateKind.Approximately, "some 1,500")]
    [InlineData("around 200 men", 200L, 200L, EstimateKind.Approximately, "around 200")]
    [InlineData("roughly 60 men", 60L, 60L, EstimateKind.Approximately, "roughly 60")]
    [InlineData("maybe 56 men", 56L, 56L, EstimateKind.Approximately, "maybe 56")]
    [InlineData("dozens of insurgents", 24L, null, EstimateKind.Vague, "dozens")]
    [InlineData("hundreds of people", 200L, null, EstimateKind.Vague, "hundreds")]
    [InlineData("several civilians", 3L, 9L, EstimateKind.Vague, "several")]
    [InlineData("thousands of refugees", 2000L, null, EstimateKind.Vague, "thousands")]
    [InlineData("tens of thousands of refugees", 20000L, null, EstimateKind.Vague, "tens of thousands")]
    [InlineData("scores of dead", 40L, null, EstimateKind.Vague, "scores")]
    public void Recognize_ReadsValueAndHedge(string text, long low, long? high, EstimateKind kind, string mention)
    {
        var m = One(text);
        Assert.Equal(low, m.Value.Low);
        Assert.Equal(high, m.Value.High);
        Assert.Equal(kind, m.Value.Kind);
        Assert.Equal(mention, m.Text);
        Assert.False(m.IsPercent);
        Assert.Equal(text.IndexOf(mention, StringComparison.Ordinal), m.Span.Start);
    }

    [Theory]
    [InlineData("ISIS controlled 95 to 98% of the province", 95L, 98L)]
    [InlineData("95–98% of the province", 95L, 98L)]
    [InlineData("about 30% of the island", 30L, 30L)]
    [InlineData("70 percent of the town", 70L, 70L)]
    [InlineData("40 per cent of the city", 40L, 40L)]
    public void Recognize_Percentages_AreFlagged(string text, long low, long high)
    {
        var m = One(text);
        Assert.True(m.IsPercent);
        Assert.Equal(low, m.Value.Low);
        Assert.Equal(high, m.Value.High);
    }

    [Theory]
    [InlineData("On 10 April the town fell.")]
    [InlineData("On 10–11 April the town fell.")]
    [InlineData("Between 27 and 28 August the town fell.")]
    [InlineData("From 10 to 11 May the town fell.")]
    [InlineData("In 2014 the town fell.")]
    [InlineData("On Jan. 15, 2017, the town fell.")]
    [InlineData("On April 10 the town fell.")]
    [InlineData("The 17th Mechanized Division and the 104th Airborne Brigade.")]
    [InlineData("The battle for Division 17 and the Brigade 93 base.")]
    [InlineData("At 10:30 the town fell.")]
    [InlineData("The attack began at 5 pm.")]
    [InlineData("Fighting near the T2 station.[8][9]")]
    [InlineData("No one was hurt.")]
    [InlineData("See references 9.0 and 9.1 above.")]
    [InlineData("Retrieved 2014-07-01.")]
    [InlineData("In the second day of fighting.")]
    public void Recognize_DatesUnitsOrdinalsTimes_AreNotCounts(string text)
    {
        Assert.Empty(R.Recognize(text));
    }

    [Fact]
    public void Recognize_YearFollowedByCountedNoun_IsACount()
    {
        var m = One("2000 soldiers arrived");
        Assert.Equal(Estimate.Exactly(2000), m.Value);
    }

    [Fact]
    public void Recognize_SeveralNumbersInOneSentence()
    {
        var ms = R.Recognize("37 ISIL militants and 30 soldiers were killed, while eight civilians fled.");
        Assert.Equal([37L, 30L, 8L], ms.Select(m => m.Value.Low));
    }

    [Fact]
    public void Recognize_CustomLexicon_ReplacesTheDefault()
    {
        var lexicon = new VagueQuantityLexicon([new VagueQuantity("dozens", 12, 99)]);
        var m = Assert.Single(new NumberRecognizer(lexicon).Recognize("dozens of fighters"));
        Assert.Equal(Estimate.Vague(12, 99), m.Value);
        Assert.Empty(new NumberRecognizer(lexicon).Recognize("hundreds of fighters"));
    }

    [Fact]
    public void Recognize_AbsurdNumberWords_DoNotOverflow()
    {
        string text = string.Join(' ', Enumerable.Repeat("hundred thousand million billion", 12)) + " one hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred"
            + " ninety nine hundred hundred hundred hundred hundred billion billion";
        var ms = R.Recognize(text);
        Assert.All(ms, m => Assert.True(m.Value.Low >= 0));
        Assert.Empty(R.Recognize("999,999,999,999,999,999 billion"));
    }

    [Fact]
    public void Recognize_NullText_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => R.Recognize(null!));
    }
}
