using ConflictModel.Cli.Analysis;
using ConflictModel.Cli.Input;
using ConflictModel.Cli.Options;

namespace ConflictModel.Cli.Commands;

/// <summary><c>merge</c>: the merged events as JSON (the public contract, docs/json-contract.md).</summary>
public sealed class MergeCommand : AnalysisCommand
{
    /// <summary>Creates the verb over the default pipeline.</summary>
    public MergeCommand()
        : this(ConflictAnalysis.Default)
    {
    }

    /// <summary>Creates the verb over <paramref name="analysis"/>.</summary>
    /// <param name="analysis">The pipeline.</param>
    public MergeCommand(IConflictAnalysis analysis)
        : base(analysis)
    {
    }

    /// <inheritdoc/>
    public override string Name => "merge";

    /// <inheritdoc/>
    public override string Summary => "merged events as JSON: mentions, relations, assessments, contested groups";

    /// <inheritdoc/>
    protected override string Usage => "[--policy P] [FILE...]";

    /// <inheritdoc/>
    protected override string Description =>
        "Reads the documents, extracts events and claims and merges them across documents. Prints one JSON object\n" +
        "(schemaVersion, events with mentions [document, text, span], relations and assessments, contested). The output\n" +
        "does not depend on the order of the files.";

    /// <inheritdoc/>
    protected override IReadOnlyList<OptionSpec> Specs { get; } = [FilterSpecs[^1]];

    /// <inheritdoc/>
    protected override void Execute(CliArgs args, AnalysisRequest request, IReadOnlyList<InputDocument> documents, TextWriter stdout, TextWriter stderr) =>
        Analysis.WriteMerge(documents, request, stdout);
}
