using ConflictModel.Cli.Analysis;
using ConflictModel.Cli.Input;
using ConflictModel.Cli.Options;

namespace ConflictModel.Cli.Commands;

/// <summary><c>contested</c>: every disagreement, who says what, and the assessment under the chosen policy.</summary>
public sealed class ContestedCommand : AnalysisCommand
{
    /// <summary>Creates the verb over the default pipeline.</summary>
    public ContestedCommand()
        : this(ConflictAnalysis.Default)
    {
    }

    /// <summary>Creates the verb over <paramref name="analysis"/>.</summary>
    /// <param name="analysis">The pipeline.</param>
    public ContestedCommand(IConflictAnalysis analysis)
        : base(analysis)
    {
    }

    /// <inheritdoc/>
    public override string Name => "contested";

    /// <inheritdoc/>
    public override string Summary => "each disagreement: who says what, and the assessment under the chosen policy";

    /// <inheritdoc/>
    protected override string Usage => "[--from D] [--to D] [--actor A] [--place P] [--kind K] [--policy P] [FILE...]";

    /// <inheritdoc/>
    protected override string Description =>
        "Reads the documents, extracts and merges them, and lists every group of claims that disagree about one quantity:\n" +
        "each claimant with its figure, stance and source, and the reconciled low–high (best) with the reason for each weight.";

    /// <inheritdoc/>
    protected override IReadOnlyList<OptionSpec> Specs { get; } = FilterSpecs;

    /// <inheritdoc/>
    protected override void Execute(CliArgs args, AnalysisRequest request, IReadOnlyList<InputDocument> documents, TextWriter stdout, TextWriter stderr) =>
        Analysis.WriteContested(documents, request, stdout);
}
