using ConflictModel.Merge;
using NodaTime;

namespace ConflictModel.Samples.Queries;

/// <summary>
/// Events and claims of four short reports, coded by hand the way the Extraction stage produces them (one
/// <see cref="ExtractedSet"/> per document), so that the sample's output is stable; the queries do not care where the
/// claims came from (<c>Extractor.Extract(article)</c> gives the same shape).
/// </summary>
internal static class HandCodedReports
{
    private static int _offset;

    /// <summary>Spelling-insensitive keys plus a few aliases (the built-in registry does this once it is wired).</summary>
    public static string Key(string name)
    {
        string basic = MergeOptions.Default.NameKey(name);
        return basic switch
        {
            "albu kamal" or "al bokamal" => "abu kamal",
            "isis" or "islamic state" or "is" or "daesh" => "isil",
            "tadmur" => "palmyra",
            "syrian arab army" or "government forces" => "syrian army",
            _ => basic,
        };
    }

    public static IReadOnlyList<ExtractedSet> All() =>
    [
        // An encyclopedia article on the battle of Abu Kamal (military-wiki).
        ExtractedSet.Create("abu-kamal-2017.military-wiki",
            [
                Event("w1", "abu-kamal-2017.military-wiki", EventKind.Capture, Day(2017, 11, 9), "Abu Kamal", ("Syrian Army", "ISIL"), "State media announced the capture of Abu Kamal"),
                Event("w2", "abu-kamal-2017.military-wiki", EventKind.Recapture, Day(2017, 11, 11), "Abu Kamal", ("ISIL", "Syrian Army"), "ISIL counter-attack regains most of the town"),
                Event("w3", "abu-kamal-2017.military-wiki", EventKind.Capture, Day(2017, 11, 19), "Abu Kamal", ("Syrian Army", "ISIL"), "Army declares full control of Abu Kamal"),
            ],
            [
                Killed("w-c1", "w3", "abu-kamal-2017.military-wiki", "SOHR", Estimate.AtLeast(48), "government forces", Days(2017, 11, 8, 19)),
                Killed("w-c2", "w3", "abu-kamal-2017.military-wiki", "SOHR", Estimate.Exactly(61), "government forces", Days(2017, 11, 8, 19), ClaimStance.Updated, supersedes: "w-c1"),
            ]),

        // A news piece on the same days, spelled Albu Kamal / ISIS (news-article).
        ExtractedSet.Create("albu-kamal-2017.news-article",
            [
                Event("n1", "albu-kamal-2017.news-article", EventKind.Recapture, Day(2017, 11, 11), "Albu Kamal", ("ISIS", "Syrian Army"), "ISIS fighters struck back and retook most of Albu Kamal"),
                Event("n2", "albu-kamal-2017.news-article", EventKind.Capture, Day(2017, 11, 19), "Albu Kamal", ("Syrian Army", "ISIS"), "The Syrian army said it had taken full control of Albu Kamal"),
            ],
            [
                Killed("n-c1", "n2", "albu-kamal-2017.news-article", "a militia commander", Estimate.UpTo(39), "government forces", Days(2017, 11, 8, 19), ClaimStance.Claimed),
                Killed("n-c2", "n2", "albu-kamal-2017.news-article", "SOHR", new Estimate(120, 120, 120, EstimateKind.Approximately), "ISIS", Days(2017, 11, 8, 19)),
                Killed("n-c3", "n2", "albu-kamal-2017.news-article", "pro-government outlets", Estimate.MoreThan(300), "ISIS", Days(2017, 11, 8, 19), ClaimStance.Claimed),
            ]),

        // Two reports of the Palmyra offensive (wiki-infobox and markdown), spelled Tadmur / Palmyra.
        ExtractedSet.Create("palmyra-2015.wiki-infobox",
            [Event("p1", "palmyra-2015.wiki-infobox", EventKind.Capture, Days(2015, 5, 20, 21), "Tadmur", ("ISIS", "Syrian Army"), "ISIS in full control of Tadmur")],
            [Killed("p-c1", "p1", "palmyra-2015.wiki-infobox", "SOHR", Estimate.AtLeast(217), "civilians and captives", Days(2015, 5, 16, 24), category: CasualtyCategory.Executed)]),
        ExtractedSet.Create("palmyra-2015.markdown-frontmatter",
            [Event("m1", "palmyra-2015.markdown-frontmatter", EventKind.Capture, Days(2015, 5, 20, 21), "Palmyra", ("Islamic State", "Syrian Army"), "ISIL controlled Palmyra")],
            [Killed("m-c1", "m1", "palmyra-2015.markdown-frontmatter", "Syrian state media", Estimate.Approximately(400), "civilians and captives", Days(2015, 5, 16, 24), ClaimStance.Claimed, category: CasualtyCategory.Executed)]),
    ];

    private static UncertainDate Day(int y, int m, int d) => UncertainDate.OnDay(new LocalDate(y, m, d));

    private static UncertainDate Days(int y, int m, int first, int last) => UncertainDate.OneOf(new LocalDate(y, m, first), new LocalDate(y, m, last));

    private static ConflictEvent Event(string id, string doc, EventKind kind, UncertainDate when, string place, (string Initiator, string Target) actors, string sentence) =>
        new(id, kind, when, null,
            new[] { place }.ToEquatableArray(),
            new string?[] { null }.ToEquatableArray(),
            new[] { new EventActor(actors.Initiator, null, ActorRole.Initiator), new EventActor(actors.Target, null, ActorRole.Target) }.ToEquatableArray(),
            null,
            new Evidence(doc, new TextSpan(Interlocked.Add(ref _offset, 50), sentence.Length), sentence),
            EquatableArray<string>.Empty,
            sentence);

    private static Claim Killed(string id, string eventId, string doc, string claimant, Estimate value, string who, UncertainDate scope,
        ClaimStance stance = ClaimStance.Reported, string? supersedes = null, CasualtyCategory category = CasualtyCategory.Killed) =>
        new(id,
            new ClaimSubject(eventId, ClaimAspect.Count, category, who, Key(who)),
            value, null, null,
            new Claimant(claimant, Key(claimant), ClaimantKind.Named),
            stance, scope,
            new Evidence(doc, new TextSpan(Interlocked.Add(ref _offset, 50), 40), $"{claimant} put the toll at {value}."),
            supersedes);
}
