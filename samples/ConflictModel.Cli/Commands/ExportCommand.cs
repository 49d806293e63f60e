using ConflictModel.Cli.Analysis;
using ConflictModel.Cli.Input;
using ConflictModel.Cli.Options;

namespace ConflictModel.Cli.Commands;

/// <summary><c>export</c>: the merged events as JSON Lines or as a CSV with UCDP GED's column names.</summary>
public sealed class ExportCommand : AnalysisCommand
{
    /// <summary>The export formats.</summary>
    public static readonly IReadOnlyList<string> Formats = ["jsonl", "ucdp-csv"];

    /// <summary>Creates the verb over the default pipeline.</summary>
    public ExportCommand()
        : this(ConflictAnalysis.Default)
    {
    }

    /// <summary>Creates the verb over <paramref name="analysis"/>.</summary>
    /// <param name="analysis">The pipeline.</param>
    public ExportCommand(IConflictAnalysis analysis)
        : base(analysis)
    {
    }

    /// <inheritdoc/>
    public override string Name => "export";

    /// <inheritdoc/>
    public override string Summary => "export merged events: --to jsonl (JSON Lines) or --to ucdp-csv (UCDP GED columns)";

    /// <inheritdoc/>
    protected override string Usage => "--to jsonl|ucdp-csv [--policy P] [FILE...]";

    /// <inheritdoc/>
    protected override string Description =>
        "Reads, extracts and merges the documents and writes one record per merged event: JSON Lines, or CSV with UCDP GED's\n" +
        "column names (id, date_start, date_end, date_prec, type_of_violence, side_a, side_b, deaths_a, deaths_b,\n" +
        "deaths_civilians, deaths_unknown, low, best, high, source_article, source_original, where_description, number_of_sources).";

    /// <inheritdoc/>
    protected override IReadOnlyList<OptionSpec> Specs { get; } =
    [
        new("--to", "FORMAT", "jsonl or ucdp-csv (required)"),
        FilterSpecs[^1],
    ];

    /// <inheritdoc/>
    protected override void Validate(CliArgs args)
    {
        if (args.GetChoice("--to", Formats) is null)
        {
            throw new UsageException("option --to is required (jsonl or ucdp-csv)");
        }
    }

    /// <inheritdoc/>
    protected override void Execute(CliArgs args, AnalysisRequest request, IReadOnlyList<InputDocument> documents, TextWriter stdout, TextWriter stderr) =>
        Analysis.WriteExport(documents, request, args.GetChoice("--to", Formats)!, stdout);
}
