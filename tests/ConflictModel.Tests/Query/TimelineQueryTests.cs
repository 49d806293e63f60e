using ConflictModel.Merge;
using ConflictModel.Query;
using ConflictModel.Tests.Merge;
using NodaTime;

namespace ConflictModel.Tests.Query;

public class TimelineQueryTests
{
    private static readonly TimelineQuery Query = new(TimelineFixture.Build());

    private static string[] Sources(IEnumerable<MergedEvent> events) => [.. events.SelectMany(e => e.SourceEventIds)];

    [Fact]
    public void Between_December_ReturnsTheEventsOverlappingIt()
    {
        Assert.Equal(["a#airport", "b#airport", "b#later"], Sources(Query.Between(new LocalDate(2014, 12, 1), new LocalDate(2014, 12, 31))));
        Assert.Equal(["b#later"], Sources(Query.Between(new LocalDate(2014, 12, 24), new LocalDate(2015, 1, 1))));
        Assert.Empty(Query.Between(new LocalDate(2014, 9, 1), new LocalDate(2014, 11, 30)));
    }

    [Fact]
    public void Between_ReversedBounds_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Query.Between(new LocalDate(2014, 12, 2), new LocalDate(2014, 12, 1)));
        Assert.Equal("to", ex.ParamName);
    }

    [Fact]
    public void ByActor_IsAliasAwareByKey()
    {
        Assert.Equal(["a#mayadin", "a#exec", "a#airport", "b#airport"], Sources(Query.ByActor("isil")));
        Assert.Equal(Sources(Query.ByActor("isil")), Sources(Query.ByActor("ISIS")));
        Assert.Equal(Sources(Query.ByActor("isil")), Sources(Query.ByActor("Islamic State")));

        var aliased = new TimelineQuery(TimelineFixture.Build(nameKey: n => MergeOptions.Default.NameKey(n) is "rebels" ? "opposition" : MergeOptions.Default.NameKey(n)));
        Assert.Equal(["a#mayadin"], Sources(aliased.ByActor("opposition")));
        Assert.Equal(["a#airport", "b#airport", "b#later"], Sources(Query.ByActor("Syrian-Army")));
        Assert.Empty(Query.ByActor("YPG"));
    }

    [Fact]
    public void ByPlace_KindAndContested_Filter()
    {
        Assert.Equal(["a#airport", "b#airport", "b#later"], Sources(Query.ByPlace("deir ez zor airport")));
        Assert.Equal(["b#later"], Sources(Query.ByKind(EventKind.Shelling)));
        Assert.Equal(["a#airport", "b#airport"], Sources(Query.Contested()));
        Assert.Equal(["a#airport", "b#airport"], Sources(Query.Where(new EventFilter(From: new LocalDate(2014, 12, 1), Actor: "ISIL", ContestedOnly: true))));
        Assert.Equal(["b#later"], Sources(Query.Where(new EventFilter(To: new LocalDate(2014, 12, 31), Kind: EventKind.Shelling))));
    }

    [Fact]
    public void CasualtyTotals_SumsBySideWithTheClaimsBehind()
    {
        var totals = Query.CasualtyTotals(new LocalDate(2014, 7, 1), new LocalDate(2014, 12, 31));

        Assert.Equal(["civilians", "isis", "rebels", "syrian-army"], totals.Select(t => t.Side));
        var isil = totals.Single(t => t.Side == "isis");
        Assert.Equal(Estimate.Exactly(45), isil.Total);
        Assert.Equal(["a-sohr"], isil.Claims.Select(c => c.Id));
        Assert.Equal(2, isil.Assessments[0].Contributions.Count);
        var rebels = totals.Single(t => t.Side == "rebels");
        Assert.Equal((5L, 9L, 7L), (rebels.Total.Low, rebels.Total.High!.Value, rebels.Total.Best!.Value));

        var julyOnly = Query.CasualtyTotals(new LocalDate(2014, 7, 1), new LocalDate(2014, 8, 31));
        Assert.Equal(["civilians", "rebels"], julyOnly.Select(t => t.Side));
        var sum = julyOnly.Select(t => t.Total).Aggregate((a, b) => a + b);
        Assert.Equal((17L, 21L, 19L), (sum.Low, sum.High!.Value, sum.Best!.Value));
    }

    [Fact]
    public void IntervalIndex_MatchesABruteForceScan()
    {
        var rng = new Random(7);
        var intervals = Enumerable.Range(0, 500).Select(_ => { int s = rng.Next(1000); return (s, s + rng.Next(40)); }).ToArray();
        var index = new IntervalIndex<(int, int)>(intervals, iv => iv);

        for (int q = 0; q < 200; q++)
        {
            int from = rng.Next(1100) - 50, to = from + rng.Next(60);
            var expected = intervals.Where(iv => iv.Item1 <= to && iv.Item2 >= from).ToList();
            var actual = index.Overlapping(from, to);
            Assert.Equal(expected.Count, actual.Count);
            Assert.Equal(expected.Order().ToArray(), actual.Order().ToArray());
            Assert.Equal(actual.OrderBy(iv => iv.Item1).ToArray(), actual.ToArray());
        }
    }
}
