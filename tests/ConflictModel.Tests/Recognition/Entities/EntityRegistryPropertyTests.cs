using ConflictModel.Recognition;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictModel.Tests.Recognition.Entities;

/// <summary>The registry's fast path (words that start no name at the root of the trie are skipped before the walk,
/// root edges read from an array) finds exactly what the plain walk from every word finds.</summary>
public sealed class EntityRegistryPropertyTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true);

    // the words of every built-in name in three cases, articles in their spellings, short capitals, ordinary words,
    // hyphens, dots and other punctuation
    private static readonly string[] Pieces = EntityRegistry.Default.Entities
        .SelectMany(e => e.AllNames)
        .SelectMany(n => n.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        .SelectMany(w => new[] { w, w.ToLowerInvariant(), w.ToUpperInvariant() })
        .Concat(["al", "Al", "AL", "el", "ad", "ash", "as", "an", "at", "ez", "the", "The", "of", "and", "army", "US", "UN", "IS",
            "killed", "soldiers", "Raqqa", "x", "Q", "12", "2014"])
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    private static readonly string[] Separators = [" ", " ", " ", "-", " - ", ". ", ".", ", ", "'", "\u2019", " (", ") "];

    [Fact]
    public void FindInTokens_with_the_precheck_equals_the_plain_walk()
    {
        var gen = from words in Gen.ArrayOf(Gen.Elements(Pieces))
                  from seps in Gen.ArrayOf(Gen.Elements(Separators))
                  select string.Concat(words.Select((w, k) => w + (seps.Length == 0 ? " " : seps[k % seps.Length])));
        int found = 0;
        Check.One(Config, Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var t = new LexedText(text);
            var fast = EntityRegistry.Default.FindInTokens(t, 0, int.MaxValue);
            var plain = EntityRegistry.Default.FindInTokens(t, 0, int.MaxValue, precheck: false);
            Assert.Equal(plain.Select(m => (m.Span, m.Text, m.Entity.Id)), fast.Select(m => (m.Span, m.Text, m.Entity.Id)));
            found += fast.Count;
        }));
        Assert.True(found > 100, $"only {found} mentions in all texts");
    }

    [Fact]
    public void A_text_lexed_on_another_thread_gives_the_same_mentions_without_the_word_memos()
    {
        string text = "The Free Syrian Army and al-Nusra Front fought ISIL near Deir ez-Zor, the SOHR said; the SAA and the YPG did not.";
        var here = EntityRegistry.Default.FindAll(new string(text.AsSpan()));
        LexedText? lexedThere = null;
        var thread = new Thread(() => lexedThere = new LexedText(text));
        thread.Start();
        thread.Join();
        Assert.False(lexedThere!.MemosUsable);
        var there = EntityRegistry.Default.FindInTokens(lexedThere, 0, int.MaxValue);
        Assert.Equal(here.Select(m => (m.Span, m.Entity.Id)), there.Select(m => (m.Span, m.Entity.Id)));
        Assert.True(here.Count >= 6, $"{here.Count} mentions");
    }
}
