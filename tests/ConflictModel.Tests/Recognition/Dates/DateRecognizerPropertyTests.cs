using ConflictModel.Tests.Support;
using System.Globalization;
using System.Text;
using ConflictModel.Recognition;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace ConflictModel.Tests.Recognition.Dates;

/// <summary>Laws of the date recogniser: it never throws, its spans point into the text, it finds no certain date in
/// noise, and it reads back dates generated in the common written forms.</summary>
public sealed class DateRecognizerPropertyTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true);

    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] MonthAbbreviations =
        ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    private static readonly string[] Samples =
    [
        "On 10 April 2014, the group launched a three-pronged assault on the town.",
        "The next day, fighters took the field, and two days later the bridge.",
        "By late May, 3,000 fighters were involved in the offensive.",
        "Between 10 and 12 February, the group withdrew from 4 towns.",
        "From 30 April until 10 May, 230 people were killed, according to the monitor.",
        "During a briefing on Jan. 29, 2016, the colonel said the city was split 50/50.",
        "At the beginning of October, 29 soldiers were killed; in October 29 soldiers died.",
        "The siege has lasted since mid-2014 (2 years, 2 weeks and 5 days).",
        "Date: 10 April – 14 July 2014 (3 months, 2 weeks and 1 day)",
        "They may attack Mid-March or late May; the march of 2,014 people went on.",
        "During the previous three days, at midnight on 12 December, the same day.",
    ];

    private static readonly DateContext[] Contexts =
    [
        DateContext.Default,
        DateContext.News(new LocalDate(2017, 1, 20)),
        new(DateAnchorMode.Narrative, null, UncertainDate.InYear(2014)),
        new(DateAnchorMode.Narrative, new LocalDate(9999, 12, 31), UncertainDate.FromBounds(new LocalDate(9999, 1, 1), null)),
        new(DateAnchorMode.News, new LocalDate(1, 1, 1)),
    ];

    private static Gen<string> AnyText =>
        from chars in Gen.ArrayOf(Gen.Frequency(
            (6, Gen.Elements("0123456789 ,.-–—()[]%:'’/\n\t".ToCharArray())),
            (3, Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéŞ\u00a0".ToCharArray())),
            (1, ArbMap.Default.GeneratorFor<char>())))
        from words in Gen.ArrayOf(Gen.Elements(
            "On ", "the ", "next ", "day ", "May ", "Mid-", "late ", "between ", "and ", "since ", "By ", "Jan. ",
            "December ", "2014", "31", "9999", "0001", "–ongoing", "later ", "three ", "days ", "years ", "Around "))
        from pick in Gen.Choose(0, 2)
        select pick switch
        {
            0 => new string(chars),
            1 => string.Concat(words),
            _ => string.Concat(words) + new string(chars),
        };

    /// <summary>Noise: lower-case letters, short numbers and punctuation (no capitalised month, no year).</summary>
    private static Gen<string> Noise =>
        from parts in Gen.ArrayOf(Gen.OneOf(
            from n in Gen.Choose(0, 999) select n.ToString(CultureInfo.InvariantCulture),
            from cs in Gen.ArrayOf(Gen.Elements("abcdefghijklmnopqrstuvwxyz".ToCharArray())) select new string(cs),
            Gen.Elements(" ", ", ", ". ", "–", "-", "(", ")", "%", " the ", " and ", " day ", " later ")))
        select string.Join(' ', parts);

    private static Gen<string> MutatedSample =>
        from sample in Gen.Elements(Samples)
        from edits in Gen.ArrayOf(
            from kind in Gen.Choose(0, 3)
            from pos in Gen.Choose(0, 1000)
            from ch in Gen.Elements("0123456789 -–,.aMJ".ToCharArray())
            select (kind, pos, ch))
        select TextMutation.Mutate(sample, edits);

    private static Gen<LocalDate> Day =>
        from year in Gen.Choose(1900, 2100)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, CalendarSystem.Iso.GetDaysInMonth(year, month))
        select new LocalDate(year, month, day);

    [Fact]
    public void RandomText_NeverThrows_AndSpansPointIntoTheText()
    {
        Check.One(Config, Prop.ForAll(AnyText.ToArbitrary(), text =>
        {
            foreach (var context in Contexts)
            {
                AssertWellFormed(text, DateRecognizer.Default.Recognize(text, context));
                _ = DateRecognizer.Default.ParsePeriod(text, context);
            }
        }));
    }

    [Fact]
    public void MutatedSentences_NeverThrow_AndSpansPointIntoTheText()
    {
        Check.One(Config, Prop.ForAll(MutatedSample.ToArbitrary(), text =>
        {
            foreach (var context in Contexts)
            {
                AssertWellFormed(text, DateRecognizer.Default.Recognize(text, context));
            }

            var paragraphs = text.Split('.');
            var all = DateRecognizer.Default.RecognizeParagraphs(paragraphs, Contexts[2]);
            Assert.Equal(paragraphs.Length, all.Count);
            for (int i = 0; i < paragraphs.Length; i++)
            {
                AssertWellFormed(paragraphs[i], all[i]);
            }
        }));
    }

    [Fact]
    public void Noise_GivesNoResolvedDate()
    {
        Check.One(Config, Prop.ForAll(Noise.ToArbitrary(), text =>
        {
            var mentions = DateRecognizer.Default.Recognize(text, DateContext.Default);
            Assert.DoesNotContain(mentions, m => m.IsResolved);
        }));
    }

    [Fact]
    public void WrittenDay_IsReadBack_InEveryCommonForm()
    {
        var gen = from day in Day
                  from form in Gen.Choose(0, 5)
                  select (day, form);
        Check.One(Config, Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var (d, form) = x;
            string written = form switch
            {
                0 => $"{d.Day} {MonthNames[d.Month - 1]} {d.Year}",
                1 => $"{MonthAbbreviations[d.Month - 1]} {d.Day}, {d.Year}",
                2 => $"{MonthNames[d.Month - 1]} {d.Day}, {d.Year}",
                3 => $"the {Ordinal(d.Day)} of {MonthNames[d.Month - 1]} {d.Year}",
                4 => $"{d.Year:D4}-{d.Month:D2}-{d.Day:D2}",
                _ => $"{Ordinal(d.Day)} {MonthNames[d.Month - 1]} {d.Year}",
            };
            string text = $"Officials said on {written}, 12 soldiers were killed.";
            var m = Assert.Single(DateRecognizer.Default.Recognize(text, DateContext.Default));
            Assert.Equal(d, m.Date.Earliest);
            Assert.Equal(d, m.Date.Latest);
            Assert.Equal(DateMentionKind.Day, m.Kind);
            Assert.EndsWith(written, m.Text, StringComparison.Ordinal);
        }));
    }

    [Fact]
    public void DayRange_IsReadBack_WithTheMonthOfTheSecondEnd()
    {
        var gen = from start in Day
                  from length in Gen.Choose(1, 40)
                  from dash in Gen.Elements("–", "-", " – ", " to ")
                  select (start, end: start.PlusDays(length), dash);
        Check.One(Config, Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var (s, e, dash) = x;
            string written = s.Year == e.Year && s.Month == e.Month
                ? $"{s.Day}{dash}{e.Day} {MonthNames[e.Month - 1]} {e.Year}"
                : s.Year == e.Year
                    ? $"{s.Day} {MonthNames[s.Month - 1]}{dash}{e.Day} {MonthNames[e.Month - 1]} {e.Year}"
                    : $"{s.Day} {MonthNames[s.Month - 1]} {s.Year}{dash}{e.Day} {MonthNames[e.Month - 1]} {e.Year}";
            var m = Assert.Single(DateRecognizer.Default.Recognize($"Fighting raged {written} near the town.", DateContext.Default));
            Assert.Equal(written, m.Text);
            Assert.Equal((s, e), (m.Date.Earliest!.Value, m.Date.Latest!.Value));
            Assert.NotNull(m.Period);
        }));
    }

    [Fact]
    public void RelativeDays_CountFromThePreviousDate()
    {
        string[] words = ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"];
        var gen = from d in Day
                  from n in Gen.Choose(1, 10)
                  from later in Gen.Elements(true, false)
                  from digits in Gen.Elements(true, false)
                  select (d, n, later, digits);
        Check.One(Config, Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var (d, n, later, digits) = x;
            string count = digits ? n.ToString(CultureInfo.InvariantCulture) : words[n - 1];
            string unit = n == 1 ? "day" : "days";
            string text = $"On {d.Day} {MonthNames[d.Month - 1]} {d.Year}, the town fell. {count} {unit} {(later ? "later" : "earlier")}, the army said so.";
            var ms = DateRecognizer.Default.Recognize(text, DateContext.Default);
            Assert.Equal(2, ms.Count);
            var expected = d.PlusDays(later ? n : -n);
            Assert.Equal(expected, ms[1].Date.Earliest);
            Assert.Equal(expected, ms[1].Date.Latest);
            Assert.Equal(DateMentionKind.Relative, ms[1].Kind);
        }));
    }

    [Fact]
    public void YearlessDate_InNewsMode_IsNeverAfterTheReferenceDate()
    {
        var gen = from reference in Day
                  from month in Gen.Choose(1, 12)
                  from day in Gen.Choose(1, 28)
                  select (reference, month, day);
        Check.One(Config, Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var (r, month, day) = x;
            var m = Assert.Single(DateRecognizer.Default.Recognize($"On {day} {MonthNames[month - 1]}, the town fell.", DateContext.News(r)));
            var got = m.Date.Earliest!.Value;
            Assert.True(got <= r, $"{got} is after {r}");
            Assert.True(got > r.PlusYears(-1), $"{got} is not the nearest occurrence before {r}");
            Assert.Equal((month, day), (got.Month, got.Day));
        }));
    }

    [Fact]
    public void Recognition_IsThreadSafe_AndDeterministic()
    {
        string text = string.Join(' ', Samples);
        var expected = DateRecognizer.Default.Recognize(text, Contexts[2]);
        var results = new IReadOnlyList<DateMention>[64];
        Parallel.For(0, results.Length, i => results[i] = DateRecognizer.Default.Recognize(text, Contexts[2]));
        foreach (var r in results)
        {
            Assert.Equal(expected, r);
        }
    }

    private static void AssertWellFormed(string text, IReadOnlyList<DateMention> mentions)
    {
        int previousEnd = 0;
        foreach (var m in mentions)
        {
            Assert.True(m.Span.Start >= previousEnd, "mentions overlap or are out of order");
            Assert.True(m.Span.End <= text.Length, "span past the end of the text");
            Assert.True(m.Span.Length > 0, "empty span");
            Assert.Equal(m.Text, m.Span.Slice(text));
            if (m.Date.Earliest is { } e && m.Date.Latest is { } l)
            {
                Assert.True(e <= l);
            }

            previousEnd = m.Span.End;
        }
    }

    private static string Ordinal(int n) => n + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}
