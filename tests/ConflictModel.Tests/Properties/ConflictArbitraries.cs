using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace ConflictModel.Tests.Properties;

/// <summary>Generators for the model values, built constructively in LINQ query syntax.</summary>
public static class ConflictArbitraries
{
    private static readonly LocalDate PoolStart = new(2013, 1, 1);

    private static readonly DateStatedAs[] Qualifiers =
        [DateStatedAs.Exact, DateStatedAs.Approximate, DateStatedAs.Uncertain, DateStatedAs.ApproximateAndUncertain];

    /// <summary>A day in a one-year pool, so that generated ranges often overlap.</summary>
    public static Gen<LocalDate> PoolDay =>
        from offset in Gen.Choose(0, 365)
        select PoolStart.PlusDays(offset);

    /// <summary>Mostly recent years, sometimes any year from 1 to 9990.</summary>
    public static Gen<int> Year => Gen.Frequency((4, Gen.Choose(1900, 2100)), (1, Gen.Choose(1, 9990)));

    /// <summary>Any day, month ends and 29 February included.</summary>
    public static Gen<LocalDate> AnyDay =>
        from year in Year
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, CalendarSystem.Iso.GetDaysInMonth(year, month))
        select new LocalDate(year, month, day);

    public static Gen<string?> Text => Gen.Elements<string?>(null, null, "mid-March", "By 26 April", "around 10 August", "Şubat", "");

    /// <summary>Any valid uncertain date: open or closed ends, any precision and stated-as, text, inferred year.</summary>
    public static Gen<UncertainDate> AnyUncertainDate =>
        from first in PoolDay
        from length in Gen.Frequency((3, Gen.Choose(0, 12)), (3, Gen.Choose(0, 120)), (1, Gen.Choose(0, 400)))
        from openStart in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from openEnd in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from precision in Gen.Elements(Enum.GetValues<DatePrecision>())
        from statedAs in Gen.Elements(Enum.GetValues<DateStatedAs>())
        from yearInferred in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from text in Text
        select new UncertainDate(openStart ? null : first, openEnd ? null : first.PlusDays(length), precision, statedAs, yearInferred, text);

    /// <summary>Two dates, the second sometimes equal to the first (to exercise the equal-inputs case).</summary>
    public static Gen<(UncertainDate A, UncertainDate B)> UncertainDatePairs =>
        from a in AnyUncertainDate
        from b in AnyUncertainDate
        from same in Gen.Choose(0, 5)
        select (a, same == 0 ? a : b);

    /// <summary>Three dates, sometimes with repeats.</summary>
    public static Gen<(UncertainDate A, UncertainDate B, UncertainDate C)> UncertainDateTriples =>
        from p in UncertainDatePairs
        from c in AnyUncertainDate
        from repeat in Gen.Choose(0, 5)
        select (p.A, p.B, repeat switch { 0 => p.A, 1 => p.B, _ => c });

    /// <summary>Two estimates, the second sometimes equal to the first.</summary>
    public static Gen<(Estimate A, Estimate B)> EstimatePairs =>
        from a in AnyEstimate
        from b in AnyEstimate
        from same in Gen.Choose(0, 5)
        select (a, same == 0 ? a : b);

    /// <summary>Three estimates, sometimes with repeats.</summary>
    public static Gen<(Estimate A, Estimate B, Estimate C)> EstimateTriples =>
        from p in EstimatePairs
        from c in AnyEstimate
        from repeat in Gen.Choose(0, 5)
        select (p.A, p.B, repeat switch { 0 => p.A, 1 => p.B, _ => c });

    /// <summary>A single calendar unit: day, month, year, season, or an unspecified-digit form (<c>2014-05-XX</c>,
    /// <c>2014-XX-XX</c>, <c>2014-XX</c>, <c>201X</c>, <c>20XX</c>), stated exactly.</summary>
    public static Gen<UncertainDate> Unit =>
        from day in AnyDay
        from season in Gen.Choose(21, 24)
        from shape in Gen.Choose(0, 8)
        select shape switch
        {
            0 => UncertainDate.OnDay(day),
            1 => UncertainDate.InMonth(day.Year, day.Month),
            2 => UncertainDate.InYear(day.Year),
            3 => UncertainDate.InSeason(day.Year, season),
            4 => new UncertainDate(new LocalDate(day.Year, day.Month, 1), day.With(DateAdjusters.EndOfMonth), DatePrecision.Day),
            5 => new UncertainDate(new LocalDate(day.Year, 1, 1), new LocalDate(day.Year, 12, 31), DatePrecision.Day),
            6 => new UncertainDate(new LocalDate(day.Year, 1, 1), new LocalDate(day.Year, 12, 31), DatePrecision.Month),
            7 => new UncertainDate(new LocalDate(day.Year / 10 * 10, 1, 1), new LocalDate((day.Year / 10 * 10) + 9, 12, 31), DatePrecision.Year),
            _ => new UncertainDate(new LocalDate(day.Year / 100 * 100, 1, 1), new LocalDate((day.Year / 100 * 100) + 99, 12, 31), DatePrecision.Year),
        };

    /// <summary>A unit with an EDTF qualifier (none, <c>~</c>, <c>?</c>, <c>%</c>).</summary>
    public static Gen<UncertainDate> QualifiedUnit =>
        from unit in Unit
        from q in Gen.Elements(Qualifiers)
        select unit.WithStatedAs(q);

    /// <summary>A unit that can bound an open range: day, month, year or season.</summary>
    public static Gen<UncertainDate> Bound =>
        from day in AnyDay
        from season in Gen.Choose(21, 24)
        from shape in Gen.Choose(0, 3)
        select shape switch
        {
            0 => UncertainDate.OnDay(day),
            1 => UncertainDate.InMonth(day.Year, day.Month),
            2 => UncertainDate.InYear(day.Year),
            _ => UncertainDate.InSeason(day.Year, season),
        };

    /// <summary>A closed interval <c>a/b</c> (with one qualifier on both ends), never exactly a month part when
    /// unqualified (that is <see cref="PartOfMonth"/>'s shape).</summary>
    public static Gen<UncertainDate> Interval =>
        from first in AnyDay
        from length in Gen.Frequency((3, Gen.Choose(1, 40)), (1, Gen.Choose(1, 800)))
        from q in Gen.Elements(Qualifiers)
        let candidate = first.PlusDays(length)
        let last = q == DateStatedAs.Exact && IsMonthPart(first, candidate) ? candidate.PlusDays(1) : candidate
        select new UncertainDate(first, last, UncertainDate.PrecisionForSpan(first, last), q);

    public static Gen<UncertainDate> PartOfMonth =>
        from day in AnyDay
        from part in Gen.Elements(DateStatedAs.EarlyOfMonth, DateStatedAs.MidOfMonth, DateStatedAs.LateOfMonth)
        select UncertainDate.PartOfMonth(day.Year, day.Month, part);

    /// <summary>One day of a set: <c>[a..b]</c> of days, months or years.</summary>
    public static Gen<UncertainDate> OneOfSet =>
        from first in AnyDay
        from length in Gen.Choose(0, 400)
        from months in Gen.Choose(0, 30)
        from years in Gen.Choose(0, 8)
        from shape in Gen.Choose(0, 3)
        let monthStart = new LocalDate(first.Year, first.Month, 1)
        select shape switch
        {
            0 => UncertainDate.OneOf(first, first.PlusDays(length)),
            1 => new UncertainDate(first, first, DatePrecision.Day, DateStatedAs.OneOfRange),
            2 => new UncertainDate(monthStart, monthStart.PlusMonths(months).With(DateAdjusters.EndOfMonth), DatePrecision.Month, DateStatedAs.OneOfRange),
            _ => new UncertainDate(new LocalDate(first.Year, 1, 1), new LocalDate(first.Year + years, 12, 31), DatePrecision.Year, DateStatedAs.OneOfRange),
        };

    /// <summary>Open ranges: <c>[..b]</c>, <c>[a..]</c>, <c>../b</c>, <c>a/..</c> (with qualifiers).</summary>
    public static Gen<UncertainDate> OpenRange =>
        from bound in Bound
        from q in Gen.Elements(Qualifiers)
        from shape in Gen.Choose(0, 3)
        select shape switch
        {
            0 => UncertainDate.OnOrBefore(bound),
            1 => UncertainDate.OnOrAfter(bound),
            2 => new UncertainDate(null, bound.Latest, bound.Precision, q),
            _ => new UncertainDate(bound.Earliest, null, bound.Precision, q),
        };

    /// <summary>Every shape EDTF can represent for an uncertain date (no text, year not inferred).</summary>
    public static Gen<UncertainDate> EdtfDate => Gen.Frequency(
        (4, QualifiedUnit),
        (2, PartOfMonth),
        (3, Interval),
        (3, OneOfSet),
        (3, OpenRange),
        (1, Gen.Constant(default(UncertainDate))));

    /// <summary>Every period EDTF can represent: unit (or unknown) start, unit, unknown or ongoing end.</summary>
    public static Gen<UncertainPeriod> EdtfPeriod =>
        from a in QualifiedUnit
        from b in QualifiedUnit
        from unknownStart in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from endShape in Gen.Choose(0, 3)
        let inOrder = b.Latest >= a.Earliest
        let start = unknownStart ? default : (inOrder ? a : b)
        let end = inOrder ? b : a
        select endShape switch
        {
            0 => new UncertainPeriod(start, null, isOngoing: false),
            1 => new UncertainPeriod(start, null, isOngoing: true),
            _ => new UncertainPeriod(start, end),
        };

    /// <summary>Any valid period, with text and endpoints of any shape.</summary>
    public static Gen<UncertainPeriod> AnyUncertainPeriod =>
        from a in AnyUncertainDate
        from b in AnyUncertainDate
        from endShape in Gen.Choose(0, 2)
        from text in Text
        let inOrder = a.Earliest is not { } s || b.Latest is not { } l || l >= s
        let start = inOrder ? a : b
        let end = inOrder ? b : a
        select endShape switch
        {
            0 => new UncertainPeriod(start, null, isOngoing: false, text),
            1 => new UncertainPeriod(start, null, isOngoing: true, text),
            _ => new UncertainPeriod(start, end, text: text),
        };

    /// <summary>Any valid estimate: bounded or not, with or without a best figure, any kind.</summary>
    public static Gen<Estimate> AnyEstimate =>
        from low in Gen.Frequency((4, Gen.Choose(0, 200)), (1, Gen.Choose(0, 2_000_000)))
        from width in Gen.Choose(0, 150)
        from bounded in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from bestOffset in Gen.Choose(-1, 150)
        from kind in Gen.Elements(Enum.GetValues<EstimateKind>())
        let high = bounded ? low + (long)width : (long?)null
        let best = bestOffset < 0 || (high is { } h && low + bestOffset > h) ? (long?)null : low + bestOffset
        select new Estimate(low, high, best, kind);

    public static Gen<TextSpan> AnyTextSpan =>
        from start in Gen.Choose(0, 100_000)
        from length in Gen.Choose(0, 5_000)
        select new TextSpan(start, length);

    public static Gen<EquatableArray<int>> Citations =>
        from items in Gen.ListOf(Gen.Choose(1, 60), 3)
        select items.ToEquatableArray();

    public static Gen<Evidence> AnyEvidence =>
        from document in Gen.Elements("a.txt", "news-1.md", "wiki/x.txt")
        from span in AnyTextSpan
        from sentence in Gen.Elements("Clashes broke out.", "The town fell on 3 July.", "\"Quoted\" — with a dash.")
        from section in Gen.Elements<string?>(null, "Background", "Offensive")
        from citations in Citations
        select new Evidence(document, span, sentence, section, citations);

    public static Gen<Claimant> AnyClaimant =>
        from name in Gen.Elements("SOHR", "a military source", "opposition sources")
        from key in Gen.Elements<string?>(null, "sohr")
        from kind in Gen.Elements(Enum.GetValues<ClaimantKind>())
        from relays in Gen.Elements(EquatableArray<string>.Empty, EquatableArray.Create("AFP"), EquatableArray.Create("AFP", "Reuters"))
        select new Claimant(name, key, kind, relays);

    public static Gen<Claim> AnyClaim =>
        from id in Gen.Elements("c1", "doc#120-140")
        from aspect in Gen.Elements(Enum.GetValues<ClaimAspect>())
        from category in Gen.Elements<CasualtyCategory?>(null, CasualtyCategory.Killed, CasualtyCategory.Strength)
        from quantity in AnyEstimate
        from hasQuantity in Gen.Elements(true, false)
        from date in AnyUncertainDate
        from hasDate in Gen.Elements(true, false)
        from claimant in AnyClaimant
        from stance in Gen.Elements(Enum.GetValues<ClaimStance>())
        from evidence in AnyEvidence
        from supersedes in Gen.Elements<string?>(null, "c0")
        select new Claim(id, new ClaimSubject("e1", aspect, category, "soldiers", null, null),
            hasQuantity ? quantity : null, hasDate ? date : null, aspect == ClaimAspect.Control ? "ISIL" : null,
            claimant, stance, hasDate ? null : date, evidence, supersedes, "text");

    public static Gen<ConflictEvent> AnyConflictEvent =>
        from id in Gen.Elements("e1", "doc#0-10")
        from kind in Gen.Elements(Enum.GetValues<EventKind>())
        from date in AnyUncertainDate
        from period in AnyUncertainPeriod
        from isPeriod in Gen.Elements(true, false)
        from places in Gen.Elements(EquatableArray<string>.Empty, EquatableArray.Create("Deir ez-Zor", "Abu Kamal"))
        from role in Gen.Elements(Enum.GetValues<ActorRole>())
        from evidence in AnyEvidence
        from confidence in Gen.Elements(1.0, 0.5, 0.125)
        select new ConflictEvent(id, kind, isPeriod ? null : date, isPeriod ? period : null, places,
            places.Select(p => p.StartsWith('A') ? null : (string?)p.ToLowerInvariant()).ToEquatableArray(),
            EquatableArray.Create(new EventActor("ISIL", "isil", role)), null, evidence, EquatableArray.Create("c1", "c2"),
            "Battle of somewhere", confidence);

    public static Gen<CasualtyFigure> AnyCasualtyFigure =>
        from estimate in AnyEstimate
        from category in Gen.Elements(Enum.GetValues<CasualtyCategory>())
        from party in Gen.Elements(Enum.GetValues<CasualtyParty>())
        from scope in AnyUncertainDate
        from span in AnyTextSpan
        select new CasualtyFigure(estimate, category, "militants", party, "250+", "by 6 December", scope, span);

    public static Gen<Diagnostic> AnyDiagnostic =>
        from line in Gen.Choose(0, 500)
        from column in Gen.Choose(0, 120)
        from severity in Gen.Elements(Enum.GetValues<DiagnosticSeverity>())
        from code in Gen.Elements<string?>(null, "CM0101")
        select new Diagnostic(line, column, severity, "Could not read the cell.", code);

    /// <summary>Strings over the EDTF alphabet and a few others, to show the parser never throws.</summary>
    public static Gen<string> EdtfLikeText =>
        from chars in Gen.ListOf(Gen.Elements("0123456789X-/.[]~?%, Tt2".ToCharArray()))
        select new string(chars.ToArray());

    private static bool IsMonthPart(LocalDate first, LocalDate last) =>
        first.Year == last.Year && first.Month == last.Month &&
        ((first.Day, last.Day) is (1, 10) or (11, 20) || (first.Day == 21 && last == last.With(DateAdjusters.EndOfMonth)));
}
