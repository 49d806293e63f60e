namespace ConflictModel.Recognition;

/// <summary>What an <see cref="Entity"/> is.</summary>
public enum EntityKind
{
    /// <summary>An armed actor: a group, force, side or coalition.</summary>
    Actor = 0,
    /// <summary>A place: a city, town, province, field or site.</summary>
    Place,
    /// <summary>A source of claims that is not itself an armed actor: a monitor, agency, newspaper.</summary>
    Claimant,
    /// <summary>A military unit inside an actor.</summary>
    Unit,
    /// <summary>A person.</summary>
    Person,
    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>A canonical entity (actor, place, claimant) with the names it is known by.</summary>
/// <param name="Id">A stable identifier ("isis", "deir-ez-zor"); also used as <see cref="Claimant.Key"/>.</param>
/// <param name="CanonicalName">The canonical name ("Islamic State", "Deir ez-Zor").</param>
/// <param name="Kind">What it is.</param>
/// <param name="Aliases">Other names and spellings. The canonical and short names need not be repeated.</param>
/// <param name="ShortName">A short name used when naming a claimant ("SOHR"), or <see langword="null"/>.</param>
/// <param name="ParentId">The id of an enclosing entity (a unit's army, a city's province), or <see langword="null"/>.</param>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public sealed record Entity(
    string Id,
    string CanonicalName,
    EntityKind Kind,
    EquatableArray<string> Aliases = default,
    string? ShortName = null,
    string? ParentId = null)
{
    /// <summary>Gets the canonical name, the short name and the aliases, in that order.</summary>
    public IEnumerable<string> AllNames
    {
        get
        {
            yield return CanonicalName;
            if (ShortName is not null)
            {
                yield return ShortName;
            }

            foreach (var a in Aliases)
            {
                yield return a;
            }
        }
    }

    /// <summary>Gets the name used for a claimant: the short name when there is one, else the canonical name.</summary>
    public string DisplayName => ShortName ?? CanonicalName;
}

/// <summary>An entity found in text.</summary>
/// <param name="Span">Where the name stands.</param>
/// <param name="Text">The name as written.</param>
/// <param name="Entity">The entity it resolves to.</param>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public sealed record EntityMention(TextSpan Span, string Text, Entity Entity);
