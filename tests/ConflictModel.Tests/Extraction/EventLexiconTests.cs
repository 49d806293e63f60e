using ConflictModel.Extraction;

namespace ConflictModel.Tests.Extraction;

public class EventLexiconTests
{
    [Theory]
    [InlineData("The rebels captured the village.", EventKind.Capture, TriggerVoice.Active)]
    [InlineData("The village was reportedly captured by the rebels.", EventKind.Capture, TriggerVoice.Passive)]
    [InlineData("Government troops took full control of the district.", EventKind.Capture, TriggerVoice.Active)]
    [InlineData("The militia regained control of the hill.", EventKind.Recapture, TriggerVoice.Active)]
    [InlineData("The group launched a three-pronged assault on the town.", EventKind.Attack, TriggerVoice.Active)]
    [InlineData("A suicide bomber detonated a truck at the gate.", EventKind.Bombing, TriggerVoice.Nominal)]
    [InlineData("Warplanes struck the convoy.", EventKind.Airstrike, TriggerVoice.Nominal)]
    [InlineData("Heavy shelling hit the district.", EventKind.Shelling, TriggerVoice.Nominal)]
    [InlineData("Ten prisoners were executed.", EventKind.Execution, TriggerVoice.Passive)]
    [InlineData("Gunmen assassinated the governor.", EventKind.Assassination, TriggerVoice.Active)]
    [InlineData("Troops ambushed a convoy.", EventKind.Ambush, TriggerVoice.Active)]
    [InlineData("The garrison withdrew to the airport.", EventKind.Retreat, TriggerVoice.Active)]
    [InlineData("Forty fighters defected to the other side.", EventKind.Defection, TriggerVoice.Active)]
    [InlineData("A truce was agreed.", EventKind.Truce, TriggerVoice.Nominal)]
    [InlineData("The militants besieged the base.", EventKind.Siege, TriggerVoice.Active)]
    [InlineData("In the spring the militia started to besiege the river town.", EventKind.Siege, TriggerVoice.Active)]
    [InlineData("The army laid siege to the old fortress.", EventKind.Siege, TriggerVoice.Active)]
    [InlineData("By autumn the rebels were taking over the hill villages.", EventKind.Capture, TriggerVoice.Active)]
    [InlineData("Reinforcements arrived at dawn.", EventKind.Reinforcement, TriggerVoice.Active)]
    [InlineData("The two groups clashed near the bridge.", EventKind.Clashes, TriggerVoice.Active)]
    [InlineData("The envoy discussed the militia's operations in the valley.", EventKind.Attack, TriggerVoice.Nominal)]
    public void Find_KnownPhrase_ReturnsKindAndVoice(string sentence, EventKind kind, TriggerVoice voice)
    {
        var trigger = EventLexicon.Default.Find(sentence).First(t => t.Kind == kind);
        Assert.Equal(voice, trigger.Voice);
        Assert.Equal(trigger.Text, trigger.Span.Slice(sentence));
    }

    [Fact]
    public void Find_LongestPhraseWins()
    {
        var triggers = EventLexicon.Default.Find("The unit took complete control of the ridge.");
        var t = Assert.Single(triggers);
        Assert.Equal("took complete control", t.Text);
    }

    [Fact]
    public void Find_OperationsWithoutPlace_IsNoTrigger()
    {
        Assert.Empty(EventLexicon.Default.Find("The agency suspended its operations for the winter."));
    }

    [Fact]
    public void Find_NoTrigger_ReturnsEmpty()
    {
        Assert.Empty(EventLexicon.Default.Find("The weather was cold and the roads were empty."));
    }

    [Fact]
    public void Constructor_PhraseStartingWithWildcard_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new EventLexicon([("* attack", EventKind.Attack, false)]));
        Assert.Equal("entries", ex.ParamName);
    }
}

public class ExtractionIdsTests
{
    [Fact]
    public void ForEvent_SameInput_SameId()
    {
        var a = ExtractionIds.ForEvent("doc", new TextSpan(10, 5), EventKind.Capture);
        var b = ExtractionIds.ForEvent("doc", new TextSpan(10, 5), EventKind.Capture);
        Assert.Equal(a, b);
        Assert.StartsWith("ev-", a, StringComparison.Ordinal);
        Assert.Equal(19, a.Length);
    }

    [Fact]
    public void ForClaim_DifferentSpanOrDocument_DifferentIds()
    {
        var ids = new[]
        {
            ExtractionIds.ForClaim("doc", new TextSpan(10, 5), "Count|Killed"),
            ExtractionIds.ForClaim("doc", new TextSpan(11, 5), "Count|Killed"),
            ExtractionIds.ForClaim("doc2", new TextSpan(10, 5), "Count|Killed"),
            ExtractionIds.ForClaim("doc", new TextSpan(10, 5), "Count|Wounded"),
            ExtractionIds.ForClaim("doc", new TextSpan(10, 5), "Count|Killed", 1),
        };
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
    }
}
