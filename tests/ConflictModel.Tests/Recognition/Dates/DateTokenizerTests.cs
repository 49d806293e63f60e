using System.Text;
using ConflictModel.Recognition;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictModel.Tests.Recognition.Dates;

/// <summary>The date tokenizer's fast paths (words scanned 16 characters at once, lexicon keys packed from the same
/// loads, a character class table) give exactly the tokens of the plain one-character-at-a-time scan with the
/// case-insensitive dictionary.</summary>
public sealed class DateTokenizerTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true);

    // letters of both cases, lexicon words, non-ASCII letters (ſ and ı fold to ASCII letters case-insensitively,
    // K is the Kelvin sign), apostrophes, blanks and punctuation
    private static readonly string[] Pieces =
    [
        "a", "B", "z", "Q", "the", "The", "MAY", "may", "Sept", "sept", "september", "SEPTEMBER", "approximately",
        "Approximately", "throughout", "hostilities", "insurgency", "afternoon", "yesterday", "twentieth", "days",
        "months", "ago", "fortnight", "wordwithfifteen", "wordwithsixteenx", "longerwordthansixteenletters",
        "é", "É", "ſince", "ſ", "ı", "\u212A", "ñ", "'", "\u2019", "'s", "\u2019s", " ", "  ", "\n", "\t", "\u00A0",
        ",", ".", "-", "\u2013", "(", ")", "[", "]", "/", "%", ":", ";", "\"", "\u201C", "?",
    ];

    [Fact]
    public void Every_lexicon_word_in_any_case_and_place_gets_the_dictionary_class()
    {
        string[] suffixes = ["", " ", ".", ",", "'s", "\u2019s", "é", "-", " and so on for a while longer"];
        foreach (var word in DateLexicon.AllWords)
        {
            var expected = DateLexicon.ClassifyByDictionary(word);
            Assert.NotEqual(Lex.None, expected.Kind);
            foreach (var form in new[] { word, word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word[1..] })
            {
                for (int pad = 0; pad <= 20; pad += 5)
                {
                    foreach (var suffix in suffixes)
                    {
                        string text = new string(' ', pad) + form + suffix;
                        var tokens = Tokens(text);
                        var first = tokens[0];
                        Assert.Equal(TokKind.Word, first.Kind);
                        Assert.Equal(pad, first.Start);
                        var written = text.AsSpan(first.Start, first.End - first.Start).ToString();
                        var want = DateLexicon.ClassifyByDictionary(written);
                        Assert.Equal(want.Kind, first.Lex);
                        Assert.Equal(want.Value, first.Value);
                        if (written.Length == form.Length)
                        {
                            Assert.Equal(expected.Kind, first.Lex);
                            Assert.Equal(expected.Value, first.Value);
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void Classify_gives_the_dictionary_class_for_lexicon_words_and_near_misses()
    {
        foreach (var word in DateLexicon.AllWords)
        {
            foreach (var form in new[] { word, word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word[1..], word + "x", word[..^1], "[" + word[1..] })
            {
                var want = DateLexicon.ClassifyByDictionary(form);
                Assert.Equal(want, DateLexicon.Classify(form));
            }
        }

        Assert.Equal(Lex.None, DateLexicon.Classify("Mar\u212Ah").Kind);
        Assert.Equal(DateLexicon.ClassifyByDictionary("hostilities"), DateLexicon.Classify("HOSTILITIES"));
        Assert.NotEqual(Lex.None, DateLexicon.Classify("HOSTILITIES").Kind);
    }

    [Fact]
    public void Packed_key_table_gives_the_dictionary_class_of_any_short_ascii_word()
    {
        // lexicon words, their near misses (one letter changed, added or dropped) and random words of 1..15 letters
        var words = DateLexicon.AllWords.ToArray();
        var near = from w in Gen.Elements(words)
                   from at in Gen.Choose(0, 15)
                   from c in Gen.Choose('a', 'z')
                   from edit in Gen.Choose(0, 2)
                   let k = Math.Min(at, w.Length - 1)
                   select edit switch
                   {
                       0 => w[..k] + (char)c + w[(k + 1)..],
                       1 => w[..k] + (char)c + w[k..],
                       _ => w.Length > 1 ? w.Remove(k, 1) : w,
                   };
        var random = from n in Gen.Choose(1, 15)
                     from cs in Gen.ArrayOf(Gen.Choose('a', 'z'), n)
                     select new string(cs.Select(c => (char)c).ToArray());
        var gen = Gen.OneOf(Gen.Elements(words), near, random).Where(w => w.Length is > 0 and <= 15);
        Check.One(Config.WithMaxTest(2000), Prop.ForAll(gen.ToArbitrary(), word =>
        {
            ulong lo = 0, hi = 0;
            for (int k = 0; k < word.Length; k++)
            {
                if (k < 8)
                {
                    lo |= (ulong)word[k] << (8 * k);
                }
                else
                {
                    hi |= (ulong)word[k] << (8 * (k - 8));
                }
            }

            Assert.Equal(DateLexicon.ClassifyByDictionary(word), DateLexicon.ClassifyWide(lo, hi));
        }));
    }

    [Fact]
    public void Tokens_equal_the_plain_scan_on_random_text()
    {
        var gen = from parts in Gen.ArrayOf(Gen.Elements(Pieces))
                  select string.Concat(parts);
        Check.One(Config, Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var actual = Tokens(text);
            var expected = Reference(text);
            Assert.Equal(expected.Count, actual.Count);
            for (int k = 0; k < expected.Count; k++)
            {
                var (e, a) = (expected[k], actual[k]);
                Assert.Equal((e.Start, e.End, e.Kind, e.Lex, e.Value, e.Flag, e.SpaceBefore), (a.Start, a.End, a.Kind, a.Lex, a.Value, a.Flag, a.SpaceBefore));
            }
        }));
    }

    [Theory]
    [InlineData("In September 2014, about two weeks later", new[] { "In", "September", "2014", ",", "about", "two", "weeks", "later" }, "In", "Later")]
    [InlineData("the Approximately-named ſince", new[] { "the", "Approximately", "-", "named", "ſince" }, "The", "None")]
    public void Splits_words_numbers_and_punctuation(string text, string[] expected, string first, string last)
    {
        var tokens = Tokens(text);
        Assert.Equal(expected, tokens.Select(t => text[t.Start..t.End]).ToArray());
        Assert.Equal(Enum.Parse<Lex>(first), tokens[0].Lex);
        Assert.Equal(Enum.Parse<Lex>(last), tokens[^1].Lex);
        Assert.Equal(Lex.Around, tokens.First(t => text[t.Start..t.End].StartsWith("a", StringComparison.OrdinalIgnoreCase)).Lex);
    }

    private static List<DateToken> Tokens(string text)
    {
        var array = DateTokenizer.Tokenize(text, out int count);
        var list = array.AsSpan(0, count).ToArray().ToList();
        DateTokenizer.Return(array);
        return list;
    }

    // the scan one character at a time, for texts without digits
    private static List<DateToken> Reference(string text)
    {
        var list = new List<DateToken>();
        bool space = true;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }

            var t = new DateToken { Start = i, SpaceBefore = space };
            space = false;
            if (char.IsLetter(c))
            {
                int j = i + 1;
                while (j < text.Length)
                {
                    if (char.IsLetter(text[j]))
                    {
                        j++;
                    }
                    else if (text[j] is '\'' or '\u2019' && j + 1 < text.Length && char.IsLetter(text[j + 1]))
                    {
                        j += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                t.Kind = TokKind.Word;
                t.End = j;
                t.Flag = char.IsUpper(c);
                (t.Lex, t.Value) = DateLexicon.ClassifyByDictionary(text.AsSpan(i, j - i));
                i = j;
            }
            else
            {
                t.End = i + 1;
                t.Kind = c switch
                {
                    '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => TokKind.Dash,
                    ',' => TokKind.Comma,
                    '.' => TokKind.Dot,
                    '(' or '[' => TokKind.Open,
                    ')' or ']' => TokKind.Close,
                    _ => TokKind.Other,
                };
                i++;
            }

            list.Add(t);
        }

        return list;
    }
}
