namespace ConflictModel.Cli.Commands;

/// <summary>One verb of the CLI. Each verb lives in its own file in this folder and is found by reflection, so verbs
/// are added without editing Program.cs.</summary>
public interface ICommand
{
    /// <summary>The verb (e.g. "parse").</summary>
    string Name { get; }

    /// <summary>One line for the verb list.</summary>
    string Summary { get; }

    /// <summary>The full --help text.</summary>
    string Help { get; }

    /// <summary>Runs the verb. Returns the exit code: 0 success, 1 some input failed, 2 usage error.</summary>
    int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr);
}
