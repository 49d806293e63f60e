using ConflictModel.Recognition;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace ConflictModel.Tests.Recognition.Dates;

/// <summary>The date scanner's skips (parse attempts only within a few tokens before a trigger word or number, only
/// at words that can begin a date and whose next token can go on into one) find exactly what a parse attempt at every
/// word and number finds.</summary>
public sealed class DateScanTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(400).WithQuietOnSuccess(true);

    private static readonly string[] Numbers =
    [
        "1", "3", "10", "12", "29", "31", "32", "100", "2014", "2015", "1990", "1990s", "15", "3rd", "10th", "21st",
        "3,000", "4.5", "2014-05-06", "06", "99", "2,014",
    ];

    private static readonly string[] Punctuation = [" ", " ", " ", ", ", ". ", "–", "-", " – ", "(", ")", "%", ":", "/", "'s", "'", "\n"];

    private static readonly string[] Plain =
    [
        "fighters", "soldiers", "people", "killed", "town", "group", "ISIL", "Syrian", "rebel", "was", "were", "c", "ca",
        "Ca", "C", "s", "hours", "men", "its", "per", "km", "the", "The", "Later", "later", "May", "may", "Tuesday",
    ];

    /// <summary>Phrases whose words rarely meet by chance: counted spans, halves, vague counts.</summary>
    private static readonly string[] Phrases =
    [
        "and a half years", "and half", "several days later", "Several days after", "a few days later",
        "a couple of days later", "the past three days", "in the past 3 weeks", "24 hours later", "1 hour earlier",
        "two weeks ago", "the next day", "the same day", "that night", "this month", "last week", "later that day",
        "early next year", "the second day of fighting", "the start of the offensive", "2 years, 2 weeks and 5 days",
    ];

    private static Gen<string> DateLike =>
        from parts in Gen.ArrayOf(Gen.Frequency(
            (2, Gen.Elements(Phrases)),
            (5, Gen.Elements(DateLexicon.AllWords.ToArray())),
            (2, Gen.Elements(DateLexicon.AllWords.Select(w => char.ToUpperInvariant(w[0]) + w[1..]).ToArray())),
            (3, Gen.Elements(Numbers)),
            (2, Gen.Elements(Plain)),
            (4, Gen.Elements(Punctuation))))
        select string.Join(' ', parts).Replace("  ", " ", StringComparison.Ordinal);

    private static Gen<string> Sparse =>
        from parts in Gen.ArrayOf(Gen.Frequency(
            (20, Gen.Elements(Plain)),
            (6, Gen.Elements(Punctuation)),
            (1, Gen.Elements(DateLexicon.AllWords.ToArray())),
            (1, Gen.Elements(Numbers))))
        select string.Concat(parts.Select(p => p + " "));

    [Fact]
    public void Scan_finds_what_an_attempt_at_every_token_finds()
    {
        Check.One(Config, Prop.ForAll(Gen.OneOf(DateLike, Sparse).ToArbitrary(), text =>
            Assert.Equal(DateParser.ScanReference(text), DateParser.Scan(text))));
    }

    [Fact]
    public void Scan_finds_what_an_attempt_at_every_token_finds_after_every_number_and_two_words()
    {
        // number forms, then every pair of (lexicon word, number, punctuation, plain word) after them, then an end that
        // can or cannot complete a range: the skips decided from the token after a number must drop no date
        // (capitalised lexicon words: only the classes whose capital the parser reads, months and weekdays)
        var after = DateLexicon.AllWords
            .Concat(DateLexicon.AllWords
                .Where(w => DateLexicon.ClassifyByDictionary(w).Kind is Lex.Month or Lex.Weekday)
                .Select(w => char.ToUpperInvariant(w[0]) + w[1..]))
            .Concat(Numbers).Concat(Punctuation.Select(p => p.Trim()).Where(p => p.Length > 0)).Concat(Plain)
            .Distinct(StringComparer.Ordinal).ToArray();
        string[] third = [.. DateLexicon.AllWords, "2014", "10", "April", "Tuesday", ",", ".", "–", "fighters"];
        int checkedTexts = 0;
        string[] numbers = ["1", "10", "32", "100", "2014", "3rd", "3,000", "06"];
        foreach (var number in numbers)
        {
            foreach (var second in after)
            {
                foreach (var last in third)
                {
                    foreach (var end in new[] { " x", " April 2014" })
                    {
                        string text = number + " " + second + " " + last + end;
                        var expected = DateParser.ScanReference(text);
                        var actual = DateParser.Scan(text);
                        if (!expected.SequenceEqual(actual))
                        {
                            Assert.Fail($"'{text}': {expected.Count} raw dates expected, {actual.Count} found");
                        }

                        checkedTexts++;
                    }
                }
            }
        }

        Assert.True(checkedTexts > 100_000);
    }

    [Fact]
    public void Paragraph_calls_reusing_the_raw_date_buffer_give_the_same_mentions_after_a_failed_call()
    {
        string[] paragraphs = ["On 10 April 2014, fighting resumed.", "Two days later it ended.", "By late May, the offensive was over."];
        var first = DateRecognizer.Default.RecognizeParagraphs(paragraphs, DateContext.Default);
        Assert.Throws<ArgumentException>(() => DateRecognizer.Default.RecognizeParagraphs(["On 3 June 2015", null!], DateContext.Default));
        var big = Enumerable.Repeat("On 3 June 2015, 4 June and 5 June 2015 and 6 June 2015.", 2000).ToArray();
        Assert.Equal(2000, DateRecognizer.Default.RecognizeParagraphs(big, DateContext.Default).Count(m => m.Count == 3));
        var again = DateRecognizer.Default.RecognizeParagraphs(paragraphs, DateContext.Default);
        Assert.Equal(first.Select(m => m.ToArray()), again.Select(m => m.ToArray()));
        Assert.Equal(new LocalDate(2014, 4, 12), again[1][0].Date.Earliest);
    }

    [Theory]
    [InlineData("On 10 April 2014, fighting resumed; by late May, the offensive was over. Two days later, on 3 June, it resumed.")]
    [InlineData("the group said that c. 1990 and in the early hours of the next day 3 days later it was over, eventually")]
    [InlineData("Later, the 2014–15 winter campaign ended on or about 12 Feb. in the third week of March 2015")]
    [InlineData("since the start of the offensive the fighting went on for 2 years, 2 weeks and 5 days")]
    [InlineData("it lasted 2 and a half years; several days later, a few days later and a couple of days later")]
    [InlineData("Several days later it ended, 24 hours later and 1 hour earlier, in the past 3 weeks")]
    public void Scan_finds_what_an_attempt_at_every_token_finds_in_prose(string text)
    {
        var expected = DateParser.ScanReference(text);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, DateParser.Scan(text));
    }
}
