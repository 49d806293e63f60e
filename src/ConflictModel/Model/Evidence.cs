namespace ConflictModel;

/// <summary>
/// Where something was read: the document, the character span in the original input, the sentence, and the
/// reference numbers cited for it.
/// </summary>
/// <param name="Document">The document identifier (usually the file name).</param>
/// <param name="Span">The character span in the original input text.</param>
/// <param name="Sentence">The sentence the span lies in, as read (citation markers removed).</param>
/// <param name="Section">The heading of the section, or <see langword="null"/> for the lead or the infobox.</param>
/// <param name="Citations">The numbers of the references cited for this text.</param>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public sealed record Evidence(
    string Document,
    TextSpan Span,
    string Sentence,
    string? Section = null,
    EquatableArray<int> Citations = default);
