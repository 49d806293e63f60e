using ConflictModel.Extraction;
using ConflictModel.Formats;
using NodaTime;

namespace ConflictModel.Tests.Extraction;

/// <summary>Event dates of undated sentences that relate to the narrative's time, and outcome events from the infobox
/// result (texts written for the tests).</summary>
public class ExtractorEventDateAndOutcomeTests
{
    private static ExtractedDocument Extract(string infobox, string body) =>
        Extractor.Default.Extract(ArticleReaders.Default.Read(
            "= Riverton offensive (2031) =\n\nInfobox\n- Date: 1–30 June 2031\n- Place: Riverton\n" + infobox + "\n==Events==\n" + body + "\n", "own.txt"));

    [Fact]
    public void Extract_ByThisPoint_IsOnOrBeforeTheNarrativeDate()
    {
        var doc = Extract("", "On 3 June, ISIL captured the village of Tel Marda. By this point, most of the valley had fallen to ISIL.");

        var e = Assert.Single(doc.Events, x => x.Evidence.Sentence.StartsWith("By this point", StringComparison.Ordinal));
        Assert.Null(e.Date?.Earliest);
        Assert.Equal(new LocalDate(2031, 6, 3), e.Date?.Latest);
        Assert.Equal(DateStatedAs.OnOrBefore, e.Date?.StatedAs);
    }

    [Fact]
    public void Extract_SinceTheStartOfTheOffensive_IsOnOrAfterTheOffensiveStart()
    {
        var doc = Extract("", "On 12 June, ISIL captured the village of Tel Marda.\n\nSince the start of the offensive, the pace of defections to ISIL had accelerated.");

        var e = Assert.Single(doc.Events, x => x.Evidence.Sentence.StartsWith("Since the start", StringComparison.Ordinal));
        Assert.Equal(EventKind.Defection, e.Kind);
        Assert.Equal(new LocalDate(2031, 6, 1), e.Date?.Earliest);
        Assert.Null(e.Date?.Latest);
    }

    [Fact]
    public void Extract_SentenceWithItsOwnDate_KeepsIt()
    {
        var doc = Extract("", "By this point on 20 June, ISIL had captured the village of Tel Marda.");

        var e = Assert.Single(doc.Events, x => x.Kind == EventKind.Capture);
        Assert.Equal(new LocalDate(2031, 6, 20), e.Date?.Earliest);
        Assert.Equal(new LocalDate(2031, 6, 20), e.Date?.Latest);
    }

    [Fact]
    public void Extract_InfoboxResult_IsOutcomeEventOfTheSummaryAtItsEnd()
    {
        var doc = Extract("- Result: Decisive ISIL victory\n", "On 3 June, ISIL captured the village of Tel Marda.");

        var e = Assert.Single(doc.Events, x => x.Evidence.Section == "infobox" && x.Id != doc.SummaryEvent!.Id);
        Assert.Equal(EventKind.Battle, e.Kind);
        Assert.Equal("Decisive ISIL victory", e.Evidence.Sentence);
        Assert.Equal(doc.SummaryEvent!.Id, e.ParentId);
        Assert.Equal(new LocalDate(2031, 6, 30), e.Date?.Latest);
        Assert.Contains(e.Actors, a => a.Key == "isis");
    }

    [Fact]
    public void Extract_ResultWithoutOutcomeWords_GivesNoEvent()
    {
        var doc = Extract("- Result: Inconclusive\n", "On 3 June, ISIL captured the village of Tel Marda.");

        Assert.DoesNotContain(doc.Events, x => x.Evidence.Section == "infobox" && x.Id != doc.SummaryEvent!.Id);
    }
    [Fact]
    public void Extract_SentenceDatedOnlyBySince_IsOnOrAfterIt()
    {
        var doc = Extract("", "On 20 June, ISIL captured the village of Tel Marda. According to SOHR, the violence since 5 June led to the death of 40 fighters.");

        var e = Assert.Single(doc.Events, x => x.Evidence.Sentence.StartsWith("According to SOHR", StringComparison.Ordinal));
        Assert.Equal(EventKind.Clashes, e.Kind);
        Assert.Equal(new LocalDate(2031, 6, 5), e.Date?.Earliest);
        Assert.Null(e.Date?.Latest);
    }
}
