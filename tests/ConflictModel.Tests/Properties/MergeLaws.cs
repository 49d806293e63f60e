using ConflictModel.Merge;
using FsCheck;
using FsCheck.Fluent;
using static ConflictModel.Tests.Properties.MergeLawsArbitraries;

namespace ConflictModel.Tests.Properties;

/// <summary>The laws of merging, each checked on 200 generated corpora.</summary>
public class MergeLaws
{
    private static readonly Config Config = FsCheck.Config.QuickThrowOnFailure.WithMaxTest(200).WithQuietOnSuccess(true);

    private static MergeOptions Options(ReconciliationPolicy policy) => MergeOptions.Default with { Policy = policy };

    [Fact]
    public void Merge_IsCommutative()
    {
        Check.One(Config, Prop.ForAll(CorporaWithPolicy.ToArbitrary(), input =>
        {
            var (corpus, policy) = input;
            var parts = corpus.Partition(2);
            var a = TimelineBuilder.Merge(parts[0], Options(policy));
            var b = TimelineBuilder.Merge(parts[1], Options(policy));
            var batch = TimelineBuilder.Merge(corpus.Documents, Options(policy));
            var shuffled = TimelineBuilder.Merge(corpus.Shuffled(1), Options(policy));
            return SameResult(TimelineBuilder.Merge(a, b), TimelineBuilder.Merge(b, a)) && SameResult(batch, shuffled);
        }));
    }

    [Fact]
    public void Merge_SameAsClustersAreCoherent()
    {
        // Complete linkage: every two source events of one merged event are themselves linked as same-as, and a
        // campaign-level report never shares a merged event with a report that is not one.
        Check.One(Config, Prop.ForAll(CorporaWithPolicy.ToArbitrary(), input =>
        {
            var (corpus, policy) = input;
            var timeline = TimelineBuilder.Merge(corpus.Shuffled(3), Options(policy));
            var sameAs = timeline.Links.Where(l => l.Kind == EventRelationKind.SameAs).Select(l => (l.From, l.To)).ToHashSet();
            var byId = corpus.Documents.SelectMany(d => d.Events).GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.First());
            return timeline.Events.All(e =>
                e.SourceEventIds.All(x => e.SourceEventIds.All(y =>
                    string.CompareOrdinal(x, y) >= 0 || sameAs.Contains((x, y)) || sameAs.Contains((y, x)))) &&
                e.SourceEventIds.Select(id => SummaryEvents.IsSummary(byId[id])).Distinct().Count() == 1);
        }));
    }

    [Fact]
    public void Merge_IsAssociative()
    {
        Check.One(Config, Prop.ForAll(CorporaWithPolicy.ToArbitrary(), input =>
        {
            var (corpus, policy) = input;
            var parts = corpus.Partition(3).Select(p => TimelineBuilder.Merge(p, Options(policy))).ToArray();
            var left = TimelineBuilder.Merge(TimelineBuilder.Merge(parts[0], parts[1]), parts[2]);
            var right = TimelineBuilder.Merge(parts[0], TimelineBuilder.Merge(parts[1], parts[2]));
            return SameResult(left, right);
        }));
    }

    [Fact]
    public void Merge_IsIdempotent()
    {
        Check.One(Config, Prop.ForAll(CorporaWithPolicy.ToArbitrary(), input =>
        {
            var (corpus, policy) = input;
            var timeline = TimelineBuilder.Merge(corpus.Documents, Options(policy));
            var rng = new Random(corpus.ShuffleSeed);
            var duplicate = corpus.Documents[rng.Next(corpus.Documents.Count)];
            var withDuplicate = TimelineBuilder.Merge(corpus.Documents.Append(duplicate).Append(corpus.Shuffled()[0]), Options(policy));
            return SameResult(timeline, TimelineBuilder.Merge(timeline, timeline)) && SameResult(timeline, withDuplicate);
        }));
    }

    [Fact]
    public void Merge_PartitionsEqualBatch()
    {
        Check.One(Config, Prop.ForAll(CorporaWithPolicy.ToArbitrary(), input =>
        {
            var (corpus, policy) = input;
            var batch = TimelineBuilder.Merge(corpus.Documents, Options(policy));
            int k = 1 + (corpus.ShuffleSeed % 4);
            var partials = corpus.Partition(k, salt: 3).Select(p => TimelineBuilder.Merge(p, Options(policy))).ToList();

            // Merge the partial results as a tree, pairing neighbours, as machines would.
            while (partials.Count > 1)
            {
                var next = new List<MergedTimeline>();
                for (int i = 0; i < partials.Count; i += 2)
                {
                    next.Add(i + 1 < partials.Count ? TimelineBuilder.Merge(partials[i + 1], partials[i]) : partials[i]);
                }

                partials = next;
            }

            return SameResult(batch, partials[0]);
        }));
    }

    [Fact]
    public void Merge_IncrementalEqualsBatch()
    {
        Check.One(Config, Prop.ForAll(CorporaWithPolicy.ToArbitrary(), input =>
        {
            var (corpus, policy) = input;
            var batch = TimelineBuilder.Merge(corpus.Documents, Options(policy));
            var incremental = MergedTimeline.Empty(Options(policy));
            foreach (var doc in corpus.Shuffled(2))
            {
                incremental = incremental.Add(doc);
            }

            return SameResult(batch, incremental);
        }));
    }

    [Fact]
    public void Assessment_LowBestHighOrdered()
    {
        Check.One(Config, Prop.ForAll(CorporaWithPolicy.ToArbitrary(), input =>
        {
            var (corpus, policy) = input;
            var timeline = TimelineBuilder.Merge(corpus.Documents, Options(policy));
            return timeline.Assessments.All(a =>
                a.Low >= 0 &&
                (a.Best is not { } best || (a.Low <= best && (a.High is not { } h || best <= h))) &&
                (a.High is not { } high || a.Low <= high) &&
                a.Estimate.Low == a.Low);
        }));
    }

    [Fact]
    public void Merge_LosesNoClaim()
    {
        Check.One(Config, Prop.ForAll(CorporaWithPolicy.ToArbitrary(), input =>
        {
            var (corpus, policy) = input;
            var timeline = TimelineBuilder.Merge(corpus.Documents, Options(policy));
            var inputClaims = corpus.Documents.SelectMany(d => d.Claims).Distinct().ToList();
            var inputEvents = corpus.Documents.SelectMany(d => d.Events).Distinct().ToList();
            var contributions = timeline.Assessments.SelectMany(a => a.Contributions).Select(c => c.Claim).ToList();
            var inEvents = timeline.Events.SelectMany(e => e.SourceEventIds).ToList();
            return inputClaims.All(c => timeline.Claims.Contains(c)) &&
                   timeline.Claims.Count == inputClaims.Count &&
                   inputClaims.Where(c => c.Quantity is not null).All(c => contributions.Count(x => x.Equals(c)) == 1) &&
                   contributions.Count == inputClaims.Count(c => c.Quantity is not null) &&
                   inputEvents.All(e => inEvents.Count(id => id == e.Id) == 1) &&
                   inEvents.Count == inputEvents.Count;
        }));
    }

    [Fact]
    public void Generator_IsDeterministicAndPlantsDuplicatesRelaysAndUpdates()
    {
        var a = ConflictModel.Merge.Synthetic.SyntheticReports.Generate(42, new(Documents: 4, Events: 60));
        var b = ConflictModel.Merge.Synthetic.SyntheticReports.Generate(42, new(Documents: 4, Events: 60));
        var claims = a.SelectMany(d => d.Claims).ToList();

        Assert.Equal(a, b);
        Assert.True(claims.Count > claims.Distinct().Count(), "planted duplicates");
        Assert.Contains(claims, c => c.Claimant.RelayedBy.Count > 0);
        Assert.Contains(claims, c => c.Supersedes is not null);
        Assert.Contains(a.SelectMany(d => d.Events), e => e.Places.Count == 2 && e.When.DayCount > 1);
    }
}
