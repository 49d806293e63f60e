using BenchmarkDotNet.Attributes;
using ConflictModel.Merge;
using ConflictModel.Merge.Synthetic;

namespace ConflictModel.Benchmarks;

/// <summary>Claim reconciliation at 1 k to 1 M claims (about four claims per quantity, seeded synthetic data).</summary>
[MemoryDiagnoser]
public class MergeBenchmarks
{
    private static readonly Dictionary<int, IReadOnlyList<Claim>> Claims = [];

    private static readonly ClaimReconciler Reconciler = new(ReconciliationPolicy.ReliabilityWeighted);

    private IReadOnlyList<Claim> _claims = [];

    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        lock (Claims)
        {
            if (!Claims.TryGetValue(N, out var claims))
            {
                Claims.Add(N, claims = SyntheticReports.Claims(20141205, N));
            }

            _claims = claims;
        }
    }

    [Benchmark]
    public int Reconcile() => Reconciler.Reconcile(_claims).Count;
}

/// <summary>Cross-document event matching at 1 k to 100 k events (seeded synthetic reports).</summary>
[MemoryDiagnoser]
public class MergeMatchBenchmarks
{
    private static readonly Dictionary<int, IReadOnlyList<ConflictEvent>> Events = [];

    private static readonly EventMatcher Matcher = new();

    private IReadOnlyList<ConflictEvent> _events = [];

    [Params(1_000, 10_000, 100_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        lock (Events)
        {
            if (!Events.TryGetValue(N, out var events))
            {
                Events.Add(N, events = SyntheticReports.Events(20140710, N));
            }

            _events = events;
        }
    }

    [Benchmark]
    public int Match() => Matcher.Match(_events).Clusters.Count;
}
