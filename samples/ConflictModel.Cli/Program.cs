using System.Reflection;
using ConflictModel.Cli.Commands;

namespace ConflictModel.Cli;

/// <summary>The conflictmodel command line: finds the verbs in Commands/ and runs one.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static IReadOnlyList<ICommand> Commands { get; } = typeof(Program).Assembly.GetTypes()
        .Where(t => typeof(ICommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
        .Select(t => (ICommand)Activator.CreateInstance(t)!)
        .OrderBy(c => c.Name, StringComparer.Ordinal)
        .ToArray();

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count == 0 || args[0] is "--help" or "-h" or "help")
        {
            stdout.WriteLine("usage: conflictmodel <verb> [options] [FILE...]   (conflictmodel <verb> --help for details)");
            stdout.WriteLine();
            foreach (var c in Commands)
            {
                stdout.WriteLine($"  {c.Name,-10} {c.Summary}");
            }

            return args.Count == 0 ? 2 : 0;
        }

        var command = Commands.FirstOrDefault(c => string.Equals(c.Name, args[0], StringComparison.OrdinalIgnoreCase));
        if (command is null)
        {
            stderr.WriteLine($"conflictmodel: unknown verb '{args[0]}'. Run 'conflictmodel --help' for the list.");
            return 2;
        }

        var rest = args.Skip(1).ToArray();
        if (rest.Contains("--help") || rest.Contains("-h"))
        {
            stdout.WriteLine(command.Help);
            return 0;
        }

        try
        {
            return command.Run(rest, stdout, stderr);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            stderr.WriteLine($"conflictmodel {command.Name}: {ex.Message}");
            return 1;
        }
    }
}
