using ConflictModel.Extraction;
using ConflictModel.Merge;

namespace ConflictModel.Pipeline;

/// <summary>Turns the output of extraction into the input of a merge.</summary>
public static class ExtractedDocumentExtensions
{
    /// <summary>Returns the merge input of one extracted document: its id, its events (with the summary event first
    /// when the extractor did not already list it among them) and its claims.</summary>
    /// <param name="document">The extracted document.</param>
    /// <returns>The set of events and claims.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The document id is empty.</exception>
    public static ExtractedSet ToExtractedSet(this ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        IEnumerable<ConflictEvent> events = document.Events;
        if (document.SummaryEvent is { } summary && !document.Events.Any(e => string.Equals(e.Id, summary.Id, StringComparison.Ordinal)))
        {
            events = document.Events.Prepend(summary);
        }

        return ExtractedSet.Create(document.DocumentId, events, document.Claims);
    }
}
