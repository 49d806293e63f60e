namespace ConflictModel;

/// <summary>How a claimant is known.</summary>
public enum ClaimantKind
{
    /// <summary>No source is named: the document itself asserts it.</summary>
    Document = 0,
    /// <summary>A named entity (SOHR, the Syrian Army, Amaq).</summary>
    Named,
    /// <summary>A description ("a military source", "opposition sources").</summary>
    Descriptive,
}

/// <summary>Who makes a claim.</summary>
/// <param name="Name">The name as written or its canonical form ("SOHR", "a military source").</param>
/// <param name="Key">The registry key of the entity, or <see langword="null"/> when not in the registry.</param>
/// <param name="Kind">How the claimant is known.</param>
/// <param name="RelayedBy">Outlets that relayed the claim from this primary claimant ("AFP" quoting SOHR).</param>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public sealed record Claimant(string Name, string? Key, ClaimantKind Kind, EquatableArray<string> RelayedBy = default)
{
    /// <summary>Gets the claimant used when the document asserts something without naming a source.</summary>
    public static Claimant DocumentItself { get; } = new("document", null, ClaimantKind.Document);

    /// <summary>Gets the identity used to decide whether two claims come from one claimant: the key when known,
    /// otherwise the lower-cased name.</summary>
    public string Identity => Key ?? Name.ToLowerInvariant();
}
