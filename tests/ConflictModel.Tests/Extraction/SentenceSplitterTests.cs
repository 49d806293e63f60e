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

    // The characters the splitter steps over are exactly those NextCandidate skips: no punctuation, no white space or
    // non-ASCII character unless a lower-case ASCII letter follows it.
    private static bool IsCandidate(string text, int i)
    {
        var c = text[i];
        if (c is '.' or '!' or '?' or '…')
        {
            return true;
        }

        var spaceLike = c <= ' ' || c >= '\u0080';
        var nextLower = i + 1 < text.Length && text[i + 1] is >= 'a' and <= 'z';
        return spaceLike && !nextLower;
    }

    [Fact]
    public void NextCandidate_SkipsOnlyCharactersThatCannotEndASentence()
    {
        var gen = from chars in Gen.ArrayOf(Gen.Elements('a', 'z', 'B', ' ', '\t', '\u00A0', '\u2003', '.', '!', '?', '…', '"', '1', '\n', 'é', '{', '`', '\u0000'))
                  from start in Gen.Choose(0, 40)
                  select (new string(chars), start);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000).WithQuietOnSuccess(true), Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (text, start) = t;
            if (start > text.Length)
            {
                return true;
            }

            var next = SentenceSplitter.NextCandidate(text, start);
            var firstCandidate = Enumerable.Range(start, text.Length - start).Where(i => IsCandidate(text, i)).DefaultIfEmpty(text.Length).First();
            // never past the first candidate, and only ever stops short of it in the last nine characters
            return next >= start && next <= firstCandidate && (next == firstCandidate || next > text.Length - 9);
        }));
    }

    [Theory]
    [InlineData("the rebels held the town and the army held the hills around it", 0, 56)]
    [InlineData("the rebels held the town. the army", 0, 24)]
    [InlineData("the rebels held the town and The army", 0, 28)]
    [InlineData("abcdefghijklmnop qrstuvwxyz abcdefgh Qrstuvwxyzabc", 3, 36)]
    public void NextCandidate_StopsAtTheFirstPossibleSentenceEnd(string text, int start, int expected) =>
        Assert.Equal(expected, SentenceSplitter.NextCandidate(text, start));

    [Fact]
    public void MayBeOpener_HoldsForEveryOpenerWhateverFollows()
    {
        foreach (var opener in SentenceSplitter.Openers)
        {
            // the opener as a whole word: whatever non-letter follows it
            foreach (var after in new[] { "", " ", ",", " the", "1", ".", "’" })
            {
                var text = "x " + opener + after;
                Assert.True(SentenceSplitter.MayBeOpener(text, 2), $"'{opener}' followed by '{after}'");
            }
        }
    }

    [Theory]
    [InlineData("x Aleppo fell", false)]
    [InlineData("x Syrian troops", false)]
    [InlineData("x The army", true)]
    [InlineData("x Thessaloniki", true)]
    [InlineData("x By 4 March", true)]
    [InlineData("x Bz 4 March", false)]
    [InlineData("x ISIL", true)]
    [InlineData("x Élan", true)]
    public void MayBeOpener_RejectsOnlyWordsNoOpenerBeginsWith(string text, bool expected) =>
        Assert.Equal(expected, SentenceSplitter.MayBeOpener(text, 2));
}
