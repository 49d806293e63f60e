using ConflictModel.Cli.Input;
using ConflictModel.Extraction;
using ConflictModel.Formats;
using ConflictModel.Merge;

namespace ConflictModel.Cli.Analysis;

/// <summary>The library's pipeline for one document: detect and read the format, then extract events and claims.</summary>
public static class PipelineExtraction
{
    /// <summary>Returns the events and claims of one document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The extracted set.</returns>
    public static ExtractedSet Extract(InputDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var article = ArticleReaders.Default.Read(document.Text, document.Name);
        var extracted = Extractor.Default.Extract(article);
        return ExtractedSet.Create(document.Name, extracted.Events, extracted.Claims);
    }
}
