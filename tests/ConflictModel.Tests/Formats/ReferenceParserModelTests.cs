using ConflictModel.Formats;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictModel.Tests.Formats;

/// <summary>The copy-free unquoted-reference parser reads entries exactly as the split-and-join model below (the
/// previous implementation, kept here as the specification).</summary>
public sealed class ReferenceParserModelTests
{
    private static readonly string[] Words =
    [
        "Invented", "title", "of", "Reuters", "The", "Guardian", "BBC", "News", "3", "12", "123", "March", "Mar.", "May",
        "Monday", "Mon,", "Sun.", "2015", "2015.", "2015,", "2015-03-04", "Retrieved", "retrieved", "|", ",", "on", "–", "-",
        "a,", "Jan", "x:", ".", "Report:", "Agency", "1999", ",,", "Friday,",
    ];

    private static Gen<string> Raw =>
        from n in Gen.Choose(0, 12)
        from words in Gen.ArrayOf(Gen.Elements(Words), n)
        select Blank.Normalize(string.Join(' ', words));

    [Fact]
    public void Unquoted_entries_read_as_the_split_model_reads_them()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000).WithQuietOnSuccess(true), Prop.ForAll(Raw.ToArbitrary(), raw =>
        {
            ReferenceParser.ParseUnquoted(raw, out var t1, out var p1, out var d1, out var r1);
            OldParseUnquoted(raw, out var t2, out var p2, out var d2, out var r2);
            return t1 == t2 && p1 == p2 && d1 == d2 && r1 == r2;
        }));
    }

    [Fact]
    public void Unquoted_entry_example()
    {
        ReferenceParser.ParseUnquoted("Rebels take the invented town Reuters, Monday 3 March 2015 Retrieved 4 March 2015.", out var title, out var publisher, out var date, out var retrieved);
        Assert.Equal("Rebels take the invented town", title);
        Assert.Equal("Reuters", publisher);
        Assert.Equal("3 March 2015", date);
        Assert.Equal("4 March 2015", retrieved);
    }

    private static void OldParseUnquoted(string raw, out string? title, out string? publisher, out string? dateText, out string? retrievedText)
    {
        publisher = null;
        dateText = null;
        retrievedText = null;
        var body = raw.TrimEnd('.', ' ');
        int ret = body.IndexOf(" Retrieved ", StringComparison.OrdinalIgnoreCase);
        if (ret >= 0)
        {
            retrievedText = body[(ret + 11)..].Trim().TrimEnd('.');
            body = body[..ret].TrimEnd('.', ' ');
        }

        // a trailing date: walk back over date words ending in a year or an ISO date
        var words = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int end = words.Length;
        int startDate = end;
        if (end > 0 && (Lexicon.IsYear(words[^1].TrimEnd('.', ',')) || Lexicon.IsIsoDate(words[^1].TrimEnd('.', ','))))
        {
            startDate = end - 1;
            while (startDate > 0)
            {
                var w = words[startDate - 1].TrimEnd(',');
                if (Lexicon.IsMonth(w) || Lexicon.IsWeekday(w) || (w.Length <= 2 && w.All(char.IsAsciiDigit)))
                {
                    startDate--;
                }
                else
                {
                    break;
                }
            }

            if (startDate == 0)
            {
                startDate = end;
            }
        }

        if (startDate < end)
        {
            var dateWords = words[startDate..end];
            // a leading weekday is not part of the date
            int skip = 0;
            while (skip < dateWords.Length - 1 && Lexicon.IsWeekday(dateWords[skip]))
            {
                skip++;
            }

            dateText = string.Join(' ', dateWords[skip..]);
            words = words[..startDate];
        }

        var rest = string.Join(' ', words).TrimEnd(',', ' ', ';', '-', '–');
        // the title/publisher split after the date was not rewritten: the model uses the parser's own
        ReferenceParser.SplitTitleAndPublisher(rest, dateText, out title, out publisher);
    }
}
