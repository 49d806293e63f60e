using System.Collections.Immutable;

namespace ConflictModel.Merge;

/// <summary>What kind of source a claimant is, for reliability weighting.</summary>
public enum ClaimantProfileKind
{
    /// <summary>A news outlet or a document without a named source.</summary>
    Media = 0,
    /// <summary>A monitoring group counting casualties on every side (e.g. SOHR).</summary>
    IndependentMonitor,
    /// <summary>A party to the fighting (an army, an armed group).</summary>
    Belligerent,
    /// <summary>A state news agency of a party to the fighting (e.g. SANA).</summary>
    StateMedia,
    /// <summary>The propaganda outlet of an armed group (e.g. Amaq).</summary>
    PropagandaOutlet,
    /// <summary>A United Nations body or another international organisation (e.g. OCHA).</summary>
    InternationalBody,
    /// <summary>An unnamed source ("a military source", "activists").</summary>
    AnonymousSource,
}

/// <summary>
/// How much a claimant is trusted, and whose side it is on: a belligerent's (or its media's) figure for its enemy's
/// losses or for its own gains is discounted.
/// </summary>
/// <param name="Kind">The kind of source.</param>
/// <param name="Weight">The base reliability weight, from 0 to 1.</param>
/// <param name="Side">The key of the side the claimant is aligned with, or <see langword="null"/> when non-partisan.</param>
/// <param name="OwnKeys">Names or keys (of actors and of counted groups such as <c>soldiers</c>) that belong to its own
/// side; a table stores them by key, with the side itself.</param>
/// <param name="Description">A short description used in explanations ("independent monitor").</param>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public sealed record ClaimantProfile(
    ClaimantProfileKind Kind,
    double Weight,
    string? Side = null,
    EquatableArray<string> OwnKeys = default,
    string? Description = null)
{
    /// <summary>Gets whether the claimant is aligned with a side.</summary>
    public bool IsPartisan => Side is not null;

    /// <summary>Returns the default base weight of a kind of source.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The weight, from 0 to 1.</returns>
    public static double DefaultWeight(ClaimantProfileKind kind) => kind switch
    {
        ClaimantProfileKind.IndependentMonitor => 0.9,
        ClaimantProfileKind.InternationalBody => 0.9,
        ClaimantProfileKind.Media => 0.7,
        ClaimantProfileKind.Belligerent => 0.6,
        ClaimantProfileKind.StateMedia => 0.5,
        ClaimantProfileKind.AnonymousSource => 0.4,
        ClaimantProfileKind.PropagandaOutlet => 0.3,
        _ => 0.5,
    };

    /// <summary>Creates a profile with the default weight of its kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="side">The aligned side's key, or <see langword="null"/>.</param>
    /// <param name="ownKeys">The keys of its own side.</param>
    /// <returns>The profile.</returns>
    public static ClaimantProfile Of(ClaimantProfileKind kind, string? side = null, params string[] ownKeys) =>
        new(kind, DefaultWeight(kind), side, ownKeys.ToEquatableArray(), null);

    /// <summary>Returns the description used in explanations.</summary>
    /// <returns>The description, or the kind in words.</returns>
    public string Describe() => Description ?? Kind switch
    {
        ClaimantProfileKind.IndependentMonitor => "independent monitor",
        ClaimantProfileKind.Belligerent => "belligerent",
        ClaimantProfileKind.StateMedia => "state media",
        ClaimantProfileKind.PropagandaOutlet => "propaganda outlet",
        ClaimantProfileKind.InternationalBody => "international body",
        ClaimantProfileKind.AnonymousSource => "anonymous source",
        _ => "media",
    };
}

/// <summary>
/// A table of <see cref="ClaimantProfile"/>s by claimant key. Claimants not in the table get a profile from their
/// <see cref="ClaimantKind"/>: the document itself and named outlets are <see cref="ClaimantProfileKind.Media"/>,
/// descriptions ("a military source") are <see cref="ClaimantProfileKind.AnonymousSource"/>.
/// </summary>
/// <remarks>Immutable and thread-safe; <see cref="With"/> returns a new table. Names are compared by the default name
/// key (the built-in entity registry's id by alias, otherwise the spelling-insensitive key), so "SOHR" and "Syrian
/// Observatory for Human Rights" find one profile.</remarks>
public sealed class ClaimantProfiles
{
    private static readonly string[] GovernmentOwn =
        ["syrian government", "syrian army", "syrian arab army", "saa", "government", "government forces", "regime",
         "syrian soldiers", "soldiers", "pro government forces", "ndf", "national defence forces", "syrian air force"];

    private static readonly string[] IsilOwn =
        ["isil", "isis", "islamic state", "is", "daesh", "isil militants", "isis militants", "isil fighters",
         "isis fighters", "militants", "jihadists"];

    private readonly ImmutableDictionary<string, ClaimantProfile> _byKey;

    private ClaimantProfiles(ImmutableDictionary<string, ClaimantProfile> byKey) => _byKey = byKey;

    /// <summary>Gets an empty table: every claimant gets the profile of its <see cref="ClaimantKind"/>.</summary>
    public static ClaimantProfiles Empty { get; } = new(ImmutableDictionary.Create<string, ClaimantProfile>(StringComparer.Ordinal));

    /// <summary>Gets the default table of well-known claimants of the Syrian civil war: SOHR (independent
    /// monitor), SANA (state media), Amaq (propaganda outlet), the Syrian Army and ISIL (belligerents), OCHA and the UN
    /// (international bodies), Al-Masdar (pro-government media), "a military source" (anonymous).</summary>
    public static ClaimantProfiles Default { get; } = Empty
        .With("SOHR", ClaimantProfile.Of(ClaimantProfileKind.IndependentMonitor))
        .With("Syrian Observatory for Human Rights", ClaimantProfile.Of(ClaimantProfileKind.IndependentMonitor))
        .With("SANA", ClaimantProfile.Of(ClaimantProfileKind.StateMedia, "syrian government", GovernmentOwn))
        .With("Syrian Arab News Agency", ClaimantProfile.Of(ClaimantProfileKind.StateMedia, "syrian government", GovernmentOwn))
        .With("Amaq", ClaimantProfile.Of(ClaimantProfileKind.PropagandaOutlet, "isil", IsilOwn))
        .With("Amaq News Agency", ClaimantProfile.Of(ClaimantProfileKind.PropagandaOutlet, "isil", IsilOwn))
        .With("Syrian Army", ClaimantProfile.Of(ClaimantProfileKind.Belligerent, "syrian government", GovernmentOwn))
        .With("Syrian Arab Army", ClaimantProfile.Of(ClaimantProfileKind.Belligerent, "syrian government", GovernmentOwn))
        .With("Syrian government", ClaimantProfile.Of(ClaimantProfileKind.Belligerent, "syrian government", GovernmentOwn))
        .With("ISIL", ClaimantProfile.Of(ClaimantProfileKind.Belligerent, "isil", IsilOwn))
        .With("ISIS", ClaimantProfile.Of(ClaimantProfileKind.Belligerent, "isil", IsilOwn))
        .With("Islamic State", ClaimantProfile.Of(ClaimantProfileKind.Belligerent, "isil", IsilOwn))
        .With("OCHA", ClaimantProfile.Of(ClaimantProfileKind.InternationalBody))
        .With("United Nations", ClaimantProfile.Of(ClaimantProfileKind.InternationalBody))
        .With("Al-Masdar", ClaimantProfile.Of(ClaimantProfileKind.Media, "syrian government", GovernmentOwn) with { Description = "pro-government media" })
        .With("Al-Masdar News", ClaimantProfile.Of(ClaimantProfileKind.Media, "syrian government", GovernmentOwn) with { Description = "pro-government media" })
        .With("a military source", ClaimantProfile.Of(ClaimantProfileKind.AnonymousSource));

    /// <summary>Returns the key under which names (of claimants, sides and groups) are compared in the table.</summary>
    /// <param name="name">A name or key.</param>
    /// <returns>The key.</returns>
    public static string KeyOf(string name) => NameKeys.Normalize(name);

    /// <summary>Gets the number of claimants in the table.</summary>
    public int Count => _byKey.Count;

    /// <summary>Returns a table with <paramref name="profile"/> for the claimant <paramref name="nameOrKey"/>.</summary>
    /// <param name="nameOrKey">The claimant's name or key.</param>
    /// <param name="profile">The profile.</param>
    /// <returns>The new table.</returns>
    /// <exception cref="ArgumentException"><paramref name="nameOrKey"/> is empty.</exception>
    public ClaimantProfiles With(string nameOrKey, ClaimantProfile profile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameOrKey);
        ArgumentNullException.ThrowIfNull(profile);
        var own = profile.Side is { } side ? profile.OwnKeys.Append(side) : profile.OwnKeys;
        var normalised = profile with { OwnKeys = own.Select(NameKeys.Normalize).Distinct(StringComparer.Ordinal).ToEquatableArray() };
        return new ClaimantProfiles(_byKey.SetItem(NameKeys.Normalize(nameOrKey), normalised));
    }

    /// <summary>Returns the profile of a claimant: by its key, then its name, then its <see cref="ClaimantKind"/>.</summary>
    /// <param name="claimant">The claimant.</param>
    /// <returns>The profile.</returns>
    public ClaimantProfile Resolve(Claimant claimant)
    {
        ArgumentNullException.ThrowIfNull(claimant);
        if (claimant.Key is { } key && _byKey.TryGetValue(NameKeys.Normalize(key), out var byKey))
        {
            return byKey;
        }

        if (_byKey.TryGetValue(NameKeys.Normalize(claimant.Name), out var byName))
        {
            return byName;
        }

        return claimant.Kind switch
        {
            ClaimantKind.Document => DocumentProfile,
            ClaimantKind.Descriptive => AnonymousProfile,
            _ => MediaProfile,
        };
    }

    private static ClaimantProfile DocumentProfile { get; } =
        new(ClaimantProfileKind.Media, 0.6, null, default, "the document itself, no source named");

    private static ClaimantProfile AnonymousProfile { get; } = ClaimantProfile.Of(ClaimantProfileKind.AnonymousSource);

    private static ClaimantProfile MediaProfile { get; } = ClaimantProfile.Of(ClaimantProfileKind.Media);
}
