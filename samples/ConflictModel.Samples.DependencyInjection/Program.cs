// Dependency injection: register the pipeline once, resolve it where needed, parse, merge, serialise.
//
// TODO (lead): when the Foundation's AddConflictModel(...) lands, replace the two manual registrations below with
//   services.AddConflictModel(o => o.Policy = ReconciliationPolicy.Conservative);
// and resolve the pipeline object it registers; when Extraction lands, extract the parsed article into an
// ExtractedSet (Extractor.Extract) instead of the empty set used below, and print the merge JSON.
using ConflictModel.Formats;
using ConflictModel.Merge;
using Microsoft.Extensions.DependencyInjection;

var services = new ServiceCollection();
services.AddSingleton(ArticleReaders.Default);                                                   // immutable, thread-safe
services.AddSingleton(MergeOptions.Default with { Policy = ReconciliationPolicy.Conservative }); // a value

using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

// Resolve and parse.
var readers = provider.GetRequiredService<ArticleReaders>();
const string text = """
    = Battle of Example Ridge (2016) =

    Infobox
    - Conflict: Battle of Example Ridge (2016)
    - Date: 3–5 March 2016
    - Place: Example Ridge, Syria
    - Casualties1: 12 killed
    - Casualties2: 20+ killed

    ==Battle==
    On 3 March, fighting broke out on the ridge.
    """;
Article article = readers.Read(text, "example-ridge");
Console.WriteLine($"parsed: {article.Format}, '{article.Title}', {article.Sections.Count} section(s), infobox date {article.Infobox?.Date?.Period}");

// Serialise with the library's JSON contract.
Console.WriteLine(ArticleJson.Serialize(article));

// Merge under the registered policy. Until Extraction lands the document contributes no events (see TODO above).
var options = provider.GetRequiredService<MergeOptions>();
MergedTimeline timeline = TimelineBuilder.Merge([ExtractedSet.Create(article.DocumentId, [], [])], options);
Console.WriteLine($"merged under '{options.Policy.Name}': {timeline.Documents.Count} document(s), {timeline.Events.Length} event(s) (extraction not wired yet)");
