using System.Globalization;
using NodaTime;

namespace ConflictModel.Merge.Synthetic;

/// <summary>The shape of a synthetic corpus.</summary>
/// <param name="Documents">How many documents report on the same happenings.</param>
/// <param name="Events">How many true happenings there are.</param>
/// <param name="Places">How many distinct places (0: scaled from <paramref name="Events"/>).</param>
/// <param name="SpanDays">How many days the happenings spread over (0: scaled from <paramref name="Events"/>).</param>
/// <param name="ReportRate">The chance that a document reports a happening.</param>
/// <param name="ImpreciseRate">The chance that a report dates it only to a part of the month or a month.</param>
/// <param name="SummaryRate">The chance that a document adds a multi-day, multi-place summary over two happenings.</param>
/// <param name="RelayRate">The chance that a monitor's figure is relayed by an outlet in another document.</param>
/// <param name="DuplicateRate">The chance that a claim is copied verbatim into another document (a mirror).</param>
/// <param name="SupersedeRate">The chance that a figure is later updated by its claimant.</param>
/// <param name="DenialRate">The chance that a belligerent denies a figure.</param>
/// <remarks>Equality is by value.</remarks>
public sealed record SyntheticOptions(
    int Documents = 4,
    int Events = 20,
    int Places = 0,
    int SpanDays = 0,
    double ReportRate = 0.7,
    double ImpreciseRate = 0.15,
    double SummaryRate = 0.1,
    double RelayRate = 0.2,
    double DuplicateRate = 0.1,
    double SupersedeRate = 0.08,
    double DenialRate = 0.05);

/// <summary>
/// A seeded generator of realistic synthetic reports: several documents reporting the same happenings on dates of
/// varying precision, at places and by actors spelled in different ways, with figures from monitors, belligerents
/// and media, planted duplicates, relays, updates and denials. The same seed always gives the same reports.
/// </summary>
/// <remarks>Used by the property tests and the benchmarks. Thread-safe: each call uses its own
/// <see cref="Random"/>.</remarks>
public static class SyntheticReports
{
    private static readonly string[][] KnownPlaces =
    [
        ["Deir ez-Zor", "Deir Ez-Zor", "Deir ez Zor"],
        ["al-Mayadin", "Mayadin", "Al Mayadin"],
        ["Abu Kamal", "Abu-Kamal", "abu kamal"],
        ["Shuhail", "Shuḩail"],
        ["Kobanî", "Kobani"],
        ["al-Raqqa", "Raqqa", "Ar-Raqqa"],
        ["al-Omar oil field", "Omar oil field"],
        ["Palmyra", "palmyra"],
    ];

    private static readonly string[] Syllables = ["tal", "ain", "khan", "jab", "sheikh", "dar", "ras", "kafr", "bir", "hamr", "mas", "qar"];

    private static readonly (string Key, string[] Names, bool State)[] Actors =
    [
        ("isil", ["ISIL", "ISIS", "Islamic State"], false),
        ("syrian army", ["Syrian Army", "Syrian Arab Army"], true),
        ("nusra front", ["al-Nusra Front", "Nusra Front", "Al-Nusra Front"], false),
        ("fsa", ["FSA", "Free Syrian Army"], false),
        ("ypg", ["YPG", "ypg"], false),
    ];

    private static readonly EventKind[] Kinds =
        [EventKind.Attack, EventKind.Capture, EventKind.Bombing, EventKind.Airstrike, EventKind.Clashes, EventKind.Execution, EventKind.Shelling];

    private static readonly (string Name, ClaimantKind Kind)[] Monitors =
        [("SOHR", ClaimantKind.Named), ("OCHA", ClaimantKind.Named), ("Al-Masdar", ClaimantKind.Named), ("a military source", ClaimantKind.Descriptive)];

    private static readonly string[] Relays = ["AFP", "Reuters", "AP"];

    /// <summary>Generates documents' events and claims.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="options">The shape; defaults when <see langword="null"/>.</param>
    /// <returns>One set per document, in document order.</returns>
    public static IReadOnlyList<ExtractedSet> Generate(int seed, SyntheticOptions? options = null)
    {
        var o = options ?? new SyntheticOptions();
        if (o.Documents < 1 || o.Events < 0)
        {
            throw new ArgumentException("Documents must be at least 1 and Events not negative.", nameof(options));
        }

        var rng = new Random(seed);
        int places = o.Places > 0 ? o.Places : Math.Max(8, o.Events / 40);
        int span = o.SpanDays > 0 ? o.SpanDays : Math.Max(60, o.Events / 10);
        var start = new LocalDate(2014, 4, 1);

        var truth = (from i in Enumerable.Range(0, o.Events)
                     let day = start.PlusDays(rng.Next(span))
                     let place = rng.Next(places)
                     let initiator = rng.Next(Actors.Length)
                     let target = (initiator + 1 + rng.Next(Actors.Length - 1)) % Actors.Length
                     let kind = Kinds[rng.Next(Kinds.Length)]
                     let deaths = rng.Next(0, 60)
                     select new Truth(i, day, place, initiator, target, kind, deaths)).ToList();
        truth.Sort((a, b) => a.Day != b.Day ? a.Day.CompareTo(b.Day) : a.Index.CompareTo(b.Index));

        var docs = (from d in Enumerable.Range(0, o.Documents)
                    select new DocBuilder($"synthetic-{seed.ToString(CultureInfo.InvariantCulture)}-{d.ToString(CultureInfo.InvariantCulture)}.txt")).ToList();

        foreach (var t in truth)
        {
            foreach (var doc in docs)
            {
                if (rng.NextDouble() < o.ReportRate)
                {
                    Report(rng, o, doc, docs, t);
                }
            }
        }

        for (int k = 0; k + 1 < truth.Count; k++)
        {
            foreach (var doc in docs)
            {
                if (rng.NextDouble() < o.SummaryRate)
                {
                    var partner = truth.Skip(k + 1).Take(5).FirstOrDefault(t => t.Initiator == truth[k].Initiator && t.Day != truth[k].Day);
                    if (partner is not null)
                    {
                        Summarise(rng, doc, truth[k], partner);
                    }
                }
            }
        }

        return [.. from doc in docs select ExtractedSet.Create(doc.Id, doc.Events, doc.Claims)];
    }

    /// <summary>Generates a flat list of claims about <c>count / 4</c> quantities (about four claims each, from monitors,
    /// belligerents and media, with relays, updates and denials), for reconciliation benchmarks.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="count">How many claims.</param>
    /// <returns>The claims.</returns>
    public static IReadOnlyList<Claim> Claims(int seed, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var rng = new Random(seed);
        var start = new LocalDate(2014, 1, 1);
        var claimants = new[]
        {
            new Claimant("SOHR", "sohr", ClaimantKind.Named),
            new Claimant("Syrian Army", "syrian army", ClaimantKind.Named),
            new Claimant("SANA", "sana", ClaimantKind.Named),
            new Claimant("Amaq", "amaq", ClaimantKind.Named),
            new Claimant("SOHR", "sohr", ClaimantKind.Named, EquatableArray.Create("AFP")),
            new Claimant("a military source", null, ClaimantKind.Descriptive),
            new Claimant("OCHA", "ocha", ClaimantKind.Named),
        };
        var whoKeys = new[] { "isil", "syrian army", "civilians", "soldiers" };
        var sentence = "synthetic";
        return [.. from i in Enumerable.Range(0, count)
                   let q = i / 4
                   let who = whoKeys[q % whoKeys.Length]
                   let claimant = claimants[rng.Next(claimants.Length)]
                   let truthValue = (q * 7919 % 200) + 1
                   let value = Math.Max(0, truthValue + rng.Next(-10, 11))
                   let day = start.PlusDays(q % 1000)
                   let roll = rng.Next(100)
                   select new Claim(
                       "c" + i.ToString("D8", CultureInfo.InvariantCulture),
                       new ClaimSubject("q" + q.ToString(CultureInfo.InvariantCulture), ClaimAspect.Count, CasualtyCategory.Killed, who, who),
                       roll < 10 ? Estimate.MoreThan(value) : roll < 20 ? Estimate.Between(value, value + 10) : Estimate.Exactly(value),
                       null,
                       null,
                       claimant,
                       roll >= 95 ? ClaimStance.Denied : roll >= 90 ? ClaimStance.Claimed : ClaimStance.Reported,
                       UncertainDate.OnDay(day),
                       new Evidence("doc" + (q % 97).ToString(CultureInfo.InvariantCulture), new TextSpan(i % 1000, 10), sentence),
                       roll is >= 85 and < 90 && i % 4 > 0 ? "c" + (i - 1).ToString("D8", CultureInfo.InvariantCulture) : null)];
    }

    /// <summary>Generates the events of <see cref="Generate"/> with about <paramref name="count"/> events in all, for
    /// matching benchmarks.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="count">About how many events.</param>
    /// <returns>The events.</returns>
    public static IReadOnlyList<ConflictEvent> Events(int seed, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var sets = Generate(seed, new SyntheticOptions(Documents: 3, Events: Math.Max(1, (int)(count / 2.2)), RelayRate: 0, DuplicateRate: 0, SupersedeRate: 0, DenialRate: 0));
        return [.. sets.SelectMany(s => s.Events)];
    }

    /// <summary>Returns the spellings of synthetic place <paramref name="index"/>; they all share one name key.</summary>
    /// <param name="index">The place index.</param>
    /// <returns>The spellings.</returns>
    public static IReadOnlyList<string> PlaceSpellings(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        if (index < KnownPlaces.Length)
        {
            return KnownPlaces[index];
        }

        string a = Syllables[index % Syllables.Length];
        string b = Syllables[(index / Syllables.Length) % Syllables.Length];
        string n = (index / (Syllables.Length * Syllables.Length)).ToString(CultureInfo.InvariantCulture);
        string name = char.ToUpperInvariant(a[0]) + a[1..] + " " + char.ToUpperInvariant(b[0]) + b[1..] + " " + n;
        return [name, name.Replace(' ', '-'), "al-" + name, name.ToLowerInvariant()];
    }

    private static void Report(Random rng, SyntheticOptions o, DocBuilder doc, List<DocBuilder> docs, Truth t)
    {
        var spellings = PlaceSpellings(t.Place);
        string place = spellings[rng.Next(spellings.Count)];
        var (initKey, initNames, _) = Actors[t.Initiator];
        var (targetKey, targetNames, _) = Actors[t.Target];
        string initName = initNames[rng.Next(initNames.Length)];
        string targetName = targetNames[rng.Next(targetNames.Length)];
        bool keyed = rng.Next(3) > 0;
        UncertainDate date = rng.NextDouble() < o.ImpreciseRate
            ? (rng.Next(2) == 0
                ? UncertainDate.PartOfMonth(t.Day.Year, t.Day.Month, t.Day.Day <= 10 ? DateStatedAs.EarlyOfMonth : t.Day.Day <= 20 ? DateStatedAs.MidOfMonth : DateStatedAs.LateOfMonth)
                : UncertainDate.InMonth(t.Day.Year, t.Day.Month))
            : UncertainDate.OnDay(t.Day);
        string sentence = $"On {t.Day.ToString("d MMMM", CultureInfo.InvariantCulture)}, {initName} {Verb(t.Kind)} {place}.";
        int position = doc.Position;
        doc.Position += sentence.Length + 1;
        string eventId = $"{doc.Id}#e{position.ToString(CultureInfo.InvariantCulture)}";
        var evidence = new Evidence(doc.Id, new TextSpan(position, sentence.Length), sentence);
        var claimIds = new List<string>();

        int sources = 1 + rng.Next(3);
        for (int s = 0; s < sources; s++)
        {
            bool belligerent = rng.Next(4) == 0;
            Claimant claimant;
            ClaimStance stance;
            long value = t.Deaths;
            if (belligerent)
            {
                claimant = new Claimant(initName, keyed ? initKey : null, ClaimantKind.Named);
                stance = ClaimStance.Claimed;
                value = (t.Deaths * 2) + rng.Next(10);
            }
            else
            {
                var (name, kind) = Monitors[rng.Next(Monitors.Length)];
                claimant = new Claimant(name, null, kind);
                stance = ClaimStance.Reported;
                value = Math.Max(0, t.Deaths + rng.Next(-3, 4));
            }

            var estimate = rng.Next(6) == 0 ? Estimate.MoreThan(value) : Estimate.Exactly(value);
            string claimId = $"{eventId}#c{s.ToString(CultureInfo.InvariantCulture)}";
            var subject = new ClaimSubject(eventId, ClaimAspect.Count, CasualtyCategory.Killed, targetName, keyed ? targetKey : null);
            var claim = new Claim(claimId, subject, estimate, null, null, claimant, stance, date, evidence, null, estimate.ToString());
            doc.Claims.Add(claim);
            claimIds.Add(claimId);

            if (rng.NextDouble() < o.SupersedeRate)
            {
                var updated = claim with
                {
                    Id = claimId + "u",
                    Quantity = Estimate.Exactly(value + 1 + rng.Next(20)),
                    Stance = ClaimStance.Updated,
                    Supersedes = claimId,
                };
                doc.Claims.Add(updated);
                claimIds.Add(updated.Id);
            }

            if (belligerent && rng.NextDouble() < o.DenialRate)
            {
                var denial = claim with
                {
                    Id = claimId + "d",
                    Claimant = new Claimant(targetName, keyed ? targetKey : null, ClaimantKind.Named),
                    Stance = ClaimStance.Denied,
                };
                doc.Claims.Add(denial);
                claimIds.Add(denial.Id);
            }

            if (!belligerent && docs.Count > 1 && rng.NextDouble() < o.RelayRate)
            {
                var other = docs[rng.Next(docs.Count)];
                var relayed = claim with
                {
                    Id = $"{other.Id}#relay{other.Claims.Count.ToString(CultureInfo.InvariantCulture)}",
                    Claimant = claimant with { RelayedBy = EquatableArray.Create(Relays[rng.Next(Relays.Length)]) },
                    Evidence = new Evidence(other.Id, new TextSpan(other.Position, sentence.Length), sentence),
                };
                other.Position += sentence.Length + 1;
                other.Claims.Add(relayed);
            }

            if (docs.Count > 1 && rng.NextDouble() < o.DuplicateRate)
            {
                docs[rng.Next(docs.Count)].Claims.Add(claim);
            }
        }

        var actors = EquatableArray.Create(
            new EventActor(initName, keyed ? initKey : null, ActorRole.Initiator),
            new EventActor(targetName, keyed ? targetKey : null, ActorRole.Target));
        doc.Events.Add(new ConflictEvent(eventId, t.Kind, date, null, EquatableArray.Create(place), new EquatableArray<string?>(new string?[] { null }),
            actors, null, evidence, claimIds.ToEquatableArray(), sentence));
    }

    private static void Summarise(Random rng, DocBuilder doc, Truth first, Truth second)
    {
        var (key, names, _) = Actors[first.Initiator];
        string name = names[rng.Next(names.Length)];
        var placeA = PlaceSpellings(first.Place)[0];
        var placeB = PlaceSpellings(second.Place)[0];
        string sentence = $"Between {first.Day.ToString("d MMMM", CultureInfo.InvariantCulture)} and {second.Day.ToString("d MMMM", CultureInfo.InvariantCulture)}, {name} {Verb(first.Kind)} {placeA} and {placeB}.";
        int position = doc.Position;
        doc.Position += sentence.Length + 1;
        var places = first.Place == second.Place ? EquatableArray.Create(placeA) : EquatableArray.Create(placeA, placeB);
        doc.Events.Add(new ConflictEvent(
            $"{doc.Id}#e{position.ToString(CultureInfo.InvariantCulture)}",
            first.Kind == second.Kind ? first.Kind : EventKind.Unknown,
            UncertainDate.OneOf(first.Day, second.Day),
            null,
            places,
            places.Select(_ => (string?)null).ToEquatableArray(),
            EquatableArray.Create(new EventActor(name, key, ActorRole.Initiator)),
            null,
            new Evidence(doc.Id, new TextSpan(position, sentence.Length), sentence),
            EquatableArray<string>.Empty,
            sentence));
    }

    private static string Verb(EventKind kind) => kind switch
    {
        EventKind.Capture => "captured",
        EventKind.Bombing => "carried out a car bombing in",
        EventKind.Airstrike => "carried out airstrikes on",
        EventKind.Clashes => "clashed with rebels in",
        EventKind.Execution => "executed prisoners in",
        EventKind.Shelling => "shelled",
        _ => "attacked",
    };

    private sealed record Truth(int Index, LocalDate Day, int Place, int Initiator, int Target, EventKind Kind, int Deaths);

    private sealed class DocBuilder(string id)
    {
        public string Id { get; } = id;

        public List<ConflictEvent> Events { get; } = [];

        public List<Claim> Claims { get; } = [];

        public int Position { get; set; }
    }
}
