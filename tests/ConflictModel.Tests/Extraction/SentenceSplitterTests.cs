using ConflictModel.Extraction;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictModel.Tests.Extraction;

public class SentenceSplitterTests
{
    private static string[] Split(string text, params int[] markers) =>
        SentenceSplitter.Split(text, markers).Select(s => s.Slice(text)).ToArray();

    [Fact]
    public void Split_PlainSentences_SplitsAtPeriods()
    {
        Assert.Equal(["The rebels advanced.", "Government troops withdrew!", "Was it over?"],
            Split("The rebels advanced. Government troops withdrew! Was it over?"));
    }

    [Fact]
    public void Split_PeriodBeforeLowerCase_DoesNotEndSentence()
    {
        Assert.Equal(["The militia drove out the garrison. and took control of the bridge."],
            Split("The militia drove out the garrison. and took control of the bridge."));
    }

    [Fact]
    public void Split_RemovedCitationBeforeOpener_EndsSentence()
    {
        var text = "A bomb killed 12 people in the market By 4 March, the town was quiet.";
        var marker = text.IndexOf(" By", StringComparison.Ordinal);
        Assert.Equal(["A bomb killed 12 people in the market", "By 4 March, the town was quiet."], Split(text, marker));
    }

    [Fact]
    public void Split_MissingPeriodBeforeTheAndName_EndsSentence()
    {
        Assert.Equal(["The brigade regained the hill from ISIL", "The Syrian Army said 30 were killed."],
            Split("The brigade regained the hill from ISIL The Syrian Army said 30 were killed."));
    }

    [Fact]
    public void Split_ContinuerBeforeThe_DoesNotEndSentence()
    {
        Assert.Single(Split("The figure was reported by The Daily Planet on Monday."));
    }

    [Theory]
    [InlineData("On Jan. 15, the group attacked the base.")]
    [InlineData("Brig. Gen. Karim Haddad led the defence.")]
    [InlineData("Col. Rivers said the town had fallen.")]
    [InlineData("Forces advanced 1.5 km toward the river.")]
    [InlineData("The U.S. envoy met the commanders.")]
    [InlineData("J. Smith reported the attack.")]
    public void Split_AbbreviationsAndDecimals_KeepOneSentence(string text)
    {
        Assert.Single(Split(text));
    }

    [Fact]
    public void Split_QuoteEndingSentence_KeepsClosingQuote()
    {
        Assert.Equal(["He said “the city is cut in two.”", "Then the shelling resumed."],
            Split("He said “the city is cut in two.” Then the shelling resumed."));
    }

    [Fact]
    public void Split_SentenceStartingWithNumber_Splits()
    {
        Assert.Equal(["The town fell.", "37 fighters were killed."], Split("The town fell. 37 fighters were killed."));
    }

    [Fact]
    public void Split_AbbreviationUsBeforeOpener_Splits()
    {
        Assert.Equal(["Strikes were carried out by the U.S.", "The next day the town fell."],
            Split("Strikes were carried out by the U.S. The next day the town fell."));
    }

    [Fact]
    public void Split_AnyText_SpansAreOrderedDisjointAndCoverAllNonBlank()
    {
        var gen = from chars in Gen.ArrayOf(Gen.Elements('a', 'B', ' ', '.', '!', '?', '"', '”', '1', '\n', 'T', 'h', 'e', 'J', 'n'))
                  select new string(chars);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true), Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var spans = SentenceSplitter.Split(text, [0, text.Length / 2]);
            var covered = new bool[text.Length];
            var last = 0;
            foreach (var s in spans)
            {
                if (s.Start < last || s.Length == 0)
                {
                    return false;
                }

                for (var i = s.Start; i < s.End; i++)
                {
                    covered[i] = true;
                }

                last = s.End;
            }

            return Enumerable.Range(0, text.Length).All(i => covered[i] || char.IsWhiteSpace(text[i]));
        }));
    }
}
