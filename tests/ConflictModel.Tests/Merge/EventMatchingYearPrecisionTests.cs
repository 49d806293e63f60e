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
