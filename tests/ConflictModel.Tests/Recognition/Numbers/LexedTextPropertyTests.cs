using ConflictModel.Recognition;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictModel.Tests.Recognition.Numbers;

/// <summary>The lexer's fast paths (plain ASCII words compared and hashed in place, the per-thread word table keyed by
/// their first and last characters, the ASCII bit kept beside the word classes) give exactly the plain definitions:
/// each word's lower-cased form with apostrophes folded, the lexicon classes of that form, and whether the token's own
/// text is ASCII.</summary>
public sealed class LexedTextPropertyTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true);

    // words of every length around the table's limits, lexicon words in all cases, non-ASCII letters (the Kelvin sign
    // and dotted I lower-case to ASCII), apostrophes of every kind, a backtick, digits, blanks and punctuation
    private static readonly string[] Pieces =
    [
        "a", "A", "z", "Q", "the", "The", "THE", "killed", "Killed", "soldiers", "SOLDIERS", "said", "May", "may", "while",
        "dozens", "Thirty", "al", "Al", "ez", "Deir", "ISIL", "abcdefgh", "abcdefghi", "ABCDEFGHIJKL", "abcdefghijklm",
        "abcdefghijklmnopqrstuvwx", "abcdefghijklmnopqrstuvwxy", "abcdefghijklmnopqrstuvwxyzabcdefg",
        "é", "É", "ñ", "\u0100", "Ω", "\u212A", "\u0130", "ı", "ß", "'", "\u2019", "\u2018", "`", "\u02BF", "'s", "\u2019s", "`s", "o'",
        "0", "7", "12", "1,112", "2.5", "17th", "T2", " ", "  ", "\n", "\u00A0", ",", ".", "-", "\u2013", "(", ")", "%", "\"",
        "\u201C", ";", "\u200B", "\u0301", "\uD83D\uDE00", "Abcdefghijklmnop", "abcdefgh'ijkl",
    ];

    private static readonly WordClass[] AllClasses = Enum.GetValues<WordClass>().Where(c => c != WordClass.None).ToArray();

    [Fact]
    public void Lowered_words_classes_and_ascii_bits_equal_their_plain_definitions()
    {
        var gen = from parts in Gen.ArrayOf(Gen.Elements(Pieces))
                  select string.Concat(parts);
        Check.One(Config, Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var t = new LexedText(text);
            Assert.Equal(ReferenceTokens(text), t.Tokens.Select(k => (k.Start, k.End, k.Kind, k.SpaceBefore)).ToList());
            for (int i = 0; i < t.Count; i++)
            {
                var token = t.Tokens[i];
                string raw = text.Substring(token.Start, token.Length);
                string expected = token.Kind is TextTokenKind.Word or TextTokenKind.AlphaNumeric ? FoldApostrophes(raw.ToLowerInvariant()) : raw;
                Assert.Equal(expected, t.Lower[i]);
                Assert.Equal(token.Length, t.Lower[i].Length);
                Assert.Equal(expected, t.W(i));
                var classes = WordClasses.Of(expected);
                Assert.Equal(classes, t.Classes[i]);
                foreach (var c in AllClasses)
                {
                    Assert.Equal((classes & c) != 0, t.Is(i, c));
                }

                Assert.Equal(System.Text.Ascii.IsValid(raw), t.IsAsciiText(i));
                bool plain = char.IsAsciiLetter(raw[0]) && raw.All(c => char.IsAsciiLetterOrDigit(c) || c == '\'');
                Assert.Equal(plain, token.Plain);
            }
        }));
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>[] CasualtyContentLexicons =
    [
        CasualtyWords.Strength, CasualtyWords.StrengthBackward, CasualtyWords.Population, CasualtyWords.PopulationBackward,
        CasualtyWords.Control, CasualtyWords.Materiel, CasualtyWords.SingularPersons, CasualtyWords.Nationalities,
        CasualtyWords.UpdateVerbs, QuantityLexicon.AttackNouns, QuantityLexicon.DurationNouns,
    ];

    [Fact]
    public void NextNumberOr_is_the_first_number_or_token_of_the_classes_by_the_plain_scan()
    {
        var gen = from parts in Gen.ArrayOf(Gen.Elements(Pieces.Concat(["one", "Hundreds", "several", "twenty", "A", "an", "dozen"]).ToArray()))
                  from from0 in Gen.Choose(-2, 40)
                  from mask in Gen.Elements(WordClass.NumberStart | WordClass.DefaultVagueStart, WordClass.NumberStart, WordClass.Month, WordClass.None)
                  select (Text: string.Join(" ", parts), From: from0, Mask: mask);
        Check.One(Config, Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var t = new LexedText(c.Text);
            int expected = Math.Max(c.From, t.Count);
            for (int i = Math.Max(c.From, 0); i < t.Count; i++)
            {
                if (t.Is(i, c.Mask) || t.IsNumber(i))
                {
                    expected = i;
                    break;
                }
            }

            Assert.Equal(expected, t.NextNumberOr(c.From, c.Mask));
        }));
    }

    [Fact]
    public void Casualty_and_number_class_bits_are_exactly_their_lexicon_membership_in_any_case()
    {
        var lexicons = new (WordClass Class, Func<string, bool> Contains, IEnumerable<string> Words)[]
        {
            (WordClass.CasualtyCue, w => CasualtyWords.Cues.ContainsKey(w), CasualtyWords.Cues.Keys),
            (WordClass.NpBreak, CasualtyWords.NpBreak.Contains, CasualtyWords.NpBreak),
            (WordClass.Auxiliary, QuantityLexicon.Auxiliaries.Contains, QuantityLexicon.Auxiliaries),
            (WordClass.NumberContext, w => QuantityLexicon.TimeWords.Contains(w) || QuantityLexicon.UnitNumberWords.Contains(w) || NumberRecognizer.HedgeLastWords.Contains(w),
                QuantityLexicon.TimeWords.Concat(QuantityLexicon.UnitNumberWords).Concat(NumberRecognizer.HedgeLastWords)),
            (WordClass.CasualtyContent, w => CasualtyContentLexicons.Any(l => l.Contains(w)), CasualtyContentLexicons.SelectMany(l => l)),
            (WordClass.CasualtyFunction, w => CasualtyWords.Prepositions.Contains(w) || CasualtyWords.AsideStarters.Contains(w),
                CasualtyWords.Prepositions.Concat(CasualtyWords.AsideStarters)),
            (WordClass.RoleNoun, QuantityLexicon.RoleNouns.Contains, QuantityLexicon.RoleNouns),
            (WordClass.Month, QuantityLexicon.Months.Contains, QuantityLexicon.Months),
        };
        Assert.All(Enum.GetValues<WordClass>(), c => Assert.Equal(0, (int)c & 0x8000)); // the lexer's ASCII bit
        var everyWord = lexicons.SelectMany(l => l.Words).Concat(Pieces).Concat(["killer", "kill'd", "wasn't", "the"]).ToList();
        foreach (var (cls, contains, _) in lexicons)
        {
            foreach (var word in everyWord)
            {
                foreach (var form in new[] { word, word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word[1..] })
                {
                    var t = new LexedText("x " + form + " y");
                    if (t.Count != 3)
                    {
                        continue;
                    }

                    Assert.Equal(contains(t.W(1)), t.Is(1, cls));
                    Assert.Equal(CasualtyWords.IsCue(t.W(1), out var expected), CasualtyWords.IsCue(t, 1, out var actual));
                    Assert.Equal(expected, actual);
                }
            }
        }
    }

    [Fact]
    public void The_word_table_starting_over_keeps_every_word_right()
    {
        // more distinct words than the per-thread table holds before it starts over
        var words = Enumerable.Range(0, 20_000).Select(n => "w" + Letters(n)).ToArray();
        string text = string.Join(' ', words);
        for (int round = 0; round < 2; round++)
        {
            var t = new LexedText(text);
            Assert.Equal(words.Length, t.Count);
            for (int i = 0; i < words.Length; i++)
            {
                Assert.Equal(words[i], t.Lower[i]);
            }
        }
    }

    [Fact]
    public void AsciiLetterRun_counts_the_leading_ascii_letters_of_eight_characters()
    {
        string[] samples = ["abcdefgh", "ABCDEFGHx", "abc defgh", "a'bcdefg", "@[`{azAZ", "Zz0zzzzz", "zzzzzzzé", "ézzzzzzz", "abcdefg`"];
        foreach (var s in samples)
        {
            int expected = s.Take(8).TakeWhile(char.IsAsciiLetter).Count();
            Assert.Equal(expected, Tokenizer.AsciiLetterRun(s, 0));
            Assert.Equal(expected, Tokenizer.AsciiLetterRun("  " + s, 2));
        }
    }

    // the tokenizer's rules one character at a time, without its fast paths
    private static List<(int Start, int End, TextTokenKind Kind, bool SpaceBefore)> ReferenceTokens(string text)
    {
        var list = new List<(int, int, TextTokenKind, bool)>();
        int i = 0;
        bool space = true;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
            {
                space = true;
                i++;
                continue;
            }

            int start = i;
            var kind = TextTokenKind.Punct;
            if (char.IsDigit(c))
            {
                kind = TextTokenKind.Number;
                while (i < text.Length && char.IsDigit(text[i]))
                {
                    i++;
                }

                while (i + 3 < text.Length && text[i] == ',' && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3])
                    && (i + 4 >= text.Length || !char.IsDigit(text[i + 4])))
                {
                    i += 4;
                }

                if (i + 1 < text.Length && text[i] == '.' && char.IsDigit(text[i + 1]))
                {
                    i++;
                    while (i < text.Length && char.IsDigit(text[i]))
                    {
                        i++;
                    }
                }

                if (i < text.Length && char.IsLetter(text[i]))
                {
                    kind = TextTokenKind.AlphaNumeric;
                    while (i < text.Length && char.IsLetterOrDigit(text[i]))
                    {
                        i++;
                    }
                }
            }
            else if (char.IsLetter(c))
            {
                kind = TextTokenKind.Word;
                i++;
                while (i < text.Length)
                {
                    char d = text[i];
                    if (char.IsLetter(d) || char.GetUnicodeCategory(d) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
                    {
                        i++;
                    }
                    else if (char.IsDigit(d))
                    {
                        kind = TextTokenKind.AlphaNumeric;
                        i++;
                    }
                    else if (Tokenizer.IsApostrophe(d) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }
            }
            else
            {
                i++;
                if (char.IsHighSurrogate(c) && i < text.Length && char.IsLowSurrogate(text[i]))
                {
                    i++;
                }
            }

            list.Add((start, i, kind, space));
            space = false;
        }

        return list;
    }

    private static string Letters(int n)
    {
        var chars = new List<char>();
        do
        {
            chars.Add((char)('a' + (n % 26)));
            n /= 26;
        }
        while (n > 0);
        return new string(chars.ToArray());
    }

    private static string FoldApostrophes(string s) =>
        string.Concat(s.Select(c => Tokenizer.IsApostrophe(c) ? '\'' : c));
}
