using ConflictModel.Cli.Analysis;
using ConflictModel.Cli.Input;
using NodaTime;

namespace ConflictModel.Tests.Cli;

/// <summary>A hand-made pipeline for the verb tests: fixed rows, records what it was given.</summary>
internal sealed class FakeAnalysis : IConflictAnalysis
{
    public static readonly TimelineRow[] Rows =
    [
        new("m-abukamal", "Battle of Abu Kamal", EventKind.Battle,
            UncertainDate.OneOf(new LocalDate(2017, 11, 8), new LocalDate(2017, 11, 19)),
            ["Abu Kamal"], ["Syrian Army", "Islamic State"],
            [new("killed, government forces", new Estimate(48, 61, 61, EstimateKind.Range), true, "SOHR: 61 (updated from 48); militia commander: fewer than 40")],
            ["example:abu-kamal-2017.military-wiki.txt", "example:albu-kamal-2017.news-article.txt"]),
        new("m-counter", "ISIL counter-attack", EventKind.Recapture,
            UncertainDate.OnDay(new LocalDate(2017, 11, 11)),
            ["Abu Kamal"], ["Islamic State"], [], ["example:abu-kamal-2017.military-wiki.txt"]),
        new("m-palmyra", "Fall of Palmyra", EventKind.Capture,
            UncertainDate.OneOf(new LocalDate(2015, 5, 20), new LocalDate(2015, 5, 21)),
            ["Palmyra"], ["Islamic State", "Syrian Army"],
            [new("executed", new Estimate(217, 400, 217, EstimateKind.Range), true, "SOHR: 217; state media: about 400")],
            ["example:palmyra-2015.wiki-infobox.txt"]),
    ];

    public bool IsAvailable => true;

    public string? Note => null;

    public List<InputDocument> Seen { get; } = [];

    public AnalysisRequest? LastRequest { get; private set; }

    public IReadOnlyList<TimelineRow> Timeline(IReadOnlyList<InputDocument> documents, AnalysisRequest request)
    {
        Seen.AddRange(documents);
        LastRequest = request;
        return TimelineTable.Filter(Rows, request);
    }

    public void WriteMerge(IReadOnlyList<InputDocument> documents, AnalysisRequest request, TextWriter stdout)
    {
        Seen.AddRange(documents);
        LastRequest = request;
        stdout.WriteLine("{\"schemaVersion\":\"1.0\"}");
    }

    public void WriteContested(IReadOnlyList<InputDocument> documents, AnalysisRequest request, TextWriter stdout)
    {
        Seen.AddRange(documents);
        LastRequest = request;
    }

    public void WriteExport(IReadOnlyList<InputDocument> documents, AnalysisRequest request, string format, TextWriter stdout)
    {
        Seen.AddRange(documents);
        LastRequest = request;
        stdout.WriteLine(format);
    }
}
