using System.Text.RegularExpressions;
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
    public void Find_EveryPhraseOfTheLexicon_IsFoundInASentence()
    {
        // every phrase without a wildcard, alone in a sentence: the first-word filter lets each through
        foreach (var (phrase, kind, _) in EventLexicon.DefaultEntries().Where(e => !e.Phrase.Contains('*')))
        {
            var triggers = EventLexicon.Default.Find("Yesterday " + phrase + " here.");
            Assert.Contains(triggers, t => string.Equals(t.Text, phrase, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Theory]
    [InlineData("x")]
    [InlineData("9th")]
    [InlineData("élan")]
    [InlineData("a-b")]
    [InlineData("averyveryveryveryverylongwordoverthirtytwoletters")]
    [InlineData("Zz")]
    public void Find_FirstWordsOfEveryShape_AreFound(string first)
    {
        // one letter, a digit, a non-ASCII letter, a hyphen, a long word, capitals (lexicons are lower-cased)
        var lexicon = new EventLexicon([(first + " struck", EventKind.Attack, true)]);
        var t = Assert.Single(lexicon.Find("Then " + first + " struck the base."));
        Assert.Equal(first + " struck", t.Text);
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

    [Fact]
    public void Ids_ArePinned_SameOnEveryMachine()
    {
        // pinned values (checked against an independent implementation of the documented hash): a change of the hash
        // or of the key layout changes every id of every document
        Assert.Equal("ev-11324cfebcc42a4a", ExtractionIds.ForEvent("doc-1", new TextSpan(10, 25), EventKind.Capture, 3));
        Assert.Equal("cl-f468bf1e403dde89", ExtractionIds.ForClaim("doc-1", new TextSpan(10, 25), "Count|Killed", 0));
        Assert.Equal("ck-b25a9320969b3c36", ExtractionIds.ForGroup("ck", "doc-1", ["a", "b"]));
    }

    [Fact]
    public void Ids_HavePrefixAndSixteenHexDigits()
    {
        Assert.Matches(new Regex("^ev-[0-9a-f]{16}$", RegexOptions.NonBacktracking), ExtractionIds.ForEvent("d", new TextSpan(0, 1), EventKind.Attack));
        Assert.Matches(new Regex("^cl-[0-9a-f]{16}$", RegexOptions.NonBacktracking), ExtractionIds.ForClaim("d", new TextSpan(0, 1), "x"));
        Assert.Matches(new Regex("^cg-[0-9a-f]{16}$", RegexOptions.NonBacktracking), ExtractionIds.ForGroup("cg", "d", []));
    }

    [Fact]
    public void Ids_OfDistinctKeys_DoNotCollide()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var doc = 0; doc < 20; doc++)
        {
            for (var start = 0; start < 500; start++)
            {
                for (var d = 0; d < 5; d++)
                {
                    Assert.True(seen.Add(ExtractionIds.ForEvent("document-" + doc, new TextSpan(start, 40 + d), EventKind.Capture, d)));
                }
            }
        }

        Assert.Equal(50_000, seen.Count);
    }

    [Fact]
    public void Ids_DependOnEveryPartOfTheKey()
    {
        var id = ExtractionIds.ForEvent("doc", new TextSpan(5, 10), EventKind.Capture, 1);
        Assert.NotEqual(id, ExtractionIds.ForEvent("doc2", new TextSpan(5, 10), EventKind.Capture, 1));
        Assert.NotEqual(id, ExtractionIds.ForEvent("doc", new TextSpan(6, 9), EventKind.Capture, 1));
        Assert.NotEqual(id, ExtractionIds.ForEvent("doc", new TextSpan(5, 11), EventKind.Capture, 1));
        Assert.NotEqual(id, ExtractionIds.ForEvent("doc", new TextSpan(5, 10), EventKind.Recapture, 1));
        Assert.NotEqual(id, ExtractionIds.ForEvent("doc", new TextSpan(5, 10), EventKind.Capture, 2));
        // long keys (past the stack buffer) and non-ASCII document ids are hashed too
        var longDoc = new string('x', 400) + "é";
        Assert.Equal(ExtractionIds.ForEvent(longDoc, new TextSpan(5, 10), EventKind.Capture, 1), ExtractionIds.ForEvent(longDoc, new TextSpan(5, 10), EventKind.Capture, 1));
        Assert.NotEqual(ExtractionIds.ForEvent(longDoc, new TextSpan(5, 10), EventKind.Capture, 1), ExtractionIds.ForEvent(longDoc + "x", new TextSpan(5, 10), EventKind.Capture, 1));
    }

    [Fact]
    public void Hash64_EveryInputBitChangesTheHash()
    {
        var data = new byte[13];
        var baseHash = ExtractionIds.Hash64(data);
        for (var i = 0; i < data.Length * 8; i++)
        {
            data[i / 8] ^= (byte)(1 << (i % 8));
            Assert.NotEqual(baseHash, ExtractionIds.Hash64(data));
            data[i / 8] ^= (byte)(1 << (i % 8));
        }
    }
}
