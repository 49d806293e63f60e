using ConflictModel.Recognition;

namespace ConflictModel.Tests.Recognition.Numbers;

public sealed class LexedTextTests
{
    [Fact]
    public void For_SharesTheLexingOfTheSameStringInstanceOnly()
    {
        string text = "Rebels said 12 soldiers were killed in May near Raqqa.";
        var first = LexedText.For(text);
        Assert.Same(first, LexedText.For(text));

        string copy = new(text.AsSpan());
        var other = LexedText.For(copy);
        Assert.NotSame(first, other);
        Assert.Equal(first.Lower, other.Lower);
        Assert.Equal(first.Classes, other.Classes);
    }

    [Fact]
    public void Recognisers_GiveTheSameResultsWhetherOrNotTheLexingIsShared()
    {
        string text = "According to the SOHR, 37 ISIL militants and 30 soldiers were killed near Deir ez-Zor; ISIL denied the claim.";
        string copy = new(text.AsSpan());
        var casualtiesShared = CasualtyRecognizer.Default.Recognize(text);
        var entitiesShared = EntityRegistry.Default.FindAll(text);
        var numbersShared = NumberRecognizer.Default.Recognize(text);
        _ = LexedText.For("something else entirely");
        Assert.Equal(casualtiesShared.Select(m => (m.Span, m.Figure, m.Stance, m.Claimant)), CasualtyRecognizer.Default.Recognize(copy).Select(m => (m.Span, m.Figure, m.Stance, m.Claimant)));
        Assert.Equal(entitiesShared.Select(m => (m.Span, m.Entity.Id)), EntityRegistry.Default.FindAll(copy).Select(m => (m.Span, m.Entity.Id)));
        Assert.Equal(numbersShared, NumberRecognizer.Default.Recognize(copy));
        Assert.Equal(2, casualtiesShared.Count(m => m.Figure.Category == CasualtyCategory.Killed));
    }

    [Fact]
    public void Numbers_read_once_per_text_are_each_recognisers_own()
    {
        string text = "Several dozen fighters and 1,112 soldiers, some 30 civilians and many others were killed on 10 April.";
        var casualties = CasualtyRecognizer.Default.Recognize(text);
        var viaShared = NumberRecognizer.Default.Recognize(text);
        var fresh = NumberRecognizer.Default.Recognize(new string(text.AsSpan()));
        Assert.Equal(fresh, viaShared);
        Assert.Same(NumberRecognizer.Default.Scan(LexedText.For(text)), NumberRecognizer.Default.Scan(LexedText.For(text)));
        Assert.Equal(NumberRecognizer.Default.ScanUncached(LexedText.For(text)), NumberRecognizer.Default.Scan(LexedText.For(text)));
        Assert.Contains(casualties, m => m.Figure.Estimate == Estimate.Exactly(1112));

        // another recogniser on the same text reads it with its own lexicon, not from the memo of the default one
        var other = new NumberRecognizer(new VagueQuantityLexicon([new VagueQuantity("many", 5, 50)]));
        var otherNumbers = other.Recognize(text);
        Assert.Equal(other.Recognize(new string(text.AsSpan())), otherNumbers);
        Assert.NotEqual(viaShared.Select(m => m.Text), otherNumbers.Select(m => m.Text));
        Assert.Equal(fresh, NumberRecognizer.Default.Recognize(text));
    }

    [Fact]
    public void Ascii_word_memos_are_the_memos_of_ascii_words_only()
    {
        var owner = new object();
        var t = new LexedText("Raqqa, Deir\u2019s 12 al-Bab Z\u00E9 .");
        for (int i = 0; i < t.Count; i++)
        {
            t.SetMemo(i, owner, t.MemosUsable, 100 + i);
        }

        var again = new LexedText("Raqqa, Deir\u2019s 12 al-Bab Z\u00E9 .");
        for (int i = 0; i < again.Count; i++)
        {
            bool asciiWord = again.IsWord(i) && again.IsAsciiText(i);
            bool any = again.TryGetMemo(i, owner, again.MemosUsable, out int memo);
            Assert.Equal(asciiWord && any, again.TryGetAsciiWordMemo(i, owner, again.MemosUsable, out int wordMemo));
            if (asciiWord)
            {
                Assert.Equal(memo, wordMemo);
            }

            Assert.False(again.TryGetAsciiWordMemo(i, new object(), again.MemosUsable, out _));
            Assert.False(again.TryGetAsciiWordMemo(i, owner, usable: false, out _));
        }

        Assert.True(again.TryGetAsciiWordMemo(0, owner, again.MemosUsable, out int first));
        Assert.Equal(100, first);
        Assert.False(again.TryGetAsciiWordMemo(-1, owner, again.MemosUsable, out _));
        Assert.False(again.TryGetAsciiWordMemo(again.Count, owner, again.MemosUsable, out _));
    }

    [Theory]
    [InlineData("May", (int)WordClass.Month)]
    [InlineData("soldiers", (int)WordClass.RoleNoun)]
    [InlineData("Said", (int)WordClass.ReportingVerb)]
    [InlineData("Thirty", (int)WordClass.NumberStart)]
    [InlineData("Dozens", (int)WordClass.DefaultVagueStart)]
    [InlineData("While", (int)WordClass.ClauseBreak)]
    public void Classes_AreTheLexiconMembershipOfTheLowerCasedWord(string word, int expectedClass)
    {
        var expected = (WordClass)expectedClass;
        var t = new LexedText($"x {word} y");
        Assert.True(t.Is(1, expected));
        Assert.False(t.Is(0, expected));
        Assert.False(t.Is(-1, expected));
        Assert.False(t.Is(3, expected));
    }
}
