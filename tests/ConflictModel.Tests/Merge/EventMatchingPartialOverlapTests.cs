using ConflictModel.Merge;
using static ConflictModel.Tests.Merge.ClaimFactory;

namespace ConflictModel.Tests.Merge;

/// <summary>Matching reports that name fewer places or actors than each other, or none (texts written for the tests).</summary>
public class EventMatchingPartialOverlapTests
{
    private static readonly (string, string?)[] Isil = [("ISIL", "isis")];
    private static readonly (string, string?)[] IsilRebels = [("ISIL", "isis"), ("rebels", "rebels")];

    [Fact]
    public void Merge_ReportWithoutPlace_MeetsReportOfSameActorsWithPlace()
    {
        var a = Event("a#def", "doc-a", EventKind.Defection, Day(2031, 6, 4), [], Isil, 0, "On 4 June, defections to ISIL accelerated.");
        var b = Event("b#def", "doc-b", EventKind.Defection, Day(2031, 6, 4), ["Riverton"], Isil, 0, "On 4 June, defections to ISIL in Riverton accelerated.", ["riverton"]);

        var merged = Assert.Single(TimelineBuilder.Merge([Set("doc-a", [a], []), Set("doc-b", [b], [])]).Events);

        Assert.Equal(["doc-a", "doc-b"], merged.Documents);
        Assert.Equal(["Riverton"], merged.Places);
    }

    [Fact]
    public void Merge_ReportNamingASubsetOfPlacesAndActors_IsTheSameEvent()
    {
        var a = Event("a#att", "doc-a", EventKind.Attack, Day(2031, 6, 4), ["Tel Marda"], Isil, 0, null, ["tel-marda"]);
        var b = Event("b#att", "doc-b", EventKind.Attack, Day(2031, 6, 4), ["Lake Province", "Tel Marda"], IsilRebels, 0, null, ["lake-province", "tel-marda"]);

        var timeline = TimelineBuilder.Merge([Set("doc-a", [a], []), Set("doc-b", [b], [])]);

        var merged = Assert.Single(timeline.Events);
        Assert.Equal(["a#att", "b#att"], merged.SourceEventIds);
        var link = Assert.Single(timeline.Links);
        Assert.Equal(EventRelationKind.SameAs, link.Kind);
        Assert.Equal(0.8375, link.Score, 6); // 0.30 date + 0.25 × 0.75 places + 0.20 × 0.75 actors + 0.15 kind + 0.10 × 0.5
    }

    [Fact]
    public void Merge_SameAsLinkThatCompleteLinkageRefuses_StaysAsRelationBothWays()
    {
        // b ~ c (0.89) join first; a ~ b (0.8375) cannot join them because a ≁ c (0.7775 < 0.78)
        var a = Event("a#att", "doc-a", EventKind.Attack, Day(2031, 6, 4), ["Tel Marda"], Isil, 0, null, ["tel-marda"]);
        var b = Event("b#att", "doc-b", EventKind.Attack, Day(2031, 6, 4), ["Lake Province", "Tel Marda"], IsilRebels, 0, null, ["lake-province", "tel-marda"]);
        var c = Event("c#cap", "doc-c", EventKind.Capture, Day(2031, 6, 4), ["Lake Province", "Tel Marda"], IsilRebels, 0, null, ["lake-province", "tel-marda"]);

        var timeline = TimelineBuilder.Merge([Set("doc-a", [a], []), Set("doc-b", [b], []), Set("doc-c", [c], [])]);

        Assert.Equal(2, timeline.Events.Length);
        var single = Assert.Single(timeline.Events, e => e.SourceEventIds.Count == 1);
        var pair = Assert.Single(timeline.Events, e => e.SourceEventIds.Count == 2);
        Assert.Equal(["a#att"], single.SourceEventIds);
        Assert.Equal(["b#att", "c#cap"], pair.SourceEventIds);
        Assert.Contains(new EventRelation(EventRelationKind.SameAs, pair.Id), single.Relations);
        Assert.Contains(new EventRelation(EventRelationKind.SameAs, single.Id), pair.Relations);
    }
    [Fact]
    public void Merge_MonthReport_SummarisesShorterReportItsFuzzyEdgesHold()
    {
        // "In June" over "from 30 May until 3 June": not inside the month's days, but inside its candidate window
        var month = UncertainDate.InMonth(2031, 6);
        var a = Event("a#month", "doc-a", EventKind.Attack, month, ["Riverton"], IsilRebels, 0, null, ["riverton"]);
        var c = Event("c#days", "doc-b", EventKind.Clashes, UncertainDate.FromBounds(new NodaTime.LocalDate(2031, 5, 30), new NodaTime.LocalDate(2031, 6, 3)), ["Riverton"], IsilRebels, 0, null, ["riverton"]);

        var timeline = TimelineBuilder.Merge([Set("doc-a", [a], []), Set("doc-b", [c], [])]);

        Assert.Equal(2, timeline.Events.Length);
        var link = Assert.Single(timeline.Links);
        Assert.Equal(new EventLink("a#month", "c#days", EventRelationKind.Summarises, 1.0), link);
    }

    [Fact]
    public void Merge_OpenEndedReportWithoutPlace_SummarisesReportOfSharedActorInsideItsDays()
    {
        // "the fighting since 2 May killed …" (no place, open end) over "In June, ISIL attacked the rebels in Riverton"
        var since = Event("a#since", "doc-a", EventKind.Clashes, UncertainDate.OnOrAfter(UncertainDate.OnDay(new NodaTime.LocalDate(2031, 5, 2))), [], IsilRebels, 0, null);
        var month = Event("b#month", "doc-b", EventKind.Attack, UncertainDate.InMonth(2031, 6), ["Riverton"], IsilRebels, 0, null, ["riverton"]);

        var timeline = TimelineBuilder.Merge([Set("doc-a", [since], []), Set("doc-b", [month], [])]);

        Assert.Equal(2, timeline.Events.Length);
        Assert.Equal(new EventLink("a#since", "b#month", EventRelationKind.Summarises, 1.0), Assert.Single(timeline.Links));
    }

    [Fact]
    public void Merge_ClosedReportWithoutPlace_DoesNotSummariseReportWithPlace()
    {
        // the same report with an end date says nothing about where: it covers no report of a named place
        var closed = Event("a#closed", "doc-a", EventKind.Clashes, UncertainDate.FromBounds(new NodaTime.LocalDate(2031, 5, 2), new NodaTime.LocalDate(2031, 8, 1)), [], IsilRebels, 0, null);
        var month = Event("b#month", "doc-b", EventKind.Attack, UncertainDate.InMonth(2031, 6), ["Riverton"], IsilRebels, 0, null, ["riverton"]);

        var timeline = TimelineBuilder.Merge([Set("doc-a", [closed], []), Set("doc-b", [month], [])]);

        Assert.Equal(2, timeline.Events.Length);
        Assert.Empty(timeline.Links);
    }

    [Fact]
    public void Merge_Siege_HoldsOnlyReportsAtThePlacesItBesieges()
    {
        // "ISIL besieged Riverton from June to August" holds a June attack in Riverton, not one in Lakeside
        var siege = Event("a#siege", "doc-a", EventKind.Siege, UncertainDate.FromBounds(new NodaTime.LocalDate(2031, 6, 1), new NodaTime.LocalDate(2031, 8, 31)), ["Riverton"], Isil, 0, null, ["riverton"]);
        var there = Event("b#there", "doc-b", EventKind.Attack, Day(2031, 6, 4), ["Riverton"], Isil, 0, null, ["riverton"]);
        var elsewhere = Event("c#elsewhere", "doc-c", EventKind.Attack, Day(2031, 6, 9), ["Lakeside"], Isil, 0, null, ["lakeside"]);

        var timeline = TimelineBuilder.Merge([Set("doc-a", [siege], []), Set("doc-b", [there], []), Set("doc-c", [elsewhere], [])]);

        Assert.Equal(3, timeline.Events.Length);
        Assert.Equal(new EventLink("b#there", "a#siege", EventRelationKind.PartOf, 1.0), Assert.Single(timeline.Links));
    }
}
