using ConflictModel.Recognition;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictModel.Tests.Recognition.Numbers;

/// <summary>The number scanner's prefilters (word-class bits instead of lexicon lookups, the second-word check before
/// multi-word vague phrases) change no result: they hold for every lexicon word, and the scanner with the default
/// lexicon (which uses the class bits) reads random texts exactly as one with an equal lexicon that looks words up.</summary>
public sealed class NumberRecognizerPropertyTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true);

    private static readonly string[] Pieces =
    [
        "a", "A", "an", "An", "few", "handful", "number", "of", "the", "dozen", "dozens", "several", "hundreds", "Hundreds",
        "thousands", "tens", "millions", "scores", "multiple", "hundred", "thousand", "million", "billion", "one", "two",
        "Twenty", "twenty", "six", "eleven", "and", "more", "than", "at", "least", "about", "some", "nearly", "up", "to",
        "between", "soldiers", "killed", "fighters", "in", "April", "May", "2014", "12", "1,112", "2.5", "40", "17th", "-",
        "\u2013", "+", "%", "percent", "(", ")", "[", "]", ",", ".", ":", "am", "pm",
    ];

    [Fact]
    public void Every_unit_tens_and_scale_word_is_a_number_start_in_any_case()
    {
        foreach (var scale in QuantityLexicon.Scales.Keys.Concat(QuantityLexicon.Units.Keys).Concat(QuantityLexicon.Tens.Keys))
        {
            foreach (var form in new[] { scale, scale.ToUpperInvariant(), char.ToUpperInvariant(scale[0]) + scale[1..] })
            {
                Assert.True(new LexedText("x " + form).Is(1, WordClass.NumberStart), form);
            }
        }
    }

    [Fact]
    public void IsSecondWord_is_exactly_the_second_words_of_the_phrases()
    {
        var lexicon = VagueQuantityLexicon.Default;
        var phrases = lexicon.Entries.Select(e => e.Phrase.Split(' ')).ToList();
        var second = phrases.Where(w => w.Length > 1).Select(w => w[1]).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(second);
        foreach (var word in phrases.SelectMany(w => w).Concat(Pieces.Select(p => p.ToLowerInvariant())).Concat(["", "fe", "fewer", "o"]))
        {
            Assert.Equal(second.Contains(word), lexicon.IsSecondWord(word));
        }
    }

    [Fact]
    public void Default_lexicon_reads_random_texts_like_an_equal_lexicon_without_class_bits()
    {
        var copy = new NumberRecognizer(new VagueQuantityLexicon(VagueQuantityLexicon.Default.Entries));
        var gen = from words in Gen.ArrayOf(Gen.Elements(Pieces))
                  select string.Join(' ', words);
        int found = 0;
        Check.One(Config, Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var expected = copy.Recognize(text);
            var actual = NumberRecognizer.Default.Recognize(text);
            Assert.Equal(expected, actual);
            found += actual.Count;
        }));
        Assert.True(found > 100, $"only {found} numbers in all texts");
    }
}
