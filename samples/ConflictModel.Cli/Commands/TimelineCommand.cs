using ConflictModel.Cli.Analysis;
using ConflictModel.Cli.Input;
using ConflictModel.Cli.Options;
using ConflictModel.Rendering;

namespace ConflictModel.Cli.Commands;

/// <summary><c>timeline</c>: the merged timeline as a readable table, and optionally as a picture.</summary>
public sealed class TimelineCommand : AnalysisCommand
{
    /// <summary>Creates the verb over the default pipeline.</summary>
    public TimelineCommand()
        : this(ConflictAnalysis.Default)
    {
    }

    /// <summary>Creates the verb over <paramref name="analysis"/>.</summary>
    /// <param name="analysis">The pipeline.</param>
    public TimelineCommand(IConflictAnalysis analysis)
        : base(analysis)
    {
    }

    /// <inheritdoc/>
    public override string Name => "timeline";

    /// <inheritdoc/>
    public override string Summary => "the merged timeline: dates as ranges, figures as low–high (best), contested ones marked";

    /// <inheritdoc/>
    protected override string Usage => "[--from D] [--to D] [--actor A] [--place P] [--kind K] [--policy P] [--svg FILE] [--html FILE] [FILE...]";

    /// <inheritdoc/>
    protected override string Description =>
        "Reads the documents, extracts events and claims, merges reports of the same events across documents, and prints\n" +
        "the timeline: one event per entry with its possible dates as a range, places, actors and figures as low–high (best)\n" +
        "under the chosen policy; figures the sources disagree on are marked with who says what. --svg/--html also draw it.";

    /// <inheritdoc/>
    protected override IReadOnlyList<OptionSpec> Specs { get; } =
    [
        .. FilterSpecs,
        new("--svg", "FILE", "also draw the timeline as SVG into FILE"),
        new("--html", "FILE", "also write an HTML page with the picture and a table into FILE"),
        new("--lane", "BY", "group the picture's lanes by place (default) or actor"),
    ];

    /// <inheritdoc/>
    protected override void Validate(CliArgs args)
    {
        args.GetOutputFile("--svg");
        args.GetOutputFile("--html");
        args.GetChoice("--lane", ["place", "actor"]);
    }

    /// <inheritdoc/>
    protected override void Execute(CliArgs args, AnalysisRequest request, IReadOnlyList<InputDocument> documents, TextWriter stdout, TextWriter stderr)
    {
        var rows = TimelineTable.Order(Analysis.Timeline(documents, request));
        TimelineTable.Write(rows, stdout);
        bool byActor = args.GetChoice("--lane", ["place", "actor"]) == "actor";
        var options = TimelineSvgOptions.Default with
        {
            Title = $"Timeline of {documents.Count} document{(documents.Count == 1 ? string.Empty : "s")}",
            From = request.From,
            To = request.To,
        };
        if (args.GetOutputFile("--svg") is { } svg)
        {
            File.WriteAllText(svg, TimelineSvg.Render(TimelineTable.ToItems(rows, byActor), options));
            stderr.WriteLine($"conflictmodel timeline: wrote {svg}");
        }

        if (args.GetOutputFile("--html") is { } html)
        {
            File.WriteAllText(html, TimelineHtml.Render(TimelineTable.ToItems(rows, byActor), options));
            stderr.WriteLine($"conflictmodel timeline: wrote {html}");
        }
    }
}
