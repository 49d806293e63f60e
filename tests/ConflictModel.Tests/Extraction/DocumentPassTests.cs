using System.Globalization;
using ConflictModel.Extraction;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace ConflictModel.Tests.Extraction;

/// <summary>The cheap checks of the document-level passes give what the plain definitions they stand for give.</summary>
public class DocumentPassTests
{
    // characters whose case mapping is special (dotted capital I, Kelvin sign, long s, dotless i), a surrogate pair
    // (Deseret capital letter, which has a lower case) and plain letters of the words looked for
    private static readonly string[] Pieces =
    [
        "only", "Only", "ONLY", "onLy", "another", "Another", "other ", "Other ", "a different", "A Different", "since", "Since",
        "since the", "SINCE THE", " ", "the", "İ", "\u212A", "ſ", "ı", "\U00010400", "o", "n", "l", "y", "O", "N", "s", "e",
        "of which", "of whom", "including", "with", "among them", "among whom", "of the missing", "of the captured",
        "of the dead", "of the wounded", " other ", "missing", "dead", "wounded", ".", ",",
    ];

    private static Arbitrary<string> Texts() =>
        (from parts in Gen.ArrayOf(Gen.Elements(Pieces))
         select string.Concat(parts)).ToArbitrary();

    [Fact]
    public void StartsWithOnly_IsTheLowerCaseTextStartingWithOnly()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500).WithQuietOnSuccess(true), Prop.ForAll(Texts(), text =>
            ConsistencyChecker.StartsWithOnly(text) == text.ToLowerInvariant().StartsWith("only", StringComparison.Ordinal)));
    }

    [Fact]
    public void LowerStartsWith_IsTheLowerCaseTextStartingWithThePrefix()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500).WithQuietOnSuccess(true), Prop.ForAll(Texts(), text =>
        {
            foreach (var prefix in new[] { "another", "other ", "a different" })
            {
                if (DocumentExtraction.LowerStartsWith(text, prefix) != text.ToLowerInvariant().StartsWith(prefix, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }));
    }

    [Theory]
    [InlineData("In the three years since, the town changed hands twice.", true)]
    [InlineData("Since the war began, the town changed hands twice.", false)]
    [InlineData("Since the war began, and ever since, it changed hands.", true)]
    [InlineData("No such word here.", false)]
    public void MayHoldSince_FindsASinceNotFollowedByThe(string text, bool expected)
    {
        Assert.Equal(expected, DocumentExtraction.MayHoldSince(text));
    }

    [Fact]
    public void MayHoldSince_HoldsWhereverATailCouldStartWithSince()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500).WithQuietOnSuccess(true), Prop.ForAll(Texts(), text =>
        {
            var anyTail = false;
            for (var p = 0; p < text.Length; p++)
            {
                var tail = text.AsSpan(p);
                anyTail |= tail.StartsWith("since", StringComparison.OrdinalIgnoreCase) && !tail.StartsWith("since the", StringComparison.OrdinalIgnoreCase);
            }

            return DocumentExtraction.MayHoldSince(text) == anyTail;
        }));
    }

    [Fact]
    public void Cues_AreTheCueWordsInTheLowerCaseText()
    {
        string[] breakdown = ["of which", "of whom", "including", "with", "among them", "among whom"];
        string[] partWords = ["of the missing", "of the captured", "of the dead", "of the wounded"];
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500).WithQuietOnSuccess(true), Prop.ForAll(Texts(), text =>
        {
            var lower = text.ToLowerInvariant();
            var cues = ConsistencyChecker.Cues(lower);
            return ((cues & ConsistencyChecker.BreakdownCue) != 0) == breakdown.Any(c => lower.Contains(c, StringComparison.Ordinal))
                && ((cues & ConsistencyChecker.PartWordCue) != 0) == partWords.Any(c => lower.Contains(c, StringComparison.Ordinal))
                && ((cues & ConsistencyChecker.OtherCue) != 0) == lower.Contains(" other ", StringComparison.Ordinal)
                && (!ConsistencyChecker.MayHoldPartition(text) || (cues & ConsistencyChecker.OtherCue) != 0);
        }));
    }

    [Fact]
    public void MayHoldPartition_IsTheTextHoldingSpacedOther()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000).WithQuietOnSuccess(true), Prop.ForAll(Texts(), text =>
            ConsistencyChecker.MayHoldPartition(text) == text.Contains(" other ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(" other ", true)]
    [InlineData("other ", false)]
    [InlineData(" other", false)]
    [InlineData("the others and other things", true)]
    [InlineData("another other", false)]
    [InlineData("mother others brother", false)]
    [InlineData("xother other other ", true)]
    [InlineData("", false)]
    public void MayHoldPartition_NeedsASpaceEitherSide(string text, bool expected) =>
        Assert.Equal(expected, ConsistencyChecker.MayHoldPartition(text));

    // The plain backward scan ClauseStart stands for: the first boundary found going back from the position.
    private static int ClauseStartByScan(string sentence, int position)
    {
        for (var i = position - 1; i > 0; i--)
        {
            if (sentence[i] is ';')
            {
                return i + 1;
            }

            if (sentence[i] == ' ' && i + 6 < sentence.Length && sentence.AsSpan(i + 1).StartsWith("that ", StringComparison.Ordinal))
            {
                return i + 6;
            }

            if (sentence[i] == ',' && i + 7 < sentence.Length)
            {
                var next = sentence.AsSpan(i + 1).TrimStart();
                if (next.StartsWith("while ", StringComparison.Ordinal) || next.StartsWith("but ", StringComparison.Ordinal)
                    || next.StartsWith("whereas ", StringComparison.Ordinal) || next.StartsWith("and ", StringComparison.Ordinal))
                {
                    return i + 1;
                }
            }
        }

        return 0;
    }

    [Fact]
    public void ClauseStart_IsTheFirstBoundaryBackFromThePosition()
    {
        string[] pieces = [";", ",", " that ", "that ", "that", " while ", ", but ", ", whereas ", ", and ", ",  and ", "t", " ", "a", "ht", "hat ", "x"];
        var gen = from parts in Gen.ArrayOf(Gen.Elements(pieces))
                  let text = string.Concat(parts)
                  from position in Gen.Choose(0, text.Length)
                  select (text, position);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000).WithQuietOnSuccess(true), Prop.ForAll(gen.ToArbitrary(), t =>
            DocumentExtraction.ClauseStart(t.text, t.position) == ClauseStartByScan(t.text, t.position)));
    }

    [Theory]
    [InlineData("Rebels said that the army attacked the town", 30, 17)]
    [InlineData("The army shelled the town; rebels attacked the base", 40, 26)]
    [InlineData("The army shelled the town, while rebels attacked the base", 45, 26)]
    [InlineData("The army shelled the town, then rebels attacked the base", 45, 0)]
    [InlineData("that army attacked", 10, 0)]
    public void ClauseStart_FindsTheClauseBoundary(string sentence, int position, int expected) =>
        Assert.Equal(expected, DocumentExtraction.ClauseStart(sentence, position));

    // The plain definition GenericActors stands for: every phrase at every position where it stands as whole words,
    // ordered by phrase then position, earlier ones winning over later overlapping ones and named actors over all.
    private static List<(int Start, int Length, string Key)> GenericActorsByScan(string lower, List<ConflictModel.Recognition.EntityMention> named)
    {
        var found = new List<(int Phrase, int At)>();
        for (var k = 0; k < DocumentExtraction.GenericActorNouns.Length; k++)
        {
            var phrase = DocumentExtraction.GenericActorNouns[k].Phrase;
            for (var i = 0; i + phrase.Length <= lower.Length; i++)
            {
                if (string.CompareOrdinal(lower, i, phrase, 0, phrase.Length) == 0 && (i == 0 || !char.IsLetter(lower[i - 1]))
                    && (i + phrase.Length >= lower.Length || !char.IsLetter(lower[i + phrase.Length])))
                {
                    found.Add((k, i));
                }
            }
        }

        var result = new List<(int Start, int Length, string Key)>();
        foreach (var (k, i) in found)
        {
            var (phrase, key) = DocumentExtraction.GenericActorNouns[k];
            var end = i + phrase.Length;
            if (named.Any(n => n.Span.Start < end && i < n.Span.End) || result.Any(r => r.Start < end && i < r.Start + r.Length))
            {
                continue;
            }

            result.Add((i, phrase.Length, key));
        }

        return result;
    }

    [Fact]
    public void GenericActors_AreThePhrasesStandingAsWholeWords()
    {
        string[] pieces = ["the army", "army", "the military", "paramilitary", "the ", "the", "rebels", "rebel forces", "rebel groups", "government forces",
            "government troops", "troops", "militants", "tribesmen", "kurdish forces", "jihadists", " ", "-", ",", "x", "s", "e", "regime forces", "opposition forces"];
        var gen = from parts in Gen.ArrayOf(Gen.Elements(pieces))
                  select string.Concat(parts);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000).WithQuietOnSuccess(true), Prop.ForAll(gen.ToArbitrary(), lower =>
        {
            var named = new List<ConflictModel.Recognition.EntityMention>();
            var actual = DocumentExtraction.GenericActors(lower, lower, named).Select(m => (m.Span.Start, m.Span.Length, m.Entity.Id)).ToList();
            return actual.SequenceEqual(GenericActorsByScan(lower, named));
        }));
    }

    [Fact]
    public void SentenceInfo_CuesGivenWithTheLowerCaseEqualCuesReadLater()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true), Prop.ForAll(Texts(), text =>
        {
            var given = new SentenceInfo(0, 0, text, null, new TextSpan(0, text.Length), []) { Lower = text.ToLowerInvariant() };
            var later = new SentenceInfo(0, 0, text, null, new TextSpan(0, text.Length), []);
            return given.MayHoldBreakdown == later.MayHoldBreakdown && given.HoldsPartWord == later.HoldsPartWord
                && given.LowerHoldsOther == later.LowerHoldsOther
                && given.MayHoldBreakdown == ConsistencyChecker.MayHoldBreakdown(text.ToLowerInvariant());
        }));
    }

    [Fact]
    public void Iso_IsTheIsoPattern()
    {
        var dates = from year in Gen.Choose(1, 9999)
                    from dayOfYear in Gen.Choose(0, 365)
                    select new LocalDate(year, 1, 1).PlusDays(Math.Min(dayOfYear, CalendarSystem.Iso.GetDaysInYear(year) - 1));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500).WithQuietOnSuccess(true), Prop.ForAll(dates.ToArbitrary(), d =>
            ConsistencyChecker.Iso(d) == d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)));
        Assert.Equal("0001-01-01", ConsistencyChecker.Iso(new LocalDate(1, 1, 1)));
        Assert.Equal("2014-04-10", ConsistencyChecker.Iso(new LocalDate(2014, 4, 10)));
        Assert.Equal(new LocalDate(-5, 3, 2).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), ConsistencyChecker.Iso(new LocalDate(-5, 3, 2)));
    }
}
