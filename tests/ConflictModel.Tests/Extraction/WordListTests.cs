using ConflictModel.Extraction;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictModel.Tests.Extraction;

/// <summary>The block-at-a-time word scan gives the words of the plain character-by-character scan.</summary>
public class WordListTests
{
    private static (int Start, int End)[] WordsOf(WordList list) =>
        Enumerable.Range(0, list.Count).Select(i => (list[i].Start, list[i].End)).ToArray();

    private static (int Start, int End)[] Scalar(string text, int start = 0)
    {
        var list = new WordList(2);
        var n = list.FillScalar(text, start, int.MaxValue);
        return Enumerable.Range(0, n).Select(i => (list[i].Start, list[i].End)).ToArray();
    }

    private static (int Start, int End)[] Blocks(string text, int start = 0)
    {
        var list = new WordList(2);
        var n = list.FillBlocks(text, start);
        return Enumerable.Range(0, n).Select(i => (list[i].Start, list[i].End)).ToArray();
    }

    [Fact]
    public void FillBlocks_GivesTheWordsOfThePlainScan()
    {
        // runs of word characters longer and shorter than a block, joiners, non-ASCII letters and digits, curly
        // apostrophes, and characters just outside the ASCII letter and digit ranges
        string[] pieces = ["a", "Zz", "rebels", "0", "19", " ", "  ", "-", "'", "’", "é", "Ü", "ß", "٣", "\u00A0", ".", ",", "@", "[", "`", "{", "/", ":",
            "al-Bab", "counter-attack", "abcdefghijklmnopqrstuvwxyz0123456789", "x-", "-y", "'s", "—"];
        var gen = from parts in Gen.ArrayOf(Gen.Elements(pieces))
                  let text = string.Concat(parts)
                  from start in Gen.Choose(0, Math.Max(0, text.Length))
                  select (text, start);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000).WithQuietOnSuccess(true), Prop.ForAll(gen.ToArbitrary(), t =>
            Blocks(t.text, t.start).SequenceEqual(Scalar(t.text, t.start))));
    }

    [Theory]
    [InlineData("", new int[0])]
    [InlineData("The rebels' counter-attack on al-Bab failed in 2014.", new[] { 0, 3, 4, 10, 12, 26, 27, 29, 30, 36, 37, 43, 44, 46, 47, 51 })]
    [InlineData("a-", new[] { 0, 1 })]
    [InlineData("sixteen chars ok and then a very long wordwordwordwordwordwordword", new[] { 0, 7, 8, 13, 14, 16, 17, 20, 21, 25, 26, 27, 28, 32, 33, 37, 38, 66 })]
    public void Tokenize_GivesTheWordBounds(string text, int[] bounds)
    {
        var words = WordsOf(Words.Tokenize(text));
        Assert.Equal(bounds.Chunk(2).Select(b => (b[0], b[1])).ToArray(), words);
        Assert.Equal(words, Scalar(text));
    }
}
