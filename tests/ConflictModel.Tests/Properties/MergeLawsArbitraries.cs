using ConflictModel.Merge;
using ConflictModel.Merge.Synthetic;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictModel.Tests.Properties;

/// <summary>A generated corpus: documents from the seeded synthetic generator plus a seed to shuffle and split them.</summary>
public sealed record Corpus(IReadOnlyList<ExtractedSet> Documents, int ShuffleSeed, int Seed)
{
    public override string ToString() => $"Corpus(seed {Seed}, {Documents.Count} documents, {Documents.Sum(d => d.Events.Count)} events, {Documents.Sum(d => d.Claims.Count)} claims, shuffle {ShuffleSeed})";

    /// <summary>The documents in another order, each with its events and claims in another order.</summary>
    public IReadOnlyList<ExtractedSet> Shuffled(int salt = 0)
    {
        var rng = new Random(ShuffleSeed + salt);
        var docs = Documents.Select(d => d with
        {
            Events = d.Events.OrderBy(_ => rng.Next()).ToEquatableArray(),
            Claims = d.Claims.OrderBy(_ => rng.Next()).ToEquatableArray(),
        }).ToList();
        return [.. docs.OrderBy(_ => rng.Next())];
    }

    /// <summary>Splits the documents (shuffled) into <paramref name="parts"/> groups, some possibly empty; a
    /// document's claims may be split across groups too.</summary>
    public IReadOnlyList<IReadOnlyList<ExtractedSet>> Partition(int parts, int salt = 0)
    {
        var rng = new Random(ShuffleSeed ^ (salt * 7919));
        var groups = Enumerable.Range(0, parts).Select(_ => new List<ExtractedSet>()).ToArray();
        foreach (var doc in Shuffled(salt))
        {
            if (rng.Next(3) == 0 && doc.Claims.Count > 1)
            {
                int cut = rng.Next(doc.Claims.Count);
                groups[rng.Next(parts)].Add(doc with { Claims = doc.Claims.Take(cut).ToEquatableArray() });
                groups[rng.Next(parts)].Add(doc with { Events = EquatableArray<ConflictEvent>.Empty, Claims = doc.Claims.Skip(cut).ToEquatableArray() });
            }
            else
            {
                groups[rng.Next(parts)].Add(doc);
            }
        }

        return groups;
    }
}

/// <summary>FsCheck generators for the merge laws, in LINQ query syntax, built constructively.</summary>
public static class MergeLawsArbitraries
{
    /// <summary>Small corpora with few places and days, so that events really meet and claims really disagree.</summary>
    public static Gen<Corpus> Corpora { get; } =
        from seed in Gen.Choose(0, 1_000_000)
        from documents in Gen.Choose(1, 5)
        from events in Gen.Choose(0, 14)
        from places in Gen.Choose(1, 8)
        from days in Gen.Choose(3, 40)
        from shuffle in Gen.Choose(0, 1_000_000)
        select new Corpus(
            SyntheticReports.Generate(seed, new SyntheticOptions(documents, events, places, days, SummaryRate: 0.3, DuplicateRate: 0.2)),
            shuffle,
            seed);

    /// <summary>Corpora reconciled under one of the built-in policies.</summary>
    public static Gen<(Corpus Corpus, ReconciliationPolicy Policy)> CorporaWithPolicy { get; } =
        from corpus in Corpora
        from policy in Gen.Elements(ReconciliationPolicy.BuiltIn.ToArray())
        select (corpus, policy);

    /// <summary>Returns whether two timelines derive the same events, assessments and provenance.</summary>
    public static bool SameResult(MergedTimeline a, MergedTimeline b) =>
        a.Equals(b) &&
        a.Events.AsSpan().SequenceEqual(b.Events.AsSpan()) &&
        a.Assessments.AsSpan().SequenceEqual(b.Assessments.AsSpan()) &&
        a.Links == b.Links &&
        a.Claims.SequenceEqual(b.Claims) &&
        a.SourceEvents.SequenceEqual(b.SourceEvents);
}
