using ConflictModel.Cli.Input;
using ConflictModel.Merge;
using ConflictModel.Pipeline;

namespace ConflictModel.Cli.Analysis;

/// <summary>The library's pipeline for one document: detect and read the format, then extract events and claims
/// (<see cref="ConflictModelPipeline.Process"/>), as merge input (<see cref="ExtractedDocumentExtensions.ToExtractedSet"/>).</summary>
public static class PipelineExtraction
{
    /// <summary>Returns the events and claims of one document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The extracted set.</returns>
    public static ExtractedSet Extract(InputDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ConflictModelPipeline.Default.Process(document.Text, document.Name).ToExtractedSet();
    }
}
