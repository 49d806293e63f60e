using ConflictModel.Merge;
using static ConflictModel.Tests.Merge.ClaimFactory;

namespace ConflictModel.Tests.Merge;

/// <summary>A small two-document timeline for query, export and table tests.</summary>
internal static class TimelineFixture
{
    public static MergedTimeline Build(ReconciliationPolicy? policy = null, Func<string, string>? nameKey = null)
    {
        (string, string?)[] isisArmy = [("ISIS", "isil"), ("Syrian Army", "syrian army")];
        (string, string?)[] isilArmy = [("ISIL", "isil"), ("Syrian Army", "syrian army")];
        (string, string?)[] isilRebels = [("ISIL", "isil"), ("rebels", "rebels")];
        var docA = Set("doc-a",
        [
            Event("a#airport", "doc-a", EventKind.Attack, Day(2014, 12, 5), ["Deir ez-Zor airport"], isisArmy, 0, "On 5 December, ISIS attacked the airport, \"heavily\"."),
            Event("a#mayadin", "doc-a", EventKind.Capture, Day(2014, 7, 3), ["Mayadin"], isilRebels, 80),
            Event("a#exec", "doc-a", EventKind.Execution, Day(2014, 8, 10), ["Shuhail"], [("ISIL", "isil"), ("civilians", "civilians")], 160),
        ],
        [
            Count("a-sohr", "SOHR", Estimate.Exactly(45), "ISIL militants", "isil", eventId: "a#airport", document: "doc-a"),
            Count("a-civ", "SOHR", Estimate.Exactly(12), "civilians", "civilians", eventId: "a#exec", document: "doc-a"),
            Count("a-reb", "SOHR", Estimate.Between(5, 9), "rebels", "rebels", eventId: "a#mayadin", document: "doc-a"),
        ]);
        var docB = Set("doc-b",
        [
            Event("b#airport", "doc-b", EventKind.Attack, Day(2014, 12, 5), ["Deir Ez-Zor Airport"], isilArmy, 0),
            Event("b#later", "doc-b", EventKind.Shelling, Days(2014, 12, 20, 24), ["Deir ez-Zor airport"], [("Syrian Army", "syrian army")], 60),
        ],
        [
            Count("b-army", "Syrian Army", Estimate.MoreThan(100), "ISIS militants", "isil", ClaimStance.Claimed, eventId: "b#airport", document: "doc-b"),
            Count("b-soldiers", "SOHR", Estimate.Exactly(51), "soldiers", "syrian army", eventId: "b#airport", document: "doc-b"),
        ]);
        return TimelineBuilder.Merge([docA, docB], MergeOptions.Default with { Policy = policy ?? ReconciliationPolicy.UcdpLike, NameKey = nameKey ?? MergeOptions.Default.NameKey });
    }
}
