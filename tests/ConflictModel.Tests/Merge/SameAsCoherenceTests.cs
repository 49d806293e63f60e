using ConflictModel.Merge;
using NodaTime;
using static ConflictModel.Tests.Merge.ClaimFactory;

namespace ConflictModel.Tests.Merge;

/// <summary>Same-as clusters stay coherent: no chaining through a middle report, and a report of a whole campaign is
/// never the same event as one happening in it (texts written for the tests).</summary>
public class SameAsCoherenceTests
{
    private static readonly (string, string?)[] IsilRebels = [("ISIL", "isil"), ("rebels", "rebels")];

    // A and C each share one village with B, none with each other: A~B and B~C score 0.825, A and C never match.
    private static ExtractedSet[] Chain() =>
    [
        Set("doc-a", [Event("a#2jul", "doc-a", EventKind.Capture, Day(2014, 7, 2), ["Quniya"], IsilRebels, 10, "On 2 July, ISIL took Quniya.")], []),
        Set("doc-b", [Event("b#2jul", "doc-b", EventKind.Capture, Day(2014, 7, 2), ["Quniya", "Buqris"], IsilRebels, 10, "On 2 July, ISIL took Quniya and Buqris.")], []),
        Set("doc-c", [Event("c#2jul", "doc-c", EventKind.Capture, Day(2014, 7, 2), ["Buqris"], IsilRebels, 10, "On 2 July, ISIL took Buqris.")], []),
    ];

    [Fact]
    public void Match_ChainAThroughBToC_DoesNotPutAAndCTogether()
    {
        var events = Chain().SelectMany(s => s.Events).ToArray();

        var result = new EventMatcher().Match(events);

        Assert.Equal(2, result.Links.Count(l => l.Kind == EventRelationKind.SameAs));
        Assert.Equal([["a#2jul", "b#2jul"], ["c#2jul"]], result.Clusters.Select(c => c.ToArray()));
    }

    [Fact]
    public void Merge_ChainInAnyDocumentOrder_GivesTheSameCoherentEvents()
    {
        var sets = Chain();
        var forward = TimelineBuilder.Merge(sets);
        var backward = TimelineBuilder.Merge(sets.Reverse());
        var incremental = MergedTimeline.Empty().Add(sets[2]).Add(sets[0]).Add(sets[1]);

        Assert.Equal(2, forward.Events.Length);
        Assert.NotEqual(forward.FindBySource("a#2jul")!.Id, forward.FindBySource("c#2jul")!.Id);
        Assert.Equal(forward.Events.ToArray(), backward.Events.ToArray());
        Assert.Equal(forward.Events.ToArray(), incremental.Events.ToArray());
    }

    [Fact]
    public void Match_StrongestLinkWinsTheMiddleReport()
    {
        // B and C agree on the figure too (casualty score 1 instead of 0.5), so B~C outranks A~B.
        var events = Chain().SelectMany(s => s.Events).ToArray();
        Claim[] claims =
        [
            Count("k-b", "SOHR", Estimate.Exactly(12), "rebels", "rebels", eventId: "b#2jul"),
            Count("k-c", "SOHR", Estimate.Exactly(12), "rebels", "rebels", eventId: "c#2jul"),
        ];

        var result = new EventMatcher().Match(events, claims);

        Assert.Equal([["a#2jul"], ["b#2jul", "c#2jul"]], result.Clusters.Select(c => c.ToArray()));
    }

    [Fact]
    public void Merge_LeadSentenceOfTheOffensive_SummarisesThePairButIsNotSameAs()
    {
        // The lead sentence was extracted as an attack on the day of the pair it would otherwise chain into.
        var lead = Event("c#lead", "doc-c", EventKind.Attack, Day(2014, 7, 14), ["Deir ez-Zor"], IsilRebels, 0,
            "The 2014 Deir ez-Zor offensive was an offensive by ISIL against rebel forces in Deir ez-Zor Governorate.");
        var a = Event("a#14jul", "doc-a", EventKind.Capture, Day(2014, 7, 14), ["Deir ez-Zor"], IsilRebels, 120, "On 14 July, ISIL expelled the rebels from Deir ez-Zor.");
        var b = Event("b#14jul", "doc-b", EventKind.Capture, Day(2014, 7, 14), ["Deir ez-Zor"], IsilRebels, 300, "On 14 July, ISIL drove the rebels out of Deir ez-Zor.");

        var timeline = TimelineBuilder.Merge([Set("doc-a", [a], []), Set("doc-b", [b], []), Set("doc-c", [lead], [])]);

        Assert.Equal(2, timeline.Events.Length);
        var pair = timeline.FindBySource("a#14jul")!;
        Assert.Equal(["a#14jul", "b#14jul"], pair.SourceEventIds);
        var summary = timeline.FindBySource("c#lead")!;
        Assert.Equal(["c#lead"], summary.SourceEventIds);
        Assert.DoesNotContain(timeline.Links, l => l.Kind == EventRelationKind.SameAs && (l.From == "c#lead" || l.To == "c#lead"));
        Assert.Equal(
            [new EventLink("c#lead", "a#14jul", EventRelationKind.Summarises, 0.89), new EventLink("c#lead", "b#14jul", EventRelationKind.Summarises, 0.89)],
            timeline.Links.Where(l => l.From == "c#lead"));
        Assert.Contains(new EventRelation(EventRelationKind.Summarises, pair.Id), summary.Relations);
    }

    [Fact]
    public void Merge_TwoLeadSentencesOfOneOffensive_AreSameAs()
    {
        var c = Event("c#lead", "doc-c", EventKind.Offensive, Day(2014, 7, 14), ["Deir ez-Zor"], IsilRebels, 0,
            "The 2014 Deir ez-Zor offensive was an offensive by ISIL against rebel forces.");
        var d = Event("d#lead", "doc-d", EventKind.Offensive, Day(2014, 7, 14), ["Deir ez-Zor"], IsilRebels, 0,
            "The Deir ez-Zor offensive (2014) was a military campaign launched by ISIL.");

        var timeline = TimelineBuilder.Merge([Set("doc-c", [c], []), Set("doc-d", [d], [])]);

        Assert.Equal(["c#lead", "d#lead"], Assert.Single(timeline.Events).SourceEventIds);
    }

    [Theory]
    [InlineData("The 2015 Palmyra offensive was an offensive by the Syrian Army to recapture the city.", true)]
    [InlineData("Operation Dawn was a military operation launched by the rebels.", true)]
    [InlineData("The siege-breaking push is the largest counter-offensive of the year.", true)]
    [InlineData("The attack was a major blow to the offensive.", false)]
    [InlineData("By 10 June, the offensive into the province was stalled.", false)]
    [InlineData("On 14 July, ISIL expelled the rebels from the city.", false)]
    [InlineData("ISIS was said to have executed the commander.", false)]
    [InlineData("", false)]
    public void DefinesCampaign_ReadsTheOpeningCopula(string sentence, bool expected) =>
        Assert.Equal(expected, SummaryEvents.DefinesCampaign(sentence));

    [Fact]
    public void IsSummary_OffensiveWithLongOrOpenPeriod_ButNotAOneDayOffensiveOrACapture()
    {
        var evidence = new Evidence("doc", new TextSpan(0, 5), "ISIL advanced.");
        ConflictEvent Make(EventKind kind, UncertainDate? date, UncertainPeriod? period) =>
            new("e", kind, date, period, EquatableArray<string>.Empty, EquatableArray<string?>.Empty, EquatableArray<EventActor>.Empty, null, evidence, EquatableArray<string>.Empty);

        Assert.True(SummaryEvents.IsSummary(Make(EventKind.Offensive, null, new UncertainPeriod(Day(2014, 4, 10), Day(2014, 7, 14)))));
        Assert.True(SummaryEvents.IsSummary(Make(EventKind.Conflict, UncertainDate.OnOrAfter(Day(2014, 4, 10)), null)));
        Assert.False(SummaryEvents.IsSummary(Make(EventKind.Offensive, Day(2014, 4, 10), null)));
        Assert.False(SummaryEvents.IsSummary(Make(EventKind.Offensive, Days(2014, 4, 10, 20), null)));
        Assert.False(SummaryEvents.IsSummary(Make(EventKind.Capture, null, new UncertainPeriod(Day(2014, 4, 10), Day(2014, 7, 14)))));
    }
}
