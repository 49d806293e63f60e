using System.Globalization;

namespace ConflictModel.Cli.Input;

/// <summary>Progress on stderr for long runs: shown when there are more files than
/// <see cref="InputOptions.ProgressThreshold"/> and either stderr is a terminal or <c>--progress</c> was given.
/// On a terminal it rewrites one line (<c>\r</c>); otherwise it prints a line every 10 %.</summary>
internal sealed class ProgressReporter
{
    private static readonly ProgressReporter Silent = new(TextWriter.Null, 0, false);

    private readonly TextWriter _stderr;
    private readonly int _total;
    private readonly bool _terminal;
    private int _lastDecile = -1;
    private bool _dirty;

    private ProgressReporter(TextWriter stderr, int total, bool terminal)
    {
        _stderr = stderr;
        _total = total;
        _terminal = terminal;
    }

    public static ProgressReporter Create(TextWriter stderr, int total, InputOptions options)
    {
        bool isTerminal = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        bool enabled = options.Progress ?? isTerminal;
        return enabled && total > options.ProgressThreshold ? new ProgressReporter(stderr, total, isTerminal) : Silent;
    }

    public void Report(int index, string name)
    {
        if (_total == 0)
        {
            return;
        }

        if (_terminal)
        {
            string line = string.Create(CultureInfo.InvariantCulture, $"[{index + 1}/{_total}] {name}");
            _stderr.Write("\r" + (line.Length > 78 ? line[..78] : line.PadRight(78)));
            _dirty = true;
            return;
        }

        int decile = index * 10 / _total;
        if (decile != _lastDecile)
        {
            _lastDecile = decile;
            _stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"progress: {index + 1}/{_total} files"));
        }
    }

    public void Clear()
    {
        if (_dirty)
        {
            _stderr.Write("\r" + new string(' ', 78) + "\r");
            _dirty = false;
        }
    }

    public void Done()
    {
        Clear();
        if (_total > 0 && !_terminal)
        {
            _stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"progress: {_total}/{_total} files read"));
        }
    }
}
