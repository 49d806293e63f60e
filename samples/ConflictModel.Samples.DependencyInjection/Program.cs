// Dependency injection: AddConflictModel registers the library's options and its JSON settings; resolve them where
// needed, parse, merge, serialise.
//
// TODO (lead): AddConflictModel registers only ConflictModelOptions and JsonSerializerOptions so far ("later areas
// register their services here"). When readers, the extractor and the merge engine are registered by it, drop the
// two manual registrations below, resolve those services instead, and extract the parsed article
// (Extractor.Extract) instead of merging the empty set used below.
using System.Text.Json;
using ConflictModel;
using ConflictModel.DependencyInjection;
using ConflictModel.Formats;
using ConflictModel.Merge;
using Microsoft.Extensions.DependencyInjection;

var services = new ServiceCollection();
services.AddConflictModel(o => o.IndentJson = true);
services.AddConflictModel(o => o.IndentJson = false);   // a second call keeps the first registration
services.AddSingleton(ArticleReaders.Default);                                                   // immutable, thread-safe
services.AddSingleton(MergeOptions.Default with { Policy = ReconciliationPolicy.Conservative }); // a value

using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
Console.WriteLine($"IndentJson = {provider.GetRequiredService<ConflictModelOptions>().IndentJson} (the first registration wins)");

// Resolve and parse.
var readers = provider.GetRequiredService<ArticleReaders>();
const string text = """
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
    On 3 March, fighting broke out on the ridge.
    """;
Article article = readers.Read(text, "example-ridge");
Console.WriteLine($"parsed: {article.Format}, '{article.Title}', {article.Sections.Count} section(s), infobox date {article.Infobox?.Date?.Period}");

// Serialise model values with the registered JSON settings (the documented contract: camelCase, EDTF, ISO days).
var json = provider.GetRequiredService<JsonSerializerOptions>();
var casualties = article.Infobox!.Sides.SelectMany(s => s.Casualties).Select(c => new { c.Text, c.Figures }).ToArray();
Console.WriteLine(JsonSerializer.Serialize(new { period = article.Infobox.Date?.Period, casualties }, json));

// Merge under the registered policy. Until Extraction lands the document contributes no events (see TODO above).
var options = provider.GetRequiredService<MergeOptions>();
MergedTimeline timeline = TimelineBuilder.Merge([ExtractedSet.Create(article.DocumentId, [], [])], options);
Console.WriteLine($"merged under '{options.Policy.Name}': {timeline.Documents.Count} document(s), {timeline.Events.Length} event(s) (extraction not wired yet)");
