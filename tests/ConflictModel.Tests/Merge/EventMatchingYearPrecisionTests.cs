using ConflictModel.Merge;
using NodaTime;
using static ConflictModel.Tests.Merge.ClaimFactory;

namespace ConflictModel.Tests.Merge;

/// <summary>A report dated only by whole years is compared with a more precise report of the same happening at the
/// precision of its years (texts written for the tests).</summary>
public class EventMatchingYearPrecisionTests
{
    private static readonly string[] Riverton = ["Riverton"];
    private static readonly string?[] RivertonKey = ["riverton"];

    private static UncertainDate Years(int first, int last) => UncertainDate.FromBounds(new LocalDate(first, 1, 1), new LocalDate(last, 12, 31));

    [Fact]
    public void Merge_SiegeDatedByYears_IsTheSameAsTheSiegeDatedSinceMidFirstYearToAPresentInTheLastYear()
    {
        var named = Event("a#siege", "doc-a", EventKind.Siege, Years(2019, 2022), Riverton, [], 0, "Siege of Riverton (2019–2022)", RivertonKey);
        var told = Event("b#siege", "doc-b", EventKind.Siege, UncertainDate.FromBounds(new LocalDate(2019, 6, 1), new LocalDate(2022, 1, 31)),
            Riverton, [("the Lake Brigade", "lake-brigade")], 0, "The Lake Brigade's long siege has emptied the markets since mid-2019.", RivertonKey);

        var timeline = TimelineBuilder.Merge([Set("doc-a", [named], []), Set("doc-b", [told], [])]);

        var merged = Assert.Single(timeline.Events);
        Assert.Equal(["a#siege", "b#siege"], merged.SourceEventIds);
        var link = Assert.Single(timeline.Links);
        Assert.Equal(EventRelationKind.SameAs, link.Kind);
        Assert.Equal(0.85, link.Score, 6); // 0.30 years 2019–2022 both + 0.25 place + 0.20 × 0.5 actors + 0.15 kind + 0.10 × 0.5
    }

    [Fact]
    public void Merge_SiegeDatedByDays_IsComparedByItsDays()
    {
        // the same two spans, but neither is dated by whole years: 975 of 1,339 days overlap, too little for same-as
        var longer = Event("a#siege", "doc-a", EventKind.Siege, UncertainDate.FromBounds(new LocalDate(2019, 2, 1), new LocalDate(2022, 10, 1)),
            Riverton, [], 0, null, RivertonKey);
        var shorter = Event("b#siege", "doc-b", EventKind.Siege, UncertainDate.FromBounds(new LocalDate(2019, 6, 1), new LocalDate(2022, 1, 31)),
            Riverton, [("the Lake Brigade", "lake-brigade")], 0, null, RivertonKey);

        var timeline = TimelineBuilder.Merge([Set("doc-a", [longer], []), Set("doc-b", [shorter], [])]);

        Assert.Equal(2, timeline.Events.Length);
        Assert.DoesNotContain(timeline.Links, l => l.Kind == EventRelationKind.SameAs);
    }

    [Fact]
    public void Merge_SiegeDatedByYears_SummarisesABriefSiegeEpisodeInside()
    {
        // a few months are less than a quarter of four years: an episode of the siege, not the siege
        var named = Event("a#siege", "doc-a", EventKind.Siege, Years(2019, 2022), Riverton, [], 0, "Siege of Riverton (2019–2022)", RivertonKey);
        var episode = Event("b#siege", "doc-b", EventKind.Siege, UncertainDate.FromBounds(new LocalDate(2020, 3, 1), new LocalDate(2020, 6, 30)),
            Riverton, [], 0, null, RivertonKey);

        var timeline = TimelineBuilder.Merge([Set("doc-a", [named], []), Set("doc-b", [episode], [])]);

        Assert.Equal(2, timeline.Events.Length);
        Assert.DoesNotContain(timeline.Links, l => l.Kind == EventRelationKind.SameAs);
    }
}

/// <summary>A report dated by exactly the long period of a campaign report is the same campaign under another name; a
/// report inside it is not (texts written for the tests).</summary>
public class EventMatchingCampaignNameTests
{
    private static readonly string[] Riverton = ["Riverton"];
    private static readonly string?[] RivertonKey = ["riverton"];
    private static readonly UncertainDate March = UncertainDate.InMonth(2031, 3);

    [Fact]
    public void Merge_RaidOfTheMonth_IsTheSameAsTheOffensiveNamedForThatMonth()
    {
        var named = Event("a#off", "doc-a", EventKind.Offensive, March, Riverton, [], 0, "Riverton offensive (March 2031)", RivertonKey);
        var raid = Event("b#raid", "doc-b", EventKind.Attack, March, Riverton, [], 0, "Witnesses described looting during the March 2031 raid.", RivertonKey);

        var timeline = TimelineBuilder.Merge([Set("doc-a", [named], []), Set("doc-b", [raid], [])]);

        Assert.Equal(["a#off", "b#raid"], Assert.Single(timeline.Events).SourceEventIds);
        Assert.Equal(EventRelationKind.SameAs, Assert.Single(timeline.Links).Kind);
    }

    [Fact]
    public void Merge_AttackOnOneDayOfTheMonth_IsPartOfTheOffensive()
    {
        var named = Event("a#off", "doc-a", EventKind.Offensive, March, Riverton, [], 0, "Riverton offensive (March 2031)", RivertonKey);
        var attack = Event("b#att", "doc-b", EventKind.Attack, Day(2031, 3, 12), Riverton, [], 0, "On 12 March, militants attacked Riverton.", RivertonKey);

        var timeline = TimelineBuilder.Merge([Set("doc-a", [named], []), Set("doc-b", [attack], [])]);

        Assert.Equal(2, timeline.Events.Length);
        Assert.Equal(new EventLink("b#att", "a#off", EventRelationKind.PartOf, 1.0), Assert.Single(timeline.Links));
    }

    [Fact]
    public void Merge_AttackOverAShortSpanEqualToACampaignSentence_IsNotSameAs()
    {
        // a lead sentence defining the campaign, dated by a few days: equal spans, but not a long period
        var days = Days(2031, 3, 10, 14);
        var lead = Event("a#lead", "doc-a", EventKind.Attack, days, Riverton, [], 0, "The Riverton offensive was an offensive by the militants against the town.", RivertonKey);
        var attack = Event("b#att", "doc-b", EventKind.Attack, days, Riverton, [], 0, "Between 10 and 14 March, militants attacked Riverton.", RivertonKey);

        var timeline = TimelineBuilder.Merge([Set("doc-a", [lead], []), Set("doc-b", [attack], [])]);

        Assert.Equal(2, timeline.Events.Length);
        Assert.Equal(EventRelationKind.Summarises, Assert.Single(timeline.Links).Kind);
    }
}
