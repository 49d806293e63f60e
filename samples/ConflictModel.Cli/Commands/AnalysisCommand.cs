using ConflictModel.Cli.Analysis;
using ConflictModel.Cli.Input;
using ConflictModel.Cli.Options;

namespace ConflictModel.Cli.Commands;

/// <summary>
/// The shared frame of the analysis verbs (<c>timeline</c>, <c>merge</c>, <c>contested</c>, <c>export</c>): parse the
/// options, read the inputs (files, folders, <c>-</c>, or the built-in examples), run the analysis, and turn every
/// problem into one clear line. Exit codes: 0 success, 1 some input failed (the others were still processed),
/// 2 usage error, 3 the pipeline is not available in this build.
/// </summary>
public abstract class AnalysisCommand : ICommand
{
    /// <summary>The filter and policy options shared by the analysis verbs.</summary>
    protected static readonly OptionSpec[] FilterSpecs =
    [
        new("--from", "D", "only events that may have happened on or after D (yyyy-MM-dd, yyyy-MM or yyyy)"),
        new("--to", "D", "only events that may have happened on or before D"),
        new("--actor", "A", "only events involving actor A (repeatable)"),
        new("--place", "P", "only events at place P (repeatable)"),
        new("--kind", "K", "only events of kind K (" + string.Join(", ", Enum.GetNames<EventKind>().Select(n => n.ToLowerInvariant())) + ")"),
        new("--policy", "P", "reconciliation policy: " + string.Join(", ", AnalysisRequest.Policies) + " (default ucdp)"),
    ];

    /// <summary>Creates the verb over <paramref name="analysis"/>.</summary>
    /// <param name="analysis">The pipeline.</param>
    protected AnalysisCommand(IConflictAnalysis analysis) => Analysis = analysis ?? throw new ArgumentNullException(nameof(analysis));

    /// <summary>Gets the pipeline.</summary>
    protected IConflictAnalysis Analysis { get; }

    /// <inheritdoc/>
    public abstract string Name { get; }

    /// <inheritdoc/>
    public abstract string Summary { get; }

    /// <summary>Gets the options of this verb.</summary>
    protected abstract IReadOnlyList<OptionSpec> Specs { get; }

    /// <summary>Gets the usage line after <c>conflictmodel VERB</c>.</summary>
    protected abstract string Usage { get; }

    /// <summary>Gets the paragraph under the usage line.</summary>
    protected abstract string Description { get; }

    /// <inheritdoc/>
    public string Help =>
        $"usage: conflictmodel {Name} {Usage}\n\n{Description}\n\nWith no FILE, reads the built-in example documents. FILE may be a folder (read recursively) or - for standard input.\n\noptions:\n" +
        CliArgs.FormatOptions(Specs.Concat(CliArgs.InputSpecs)) +
        "\n  --help                 this text\n\nexit codes: 0 ok, 1 some input failed (the others were processed), 2 usage error, 3 pipeline not available in this build";

    /// <inheritdoc/>
    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        CliArgs parsed;
        AnalysisRequest request;
        InputOptions inputOptions;
        try
        {
            parsed = CliArgs.Parse(Name, args, Specs.Concat(CliArgs.InputSpecs).ToArray());
            request = BuildRequest(parsed);
            inputOptions = parsed.GetInputOptions();
            Validate(parsed);
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"conflictmodel {Name}: {ex.Message}");
            return 2;
        }

        var input = InputFiles.Read(Name, parsed.Positionals, inputOptions, stderr);
        if (input.Documents.Count == 0)
        {
            stderr.WriteLine($"conflictmodel {Name}: no document could be read");
            return 1;
        }

        if (!Analysis.IsAvailable)
        {
            stderr.WriteLine($"conflictmodel {Name}: read {input.Documents.Count} document{(input.Documents.Count == 1 ? string.Empty : "s")}, but {NotWiredAnalysis.Message}");
            return 3;
        }

        if (Analysis.Note is { Length: > 0 } note)
        {
            stderr.WriteLine($"conflictmodel {Name}: {note}");
        }

        var progress = ProgressReporter.Create(stderr, input.Documents.Count, inputOptions, "extracted");
        if (progress.Enabled)
        {
            request = request with { OnDocumentDone = progress.Step };
        }

        try
        {
            Execute(parsed, request, input.Documents, stdout, stderr);
            progress.Done();
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"conflictmodel {Name}: {ex.Message}");
            return 2;
        }
        catch (IOException ex)
        {
            stderr.WriteLine($"conflictmodel {Name}: {ex.Message.ReplaceLineEndings(" ")}");
            return 1;
        }
        catch (NotSupportedException ex)
        {
            stderr.WriteLine($"conflictmodel {Name}: {ex.Message.ReplaceLineEndings(" ")}");
            return 3;
        }

        return input.ExitCode;
    }

    /// <summary>Checks verb-specific options before any input is read.</summary>
    /// <param name="args">The parsed arguments.</param>
    /// <exception cref="UsageException">A bad option.</exception>
    protected virtual void Validate(CliArgs args)
    {
    }

    /// <summary>Runs the verb over the documents read.</summary>
    /// <param name="args">The parsed arguments.</param>
    /// <param name="request">The filters and policy.</param>
    /// <param name="documents">The documents.</param>
    /// <param name="stdout">The output.</param>
    /// <param name="stderr">The error output.</param>
    protected abstract void Execute(CliArgs args, AnalysisRequest request, IReadOnlyList<InputDocument> documents, TextWriter stdout, TextWriter stderr);

    private static AnalysisRequest BuildRequest(CliArgs args)
    {
        var specs = args.Specs;
        bool filters = specs.Any(s => s.Name == "--actor");
        var from = filters ? args.GetDate("--from") : null;
        var to = filters && specs.Any(s => s.Name == "--to" && s.ValueName == "D") ? args.GetDate("--to", endOfUnit: true) : null;
        if (from is { } f && to is { } t && f > t)
        {
            throw new UsageException($"--from ({f:uuuu-MM-dd}) is after --to ({t:uuuu-MM-dd})");
        }

        return new AnalysisRequest(
            from,
            to,
            filters ? args.GetAll("--actor") : [],
            filters ? args.GetAll("--place") : [],
            filters ? args.GetEnum<EventKind>("--kind") : null,
            specs.Any(s => s.Name == "--policy") ? args.GetChoice("--policy", AnalysisRequest.Policies) ?? AnalysisRequest.Policies[0] : AnalysisRequest.Policies[0]);
    }
}
