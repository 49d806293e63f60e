// Dependency injection: AddConflictModel registers the library's options and its JSON settings; the pipeline's
// parts (readers, extractor, merge options) are immutable, thread-safe singletons. Resolve them where needed:
// parse, extract, merge, serialise.
//
// TODO (lead): AddConflictModel registers only ConflictModelOptions and JsonSerializerOptions so far ("later areas
// register their services here"). When it registers the readers, the extractor and the merge options, drop the three
// manual registrations below.
using System.Text.Json;
using ConflictModel.DependencyInjection;
using ConflictModel.Export;
using ConflictModel.Extraction;
using ConflictModel.Formats;
using ConflictModel.Merge;
using Microsoft.Extensions.DependencyInjection;

var services = new ServiceCollection();
services.AddConflictModel(o => o.IndentJson = true);
services.AddConflictModel(o => o.IndentJson = false);   // a second call keeps the first registration
services.AddSingleton(ArticleReaders.Default);
services.AddSingleton(Extractor.Default);
services.AddSingleton(MergeOptions.Default with { Policy = ReconciliationPolicy.Conservative });

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

// Resolve and parse, then extract.
var readers = provider.GetRequiredService<ArticleReaders>();
var extractor = provider.GetRequiredService<Extractor>();
var sets = new List<ExtractedSet>();
for (int i = 0; i < reports.Length; i++)
{
    Article article = readers.Read(reports[i], $"report-{i + 1}");
    ExtractedDocument extracted = extractor.Extract(article);
    Console.WriteLine($"report-{i + 1}: {article.Format}, '{article.Title}', {extracted.Events.Count} event(s), {extracted.Claims.Count} claim(s)");
    sets.Add(ExtractedSet.Create(article.DocumentId, extracted.Events, extracted.Claims));
}

// Merge under the registered policy.
var options = provider.GetRequiredService<MergeOptions>();
MergedTimeline timeline = TimelineBuilder.Merge(sets, options);
Console.WriteLine($"merged under '{options.Policy.Name}': {timeline.Events.Length} event(s), {timeline.Contested.Count()} contested figure(s)");

// Serialise: model values with the registered JSON settings, the merged timeline with its exporter.
var json = provider.GetRequiredService<JsonSerializerOptions>();
Console.WriteLine(JsonSerializer.Serialize(timeline.Events.First().When, json));
Console.WriteLine(TimelineJson.ToJsonLines(timeline).Split('\n')[0]);
