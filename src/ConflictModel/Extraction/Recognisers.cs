using ConflictModel.Recognition;

namespace ConflictModel.Extraction;

/// <summary>
/// The one bridge from extraction to the shared recognisers of numbers, casualty figures, attribution and the
/// entity registry (namespace <c>ConflictModel.Recognition</c>). Extraction never parses numbers, dates or names
/// itself. Immutable and thread-safe.
/// </summary>
internal sealed class Recognisers
{
    public Recognisers(EntityRegistry registry)
    {
        Registry = registry;
        Attribution = ReferenceEquals(registry, EntityRegistry.Default) ? AttributionRecognizer.Default : new AttributionRecognizer(registry);
        Casualty = ReferenceEquals(registry, EntityRegistry.Default)
            ? CasualtyRecognizer.Default
            : new CasualtyRecognizer(NumberRecognizer.Default, Attribution);
    }

    public EntityRegistry Registry { get; }

    public AttributionRecognizer Attribution { get; }

    public CasualtyRecognizer Casualty { get; }

    public NumberRecognizer Numbers => NumberRecognizer.Default;

    public DateRecognizer Dates => DateRecognizer.Default;
}
