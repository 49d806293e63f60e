using BenchmarkDotNet.Attributes;

namespace ConflictModel.Benchmarks;

[MemoryDiagnoser]
public class EstimateBenchmarks
{
    private static readonly Estimate A = Estimate.Between(43, 51);
    private static readonly Estimate B = Estimate.MoreThan(250);

    [Benchmark]
    public Estimate Sum() => A + B;

    [Benchmark]
    public Estimate Hull() => A.Hull(B);
}
