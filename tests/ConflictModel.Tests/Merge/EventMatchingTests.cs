using ConflictModel.Merge;
using NodaTime;
using static ConflictModel.Tests.Merge.ClaimFactory;

namespace ConflictModel.Tests.Merge;

/// <summary>Cross-document cases modelled on the shared cross-document gold (texts written for the tests).</summary>
public class EventMatchingTests
{
    private static readonly (string, string?)[] IsisRebels = [("ISIS", "isil"), ("rebels", "rebels")];
    private static readonly (string, string?)[] IsilRebels = [("ISIL", "isil"), ("rebels", "rebels")];

    private static ExtractedSet[] AprilAssault(bool keyed)
    {
        var a = Event("a#10apr", "doc-a", EventKind.Attack, Day(2014, 4, 10), ["Albu Kamal"],
            keyed ? IsisRebels : [("ISIS", null), ("rebels", null)], 100, "On 10 April, ISIS launched an assault near Albu Kamal.",
            keyed ? ["abu kamal"] : null);
        var b = Event("b#10apr", "doc-b", EventKind.Offensive, Day(2014, 4, 10), ["Abu Kamal"],
            keyed ? IsilRebels : [("ISIL", null), ("rebels", null)], 300, "On 10 April, ISIL launched an offensive at Abu Kamal.",
            keyed ? ["abu kamal"] : null);
        return [Set("doc-a", [a], []), Set("doc-b", [b], [])];
    }

    [Fact]
    public void Merge_SameDayWithIsisIsilAndAlbuAbuKamalByRegistryKeys_IsOneEventWithBothMentions()
    {
        var timeline = TimelineBuilder.Merge(AprilAssault(keyed: true));

        var merged = Assert.Single(timeline.Events);
        Assert.Equal(["doc-a", "doc-b"], merged.Mentions.Select(m => m.Document));
        Assert.Equal(["Albu Kamal", "Abu Kamal"], merged.Mentions.Select(m => m.EventId == "a#10apr" ? "Albu Kamal" : "Abu Kamal"));
        Assert.Equal(["Abu Kamal", "Albu Kamal"], merged.Places);
        Assert.Equal(["abu-kamal"], merged.PlaceKeys);
        Assert.Equal(["ISIL", "ISIS"], merged.Actors.Single(a => a.Key == "isis").Names);
        Assert.Equal(EventKind.Offensive, merged.Kind); // a tie between Attack and Offensive: the lowest enum value
        Assert.Equal(new LocalDate(2014, 4, 10), merged.When.Earliest);
        Assert.True(merged.When.IsSingleDay);
        var link = Assert.Single(timeline.Links);
        Assert.Equal(EventRelationKind.SameAs, link.Kind);
        Assert.Equal(0.92, link.Score, 6);
    }

    [Fact]
    public void Merge_WithoutKeys_ResolvesRegistryAliases()
    {
        var merged = Assert.Single(TimelineBuilder.Merge(AprilAssault(keyed: false)).Events);

        Assert.Equal(["abu-kamal"], merged.PlaceKeys);
        Assert.Equal(["isis", "rebels"], merged.Actors.Select(a => a.Key));
    }

    [Fact]
    public void Merge_NameKeyFunction_AddsAliasesTheRegistryLacks()
    {
        (string, string?)[] actors = [("Liwa Alpha", null)];
        ExtractedSet[] Sets() =>
        [
            Set("doc-a", [Event("a#1", "doc-a", EventKind.Attack, Day(2015, 3, 1), ["Qaryat Zeta"], actors, 0)], []),
            Set("doc-b", [Event("b#1", "doc-b", EventKind.Attack, Day(2015, 3, 1), ["Qariyat Zeta"], actors, 0)], []),
        ];
        string Key(string name)
        {
            string basic = MergeOptions.Default.NameKey(name);
            return basic == "qariyat zeta" ? "qaryat zeta" : basic;
        }

        Assert.Equal(2, TimelineBuilder.Merge(Sets()).Events.Length);
        Assert.Single(TimelineBuilder.Merge(Sets(), MergeOptions.Default with { NameKey = Key }).Events);
    }

    [Fact]
    public void Merge_DefaultNameKey_IgnoresCaseDiacriticsHyphensAndLeadingAl()
    {
        var a = Event("a#1", "doc-a", EventKind.Capture, Day(2014, 6, 2), ["Deir ez-Zor", "al-Besera"], IsisRebels, 0);
        var b = Event("b#1", "doc-b", EventKind.Capture, Day(2014, 6, 2), ["Deir Ez Zor", "Bešera"], IsisRebels, 0);

        var merged = Assert.Single(TimelineBuilder.Merge([Set("doc-a", [a], []), Set("doc-b", [b], [])]).Events);

        Assert.Equal(["besera", "deir-ez-zor"], merged.PlaceKeys);
    }

    private static ExtractedSet[] JulyCaptures()
    {
        var first = Event("a#1jul", "doc-a", EventKind.Capture, Day(2014, 7, 1), ["Abu Kamal"], IsisRebels, 10,
            "On 1 July, ISIS took Abu Kamal.");
        var third = Event("a#3jul", "doc-a", EventKind.Capture, Day(2014, 7, 3), ["Mayadin", "Shuhail", "al-Omar oil field"], IsisRebels, 60,
            "On 3 July, ISIS took Mayadin, Shuhail and the al-Omar oil field.");
        var summary = Event("b#1-3jul", "doc-b", EventKind.Capture, Days(2014, 7, 1, 3), ["Abu Kamal", "Mayadin", "Shuhail"], IsilRebels, 20,
            "Between 1 and 3 July, ISIL captured Abu Kamal, Mayadin and Shuhail.");
        return [Set("doc-a", [first, third], []), Set("doc-b", [summary], [])];
    }

    [Fact]
    public void Merge_BetweenFirstAndThirdJuly_SummarisesTheSeparateReports()
    {
        var timeline = TimelineBuilder.Merge(JulyCaptures());

        Assert.Equal(3, timeline.Events.Length);
        var summary = timeline.FindBySource("b#1-3jul")!;
        var first = timeline.FindBySource("a#1jul")!;
        var third = timeline.FindBySource("a#3jul")!;
        Assert.Equal(
            new[] { new EventRelation(EventRelationKind.Summarises, first.Id), new EventRelation(EventRelationKind.Summarises, third.Id) }.OrderBy(r => r.OtherId, StringComparer.Ordinal),
            summary.Relations);
        Assert.Equal([new EventRelation(EventRelationKind.SummarisedBy, summary.Id)], first.Relations);
        Assert.Equal([new EventRelation(EventRelationKind.SummarisedBy, summary.Id)], third.Relations);
    }

    [Fact]
    public void Merge_SamePlacesOneDatedLessPrecisely_IsSameAs()
    {
        var precise = Event("a#q", "doc-a", EventKind.Capture, Day(2014, 7, 3), ["Quniya", "Buqris"], IsisRebels, 0);
        var vague = Event("b#q", "doc-b", EventKind.Capture, Days(2014, 7, 1, 3), ["Buqris", "Quniya"], IsilRebels, 0);

        var timeline = TimelineBuilder.Merge([Set("doc-a", [precise], []), Set("doc-b", [vague], [])]);

        var merged = Assert.Single(timeline.Events);
        Assert.Equal(new NodaTime.LocalDate(2014, 7, 3), merged.When.Earliest);
        Assert.True(merged.When.IsSingleDay);
        Assert.Equal(EventRelationKind.SameAs, Assert.Single(timeline.Links).Kind);
    }

    [Fact]
    public void Merge_SpotCheck_DifferentDaysAndPlacesStayApart()
    {
        (string, string?)[] fsaIsil = [("FSA", "fsa"), ("ISIL", "isil")];
        var docA = Set("doc-a",
        [
            Event("a#2jun", "doc-a", EventKind.Capture, Day(2014, 6, 2), ["Al-Besera"], IsisRebels, 0),
            Event("a#5jun", "doc-a", EventKind.Capture, Day(2014, 6, 5), ["western countryside"], IsisRebels, 50),
            Event("a#8jun", "doc-a", EventKind.Assassination, Day(2014, 6, 8), ["Homs"], fsaIsil, 90),
            Event("a#14jul", "doc-a", EventKind.Capture, Day(2014, 7, 14), ["Deir ez-Zor"], IsisRebels, 130),
        ], []);
        var docB = Set("doc-b",
        [
            Event("b#2jun", "doc-b", EventKind.Capture, Day(2014, 6, 2), ["Al-Besera"], IsilRebels, 0),
            Event("b#5jun", "doc-b", EventKind.Capture, Day(2014, 6, 5), ["western countryside"], IsilRebels, 50),
            Event("b#8jun", "doc-b", EventKind.Assassination, Day(2014, 6, 8), ["Homs"], fsaIsil, 90),
            Event("b#14jul", "doc-b", EventKind.Capture, Day(2014, 7, 14), ["Deir ez-Zor"], IsilRebels, 130),
            Event("b#15jul", "doc-b", EventKind.Recapture, Day(2014, 7, 14), ["Deir ez-Zor"], [("Syrian Army", "syrian army"), ("ISIL", "isil")], 170),
            Event("b#3jun", "doc-b", EventKind.Capture, Day(2014, 6, 3), ["Al-Besera"], IsilRebels, 210),
        ], []);

        var timeline = TimelineBuilder.Merge([docA, docB]);

        Assert.Equal(6, timeline.Events.Length);
        foreach (string day in new[] { "2jun", "5jun", "8jun", "14jul" })
        {
            Assert.Equal(["a#" + day, "b#" + day], timeline.FindBySource("a#" + day)!.SourceEventIds);
        }

        Assert.Equal(["b#15jul"], timeline.FindBySource("b#15jul")!.SourceEventIds);
        Assert.Equal(["b#3jun"], timeline.FindBySource("b#3jun")!.SourceEventIds);
    }

    [Fact]
    public void Merge_OffensiveContainingAnAttack_IsPartOf()
    {
        var offensive = new ConflictEvent("a#off", EventKind.Offensive, null,
            new UncertainPeriod(Day(2014, 4, 10), Day(2014, 7, 14)), EquatableArray.Create("Deir ez-Zor"), new EquatableArray<string?>([null]),
            EquatableArray.Create(new EventActor("ISIL", "isil", ActorRole.Initiator)), null,
            new Evidence("doc-a", new TextSpan(0, 10), "The offensive."), EquatableArray<string>.Empty);
        var attack = Event("b#att", "doc-b", EventKind.Attack, Day(2014, 5, 2), ["Deir ez-Zor"], IsilRebels, 5);
        var child = Event("a#child", "doc-a", EventKind.Execution, Day(2014, 9, 2), ["Elsewhere"], IsilRebels, 40, parentId: "a#off");

        var timeline = TimelineBuilder.Merge([Set("doc-a", [offensive, child], []), Set("doc-b", [attack], [])]);

        var off = timeline.FindBySource("a#off")!;
        Assert.Equal(
            new[] { timeline.FindBySource("a#child")!.Id, timeline.FindBySource("b#att")!.Id }.Order(StringComparer.Ordinal),
            off.Relations.Where(r => r.Kind == EventRelationKind.Contains).Select(r => r.OtherId));
        Assert.Equal([new EventRelation(EventRelationKind.PartOf, off.Id)], timeline.FindBySource("b#att")!.Relations);
    }

    [Fact]
    public void Merge_ClaimsOfMatchedEvents_AreReconciledTogether()
    {
        var a = Event("a#1", "doc-a", EventKind.Attack, Day(2014, 12, 5), ["Deir ez-Zor airport"], [("ISIL", "isil"), ("Syrian Army", "syrian army")], 0);
        var b = Event("b#1", "doc-b", EventKind.Attack, Day(2014, 12, 5), ["Deir ez-Zor airport"], [("ISIS", "isil"), ("Syrian Army", "syrian army")], 0);
        var sohr = Count("ca", "SOHR", Estimate.Exactly(45), "ISIL militants", "isil", eventId: "a#1", document: "doc-a");
        var army = Count("cb", "Syrian Army", Estimate.MoreThan(100), "ISIS militants", "isil", ClaimStance.Claimed, eventId: "b#1", document: "doc-b");

        var timeline = TimelineBuilder.Merge([Set("doc-a", [a], [sohr]), Set("doc-b", [b], [army])]);

        var merged = Assert.Single(timeline.Events);
        var assessment = Assert.Single(merged.Assessments);
        Assert.Equal(merged.Id, assessment.EventId);
        Assert.Equal(AssessmentStatus.Contested, assessment.Status);
        Assert.Equal(["ca", "cb"], assessment.Contributions.Select(c => c.Claim.Id));
        Assert.True(merged.IsContested);
        Assert.Equal([assessment], timeline.Contested);
    }

    [Fact]
    public void Merge_DocumentsInAnyOrder_GiveIdenticalEventsAndIds()
    {
        var sets = JulyCaptures().Concat(AprilAssault(keyed: true)).ToArray();

        var forward = TimelineBuilder.Merge(sets);
        var backward = TimelineBuilder.Merge(sets.Reverse());

        Assert.Equal(forward.Events.ToArray(), backward.Events.ToArray());
        Assert.Equal(forward, backward);
        Assert.StartsWith("e-", forward.Events[0].Id, StringComparison.Ordinal);
        Assert.Equal(18, forward.Events[0].Id.Length);
    }

    [Fact]
    public void Merge_DifferentOptions_Throws()
    {
        var a = TimelineBuilder.Merge(AprilAssault(true));
        var b = TimelineBuilder.Merge(JulyCaptures(), MergeOptions.Default with { Policy = ReconciliationPolicy.Conservative });

        var ex = Assert.Throws<ArgumentException>(() => TimelineBuilder.Merge(a, b));
        Assert.Equal("b", ex.ParamName);
    }
}
