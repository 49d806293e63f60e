using BenchmarkDotNet.Attributes;
using NodaTime;

namespace ConflictModel.Benchmarks;

/// <summary>The core values: EDTF format and parse, the uncertain-date algebra, estimate arithmetic.</summary>
[MemoryDiagnoser]
public class ModelBenchmarks
{
    private static readonly UncertainDate MidMarch = UncertainDate.PartOfMonth(2014, 3, DateStatedAs.MidOfMonth);
    private static readonly UncertainDate ByMarch15 = UncertainDate.OnOrBefore(UncertainDate.OnDay(new LocalDate(2014, 3, 15)));
    private static readonly UncertainDate Approximate = UncertainDate.Around(new LocalDate(2014, 8, 10));
    private static readonly UncertainDate Set = UncertainDate.OneOf(new LocalDate(2014, 2, 10), new LocalDate(2014, 2, 12));
    private static readonly UncertainPeriod Offensive = new(UncertainDate.OnDay(new LocalDate(2014, 4, 10)), UncertainDate.OnDay(new LocalDate(2014, 7, 14)));
    private static readonly string DayText = "2014-04-10";
    private static readonly string IntervalText = "2014-03-11/2014-03-20";
    private static readonly string SetText = "[2014-02-10..2014-02-12]";
    private static readonly string PeriodText = "2014-04-10/2014-07-14";
    private static readonly Estimate Range = Estimate.Between(43, 51);
    private static readonly Estimate MoreThan = Estimate.MoreThan(250);

    [Benchmark]
    public string FormatApproximateDay() => Edtf.Format(Approximate);

    [Benchmark]
    public string FormatMonthPart() => Edtf.Format(MidMarch);

    [Benchmark]
    public string FormatSet() => Edtf.Format(Set);

    [Benchmark]
    public string FormatPeriod() => Edtf.Format(Offensive);

    [Benchmark]
    public ParseResult<UncertainDate> ParseDay() => Edtf.Parse(DayText);

    [Benchmark]
    public ParseResult<UncertainDate> ParseInterval() => Edtf.Parse(IntervalText);

    [Benchmark]
    public ParseResult<UncertainDate> ParseSet() => Edtf.Parse(SetText);

    [Benchmark]
    public ParseResult<UncertainPeriod> ParsePeriod() => Edtf.ParsePeriod(PeriodText);

    [Benchmark]
    public UncertainDate? Intersect() => MidMarch.Intersect(ByMarch15);

    [Benchmark]
    public UncertainDate Hull() => MidMarch.Hull(Approximate);

    [Benchmark]
    public Estimate EstimateSum() => Range + MoreThan;

    [Benchmark]
    public Estimate EstimateHull() => Range.Hull(MoreThan);

    [Benchmark]
    public Estimate? EstimateIntersect() => Range.Intersect(MoreThan);
}
