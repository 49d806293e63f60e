using ConflictModel.Merge;
using NodaTime;

namespace ConflictModel.Tests.Merge;

/// <summary>Hand-built claims and events for merge tests (short texts written for the tests).</summary>
internal static class ClaimFactory
{
    private static int _position;

    public static readonly UncertainDate Dec2To5 = UncertainDate.OneOf(new LocalDate(2014, 12, 2), new LocalDate(2014, 12, 5));

    public static readonly UncertainDate Dec2To6 = UncertainDate.OneOf(new LocalDate(2014, 12, 2), new LocalDate(2014, 12, 6));

    public static Claim Count(
        string id,
        string claimant,
        Estimate value,
        string who,
        string? whoKey,
        ClaimStance stance = ClaimStance.Reported,
        string eventId = "ev",
        UncertainDate? scope = null,
        string document = "doc-a",
        string? supersedes = null,
        EquatableArray<string> relayedBy = default,
        ClaimantKind kind = ClaimantKind.Named,
        CasualtyCategory category = CasualtyCategory.Killed)
    {
        int start = Interlocked.Add(ref _position, 10);
        return new Claim(
            id,
            new ClaimSubject(eventId, ClaimAspect.Count, category, who, whoKey),
            value,
            null,
            null,
            new Claimant(claimant, null, kind, relayedBy),
            stance,
            scope ?? Dec2To5,
            new Evidence(document, new TextSpan(start, 10), $"{claimant} gave {value}."),
            supersedes,
            value.ToString());
    }

    public static ConflictEvent Event(
        string id,
        string document,
        EventKind kind,
        UncertainDate date,
        string[] places,
        (string Name, string? Key)[] actors,
        int start = 0,
        string? sentence = null,
        string?[]? placeKeys = null,
        string? parentId = null,
        params string[] claimIds) =>
        new(
            id,
            kind,
            date,
            null,
            places.ToEquatableArray(),
            (placeKeys ?? places.Select(_ => (string?)null).ToArray()).ToEquatableArray(),
            actors.Select((a, i) => new EventActor(a.Name, a.Key, i == 0 ? ActorRole.Initiator : ActorRole.Target)).ToEquatableArray(),
            parentId,
            new Evidence(document, new TextSpan(start, 40), sentence ?? id),
            claimIds.ToEquatableArray(),
            sentence);

    public static UncertainDate Day(int year, int month, int day) => UncertainDate.OnDay(new LocalDate(year, month, day));

    public static UncertainDate Days(int year, int month, int first, int last) =>
        UncertainDate.OneOf(new LocalDate(year, month, first), new LocalDate(year, month, last));

    public static ExtractedSet Set(string document, IEnumerable<ConflictEvent> events, IEnumerable<Claim> claims) =>
        ExtractedSet.Create(document, events, claims);
}
