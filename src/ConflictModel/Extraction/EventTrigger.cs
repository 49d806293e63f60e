namespace ConflictModel.Extraction;

/// <summary>The grammatical voice of an event trigger, which decides who acted and who was acted on.</summary>
public enum TriggerVoice
{
    /// <summary>Active: the subject before the trigger acts ("ISIL captured the town").</summary>
    Active = 0,
    /// <summary>Passive: the subject undergoes it and <c>by X</c> names who acted ("the town was captured by ISIL").</summary>
    Passive,
    /// <summary>A noun or noun phrase ("an airstrike", "clashes between X and Y"): no subject role.</summary>
    Nominal,
}

/// <summary>A phrase in a sentence that signals an event of some kind.</summary>
/// <param name="Kind">The kind of event.</param>
/// <param name="Span">Where the phrase stands in the sentence.</param>
/// <param name="Text">The phrase as written.</param>
/// <param name="Voice">The voice, which decides the roles of the actors around it.</param>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public sealed record EventTrigger(EventKind Kind, TextSpan Span, string Text, TriggerVoice Voice);
