using ConflictModel.Tests.Support;
using System.Globalization;
using System.Text;
using ConflictModel.Recognition;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictModel.Tests.Recognition;

/// <summary>Laws of the quantity recognisers and the entity key: no exception on any text, spans inside the text,
/// estimates well-formed, Key idempotent and insensitive to case, diacritics, hyphens and articles, and generated
/// figures read back.</summary>
public sealed class QuantityPropertyTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true);

    private static readonly string[] Samples =
    [
        "On 9 June, 41 rebels and tribal gunmen were killed, while at least 17 fighters died, according to SOHR.",
        "State media claimed that the army had killed over 300 militants since the start of the assault, while SOHR put the number at 60.",
        "Twenty-two (22) of those attacks allegedly took place in Homs; Hama (80) and Idlib (31) saw more car bombings.",
        "The number of dead police officers was later raised to 140. The group denied the claim.",
        "120 killed (2–3 May; 20 May–4 June)[3][4] 1,500+ killed, Total: 1,200–1,450 killed",
        "A 300-strong assault force; an estimated 12,000 people, “including over 5,000 children,” remain there.",
        "ISIS held 80 to 85% of the district; killing the commander Example Name and 9 other rebels.",
    ];

    private static Gen<string> AnyText =>
        from chars in Gen.ArrayOf(Gen.Frequency(
            (6, Gen.Elements("0123456789 ,.-–—()[]%:;'’+~≈/\n\t\"“”".ToCharArray())),
            (3, Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéŞḥî\u00a0".ToCharArray())),
            (1, ArbMap.Default.GeneratorFor<char>())))
        from words in Gen.ArrayOf(Gen.Elements(
            "killed ", "and ", "were ", "dead ", "over ", "up to ", "at least ", "some ", "dozens ", "of ", "the number of ",
            "according to ", "SOHR ", "IS ", "al-", "Deir ", "ez-Zor ", "denied ", "the claim ", "raised to ", "other ",
            "(", ")", "[8]", "%", "percent ", "Twenty-two ", "(22) ", "1,040 ", "1,500+ ", "1,200–1,450 ", "soldiers ",
            "was ", "commander ", "since ", "by ", "between ", "13–14 ", "9999999999999999999 ", "0 ", ", ", "hundred ",
            "thousand ", "million ", "billion ", "a ", "dozen ", "and ", "one ", "ninety-nine ", "999,999,999,999 "))
        from pick in Gen.Choose(0, 2)
        select pick switch
        {
            0 => new string(chars),
            1 => string.Concat(words),
            _ => string.Concat(words) + new string(chars),
        };

    private static Gen<string> Mutated =>
        from sample in Gen.Elements(Samples)
        from edits in Gen.ArrayOf(
            from kind in Gen.Choose(0, 3)
            from pos in Gen.Choose(0, 1000)
            from ch in Gen.Elements("0123456789 -–,.()[]%+aSK".ToCharArray())
            select (kind, pos, ch))
        select TextMutation.Mutate(sample, edits);

    private static Gen<string> Texts => Gen.OneOf(AnyText, Mutated);

    private static bool Inside(TextSpan span, string text) => span.Start >= 0 && span.End <= text.Length;

    private static bool WellFormed(Estimate e) => e.Low >= 0 && (e.High is null || e.High >= e.Low);

    [Fact]
    public void NumberRecognizer_AnyText_NeverThrowsAndSpansAreInside()
    {
        Check.One(Config, Prop.ForAll(Texts.ToArbitrary(), text =>
            NumberRecognizer.Default.Recognize(text).All(m => Inside(m.Span, text) && m.Span.Slice(text) == m.Text && WellFormed(m.Value))));
    }

    [Fact]
    public void CasualtyRecognizer_AnyText_NeverThrowsAndSpansAreInside()
    {
        Check.One(Config, Prop.ForAll(Texts.ToArbitrary(), text =>
            CasualtyRecognizer.Default.Recognize(text).All(m => Inside(m.Span, text) && m.Span.Slice(text) == m.Text && WellFormed(m.Figure.Estimate)
                && (m.ScopeSpan is not { } s || Inside(s, text)) && (m.CueSpan is not { } c || Inside(c, text)))
            && CasualtyRecognizer.Default.RecognizeText(text).All(m => Inside(m.Span, text) && m.Span.Slice(text) == m.Text)));
    }

    [Fact]
    public void ParseCell_AnyText_NeverThrowsAndSpansAreInside()
    {
        Check.One(Config, Prop.ForAll(Texts.ToArbitrary(), text =>
            CasualtyRecognizer.Default.ParseCell(text).Concat(CasualtyRecognizer.Default.ParseCell(text, isStrength: true))
                .All(f => f.Span is { } s && Inside(s, text) && s.Slice(text) == f.Text && WellFormed(f.Estimate))));
    }

    [Fact]
    public void EntityRegistry_AnyText_NeverThrowsAndSpansAreInside()
    {
        Check.One(Config, Prop.ForAll(Texts.ToArbitrary(), text =>
            EntityRegistry.Default.FindAll(text).All(m => Inside(m.Span, text) && m.Span.Slice(text) == m.Text)
            && EntityRegistry.Key(text) is not null
            && (EntityRegistry.Default.Resolve(text) is null || EntityRegistry.Default.Resolve(text) is not null)));
    }

    [Fact]
    public void Attribution_AnyText_NeverThrows()
    {
        Check.One(Config, Prop.ForAll(Texts.ToArbitrary(), text =>
        {
            var a = AttributionRecognizer.Default.Attribute(text, new TextSpan(0, text.Length / 2));
            return Enum.IsDefined(a.Stance) && (a.CueSpan is not { } c || Inside(c, text));
        }));
    }

    private static readonly string[] Names =
    [
        "Deir ez-Zor", "Abu Kamal", "Mayadin", "Raqqa", "Islamic State", "Jabhat al-Nusra", "Free Syrian Army", "Kobanî",
        "Syrian Observatory for Human Rights", "Al-Hasakah", "Ahrar ash-Sham", "Palmyra",
    ];

    private static Gen<string> NameVariant =>
        from name in Gen.OneOf(Gen.Elements(Names), from cs in Gen.ArrayOf(Gen.Elements("abcdeiouzrqhkl -'’ĀéîŞ".ToCharArray())) select new string(cs))
        from upper in Gen.Elements(true, false)
        from hyphens in Gen.Elements(0, 1, 2)
        select Vary(name, upper, hyphens);

    private static string Vary(string name, bool upper, int hyphens)
    {
        string s = upper ? name.ToUpperInvariant() : name.ToLowerInvariant();
        return hyphens switch
        {
            0 => s,
            1 => s.Replace(' ', '-'),
            _ => s.Replace('-', ' '),
        };
    }

    [Fact]
    public void Key_IsIdempotent()
    {
        Check.One(Config, Prop.ForAll(Gen.OneOf(NameVariant, AnyText).ToArbitrary(), name =>
            EntityRegistry.Key(EntityRegistry.Key(name)) == EntityRegistry.Key(name)));
    }

    [Fact]
    public void Key_IgnoresCaseHyphenationAndDiacritics()
    {
        Check.One(Config, Prop.ForAll(Gen.Elements(Names).ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), Gen.Choose(0, 2).ToArbitrary(), (name, upper, hyphens) =>
        {
            string key = EntityRegistry.Key(name);
            string variant = Vary(name, upper, hyphens);
            string stripped = variant.Replace('î', 'i').Replace('Î', 'I');
            return EntityRegistry.Key(variant) == key && EntityRegistry.Key(stripped) == key && EntityRegistry.Default.Resolve(variant) == EntityRegistry.Default.Resolve(name);
        }));
    }

    [Fact]
    public void Key_IgnoresArabicArticlesBeforeAWord()
    {
        Check.One(Config, Prop.ForAll(Gen.Elements("al-", "Al ", "el-", "ar-", "as-", "ash-", "al ").ToArbitrary(), Gen.Elements("Raqqa", "Mayadin", "Bukamal", "Tabqa", "Shaddadi").ToArbitrary(), (article, place) =>
            EntityRegistry.Key(article + place) == EntityRegistry.Key(place)));
    }

    [Fact]
    public void CasualtyRecognizer_GeneratedFigure_ReadsBack()
    {
        var gen =
            from n in Gen.Choose(1, 999_999)
            from hedge in Gen.Elements(("", EstimateKind.Exact), ("at least ", EstimateKind.AtLeast), ("more than ", EstimateKind.MoreThan), ("about ", EstimateKind.Approximately), ("up to ", EstimateKind.UpTo))
            from who in Gen.Elements("soldiers", "militants", "civilians", "rebel fighters", "ISIL fighters")
            from verb in Gen.Elements(("were killed", CasualtyCategory.Killed), ("were wounded", CasualtyCategory.Wounded), ("were executed", CasualtyCategory.Executed), ("were captured", CasualtyCategory.Captured))
            select (n, hedge, who, verb);
        Check.One(Config, Prop.ForAll(gen.ToArbitrary(), x =>
        {
            string number = x.n.ToString("N0", CultureInfo.InvariantCulture);
            string sentence = $"On the same day, {x.hedge.Item1}{number} {x.who} {x.verb.Item1} near the town.";
            var m = CasualtyRecognizer.Default.Recognize(sentence);
            return m.Count == 1 && m[0].Figure.Estimate.Kind == x.hedge.Item2 && (m[0].Figure.Estimate.High == x.n || m[0].Figure.Estimate.Low == x.n)
                && m[0].Figure.Category == x.verb.Item2 && m[0].Figure.Who == x.who;
        }));
    }

    [Fact]
    public void Recognizers_LongTextWithoutSentenceBreaks_AreRead()
    {
        // one 300 KB "sentence": no period, so every recogniser sees it whole
        string unit = string.Join(" ", Samples).Replace(".", ",", StringComparison.Ordinal).Replace(";", ",", StringComparison.Ordinal) + " al al al al hundred hundred ";
        string text = string.Concat(Enumerable.Repeat(unit, 300_000 / unit.Length + 1));
        var casualties = CasualtyRecognizer.Default.Recognize(text);
        var numbers = NumberRecognizer.Default.Recognize(text);
        var entities = EntityRegistry.Default.FindAll(text);
        var cells = CasualtyRecognizer.Default.ParseCell(text);
        Assert.True(casualties.Count > 1000, $"{casualties.Count} {numbers.Count} {entities.Count} {cells.Count}");
        string counts = $"{casualties.Count} {numbers.Count} {entities.Count} {cells.Count}";
        Assert.True(numbers.Count > 1000, counts);
        Assert.True(entities.Count > 1000, counts);
        Assert.True(cells.Count > 1000, counts);
        Assert.All(casualties, m => Assert.Equal(m.Text, m.Span.Slice(text)));
    }

    [Fact]
    public void Recognizers_AreThreadSafe()
    {
        string text = string.Concat(Enumerable.Repeat(string.Join(' ', Samples) + "\n", 20));
        var expected = CasualtyRecognizer.Default.RecognizeText(text);
        var results = new IReadOnlyList<CasualtyMention>[8];
        Parallel.For(0, results.Length, i => results[i] = CasualtyRecognizer.Default.RecognizeText(text));
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
