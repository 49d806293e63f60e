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
    private readonly string _action;
    private readonly object _gate = new();
    private int _lastDecile = -1;
    private int _done;
    private bool _dirty;

    private ProgressReporter(TextWriter stderr, int total, bool terminal, string action = "read")
    {
        _stderr = stderr;
        _total = total;
        _terminal = terminal;
        _action = action;
    }

    /// <summary>Gets whether anything is shown.</summary>
    public bool Enabled => _total > 0;

    /// <summary>Returns a reporter for <paramref name="total"/> files, or a silent one when progress is not wanted.</summary>
    /// <param name="stderr">Where progress goes.</param>
    /// <param name="total">How many files.</param>
    /// <param name="options">The threshold and the --progress / --no-progress choice.</param>
    /// <param name="action">What is done to each file, for the last line ("read", "extracted").</param>
    /// <returns>The reporter.</returns>
    public static ProgressReporter Create(TextWriter stderr, int total, InputOptions options, string action = "read")
    {
        bool isTerminal = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        bool enabled = options.Progress ?? isTerminal;
        return enabled && total > options.ProgressThreshold ? new ProgressReporter(stderr, total, isTerminal, action) : Silent;
    }

    /// <summary>Reports one more file done; safe to call from several threads.</summary>
    /// <param name="name">The file.</param>
    public void Step(string name)
    {
        if (_total == 0)
        {
            return;
        }

        lock (_gate)
        {
            Report(_done++, name);
            if (_done == _total)
            {
                Clear(); // the verb's output follows on the same terminal
            }
        }
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
            _stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"progress: {_total}/{_total} files {_action}"));
        }
    }
}
