// Dependency injection: AddConflictModel registers the library's options, the pipeline built from them and its
// parts (readers, extractor, entity registry, merge options), and the JSON settings, all as immutable, thread-safe
// singletons. Resolve them where needed: parse, extract, merge, serialise.
using System.Text.Json;
using ConflictModel.DependencyInjection;
using ConflictModel.Export;
using ConflictModel.Extraction;
using ConflictModel.Formats;
using ConflictModel.Merge;
using ConflictModel.Pipeline;
using Microsoft.Extensions.DependencyInjection;

var services = new ServiceCollection();
services.AddConflictModel(o =>
{
    o.IndentJson = true;
    o.Policy = ReconciliationPolicy.Conservative;
});
services.AddConflictModel(o => o.IndentJson = false);   // a second call keeps the first registration

using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
Console.WriteLine($"IndentJson = {provider.GetRequiredService<ConflictModelOptions>().IndentJson} (the first registration wins)");

// Two short reports of one (invented) clash, written for this sample.
string[] reports =
[
    """
    = Battle of Example Ridge (2016) =

    Infobox
    - Conflict: Battle of Example Ridge (2016)
    - Date: 3–5 March 2016
    - Place: Example Ridge, Syria
    - Combatant1: Rebel coalition
    - Combatant2: Syrian Army
    - Casualties1: 12 killed
    - Casualties2: 20+ killed

    ==Battle==
    On 3 March, rebels attacked army positions on Example Ridge. The SOHR said 12 rebels were killed.
    """,
    """
    Rebels attack army posts on Example Ridge

    On March 3, rebels attacked army positions on Example Ridge, in 2016 the scene of repeated clashes. A military source said 30 rebels were killed; the SOHR put the toll at 12.

    Tags: , ,
    """,
];

// Resolve the pipeline; parse, then extract.
var pipeline = provider.GetRequiredService<ConflictModelPipeline>();
var documents = new List<ExtractedDocument>();
for (int i = 0; i < reports.Length; i++)
{
    Article article = pipeline.Read(reports[i], $"report-{i + 1}");
    ExtractedDocument extracted = pipeline.Extract(article);
    Console.WriteLine($"report-{i + 1}: {article.Format}, '{article.Title}', {extracted.Events.Count} event(s), {extracted.Claims.Count} claim(s)");
    documents.Add(extracted);
}

// Merge under the registered policy (the same MergeOptions singleton the pipeline uses).
var options = provider.GetRequiredService<MergeOptions>();
MergedTimeline timeline = pipeline.Merge(documents);
Console.WriteLine($"merged under '{timeline.Options.Policy.Name}' (registered: '{options.Policy.Name}'): {timeline.Events.Length} event(s), {timeline.Contested.Count()} contested figure(s)");

// Serialise: model values with the registered JSON settings, the merged timeline with its exporter.
var json = provider.GetRequiredService<JsonSerializerOptions>();
Console.WriteLine(JsonSerializer.Serialize(timeline.Events.First().When, json));
Console.WriteLine(TimelineJson.ToJsonLines(timeline).Split('\n')[0]);
