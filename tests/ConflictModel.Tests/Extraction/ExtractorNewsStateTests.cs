using ConflictModel.Extraction;
using ConflictModel.Formats;
using NodaTime;

namespace ConflictModel.Tests.Extraction;

/// <summary>Lasting states in news pieces: present-perfect sentences dated only by "since X", and sieges placed by
/// the headline (texts written for the tests).</summary>
public class ExtractorNewsStateTests
{
    private static ExtractedDocument News(string headline, string body) =>
        Extractor.Default.Extract(ArticleReaders.Default.Read(
            headline + "\n\nBy Jo Park | March 4, 2016\n\n" + body + "\n", "news.txt", new ReadOptions(FormatIds.NewsArticle)));

    [Fact]
    public void Extract_NewsPresentPerfectSince_LastsFromThenToThePresent()
    {
        var doc = News("Militants tighten their grip on Raqqa", "Food is scarce in the old town. The militants’ long siege has emptied the markets since June 2014.");

        var e = Assert.Single(doc.Events, x => x.Kind == EventKind.Siege);
        Assert.Equal(new LocalDate(2014, 6, 1), e.When.Earliest);
        Assert.Equal(new LocalDate(2016, 3, 4), e.When.Latest);
    }

    [Fact]
    public void Extract_NewsSinceInAnotherTense_GivesNoDate()
    {
        var doc = News("Militants tighten their grip on Raqqa", "The siege is the longest the town has known since 2012, officials say.");

        var e = Assert.Single(doc.Events, x => x.Kind == EventKind.Siege);
        Assert.Null(e.When.Earliest);
        Assert.Null(e.When.Latest);
    }

    [Fact]
    public void Extract_NewsSiegeWithoutPlace_TakesTheHeadlinePlace()
    {
        var doc = News("Militants tighten their grip on Raqqa", "The militants’ long siege has emptied the markets since June 2014.");

        var e = Assert.Single(doc.Events, x => x.Kind == EventKind.Siege);
        Assert.Equal(["raqqa"], e.PlaceKeys);
    }

    [Fact]
    public void Extract_NewsSiegeWithItsOwnPlace_KeepsIt()
    {
        var doc = News("Militants tighten their grip on Raqqa", "The militants’ siege of Mayadin has emptied the markets since June 2014.");

        var e = Assert.Single(doc.Events, x => x.Kind == EventKind.Siege);
        Assert.Equal(["mayadin"], e.PlaceKeys);
    }

    [Fact]
    public void Extract_NewsHeadlineWithoutPlace_LeavesTheSiegeUnplaced()
    {
        var doc = News("Militants tighten their grip", "The militants’ long siege has emptied the markets since June 2014.");

        var e = Assert.Single(doc.Events, x => x.Kind == EventKind.Siege);
        Assert.Empty(e.Places);
    }

    [Fact]
    public void Extract_EncyclopediaSiegeWithoutPlace_IsNotPlacedByTheTitle()
    {
        var doc = Extractor.Default.Extract(ArticleReaders.Default.Read(
            "= Raqqa offensive (2031) =\n\nInfobox\n- Date: 1–30 June 2031\n\n==Events==\nOn 3 June, the militants’ siege tightened.\n", "own.txt"));

        var e = Assert.Single(doc.Events, x => x.Kind == EventKind.Siege);
        Assert.Empty(e.Places);
    }

    [Fact]
    public void Extract_NewsEventWithoutPlace_TakesTheHeadlinePlace()
    {
        var doc = News("Shells fall on Raqqa", "On Feb. 2, mortar shells hit the market.");

        var e = Assert.Single(doc.Events, x => x.Kind == EventKind.Shelling);
        Assert.Equal(["raqqa"], e.PlaceKeys);
    }
}

/// <summary>What a briefing or statement discusses is dated to the month of the report, not its day (texts written for
/// the tests).</summary>
public class ExtractorReportedTopicTests
{
    private static ExtractedDocument Extract(string body) =>
        Extractor.Default.Extract(ArticleReaders.Default.Read(
            "= Riverton offensive (2031) =\n\nInfobox\n- Date: 1–30 June 2031\n- Place: Riverton\n\n==Events==\n" + body + "\n", "own.txt"));

    [Fact]
    public void Extract_OperationsDiscussedAtABriefing_LastThroughTheMonthOfTheBriefing()
    {
        var doc = Extract("During a press briefing on 12 June 2031, a spokesman of the Free Syrian Army discussed the Nusra Front's operations in Raqqa.");

        var e = Assert.Single(doc.Events, x => x.Kind == EventKind.Attack);
        Assert.Equal(new LocalDate(2031, 6, 1), e.When.Earliest);
        Assert.Equal(new LocalDate(2031, 6, 30), e.When.Latest);
        Assert.Equal(new LocalDate(2031, 6, 12), e.Date?.Earliest); // the day of the briefing stays the stated date
        Assert.Equal(["raqqa"], e.PlaceKeys);
        Assert.Equal(["nusra"], e.Actors.Select(a => a.Key)); // the speaker's side takes no part in what it discusses
    }

    [Fact]
    public void Extract_EventSaidAtABriefing_KeepsTheDay()
    {
        var doc = Extract("During a press briefing on 12 June 2031, the spokesman said that the militants captured Raqqa.");

        var e = Assert.Single(doc.Events, x => x.Kind == EventKind.Capture);
        Assert.Equal(new LocalDate(2031, 6, 12), e.When.Earliest);
        Assert.Equal(new LocalDate(2031, 6, 12), e.When.Latest);
    }

    [Fact]
    public void Extract_DiscussedWithoutAReportFrame_KeepsTheDay()
    {
        var doc = Extract("On 12 June 2031, the council discussed the militants’ operations in Raqqa.");

        var e = Assert.Single(doc.Events, x => x.Kind == EventKind.Attack);
        Assert.Equal(new LocalDate(2031, 6, 12), e.When.Earliest);
        Assert.Equal(new LocalDate(2031, 6, 12), e.When.Latest);
    }
}
