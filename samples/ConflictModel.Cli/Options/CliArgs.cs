using System.Globalization;
using ConflictModel.Cli.Input;
using NodaTime;
using NodaTime.Text;

namespace ConflictModel.Cli.Options;

/// <summary>A usage error: a bad option or value. The verb prints <see cref="Exception.Message"/> as one line and
/// exits with code 2.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>One option a verb accepts.</summary>
/// <param name="Name">The long name with dashes, e.g. <c>--from</c>.</param>
/// <param name="ValueName">The value's placeholder in help (<c>D</c>), or <see langword="null"/> for a flag.</param>
/// <param name="Help">One line of help.</param>
public sealed record OptionSpec(string Name, string? ValueName, string Help)
{
    /// <summary>Gets whether the option takes a value.</summary>
    public bool TakesValue => ValueName is not null;
}

/// <summary>
/// The parsed arguments of a verb: options (<c>--name value</c> or <c>--name=value</c>; flags without value) and the
/// remaining positional arguments (FILE...). <c>--</c> ends the options; <c>-</c> is a positional (stdin).
/// Typed getters validate values and throw <see cref="UsageException"/> with a message naming the option.
/// </summary>
public sealed class CliArgs
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private CliArgs(string verb, IReadOnlyList<OptionSpec> specs)
    {
        Verb = verb;
        Specs = specs;
    }

    /// <summary>Gets the verb, for messages.</summary>
    public string Verb { get; }

    /// <summary>Gets the accepted options.</summary>
    public IReadOnlyList<OptionSpec> Specs { get; }

    /// <summary>Gets the positional arguments in order.</summary>
    public IReadOnlyList<string> Positionals { get; private set; } = [];

    /// <summary>The options every file-reading verb accepts.</summary>
    public static IReadOnlyList<OptionSpec> InputSpecs { get; } =
    [
        new("--max-size", "SIZE", "largest file accepted, e.g. 64MB (default), 500KB, 1GB"),
        new("--progress", null, "show progress on stderr even when it is not a terminal"),
        new("--no-progress", null, "never show progress"),
    ];

    /// <summary>Parses <paramref name="args"/> against <paramref name="specs"/>.</summary>
    /// <param name="verb">The verb, for messages.</param>
    /// <param name="args">The arguments after the verb.</param>
    /// <param name="specs">The accepted options.</param>
    /// <returns>The parsed arguments.</returns>
    /// <exception cref="UsageException">An unknown option, or an option without its value.</exception>
    public static CliArgs Parse(string verb, IReadOnlyList<string> args, IReadOnlyList<OptionSpec> specs)
    {
        var result = new CliArgs(verb, specs);
        var positionals = new List<string>();
        bool optionsEnded = false;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (optionsEnded || arg == "-" || !arg.StartsWith('-'))
            {
                positionals.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                optionsEnded = true;
                continue;
            }

            string name = arg;
            string? inline = null;
            int eq = arg.IndexOf('=', StringComparison.Ordinal);
            if (arg.StartsWith("--", StringComparison.Ordinal) && eq > 2)
            {
                name = arg[..eq];
                inline = arg[(eq + 1)..];
            }

            var spec = specs.FirstOrDefault(s => s.Name == name)
                ?? throw new UsageException($"unknown option '{name}' (see 'conflictmodel {verb} --help')");
            if (!spec.TakesValue)
            {
                if (inline is not null)
                {
                    throw new UsageException($"option {name} takes no value");
                }

                result._flags.Add(name);
                continue;
            }

            string? value = inline;
            if (value is null)
            {
                if (i + 1 >= args.Count || (args[i + 1].StartsWith("--", StringComparison.Ordinal) && args[i + 1].Length > 2))
                {
                    throw new UsageException($"option {name} needs a value ({spec.ValueName})");
                }

                value = args[++i];
            }

            if (value.Length == 0)
            {
                throw new UsageException($"option {name} needs a non-empty value ({spec.ValueName})");
            }

            if (!result._values.TryGetValue(name, out var list))
            {
                result._values[name] = list = [];
            }

            list.Add(value);
        }

        result.Positionals = positionals;
        return result;
    }

    /// <summary>Returns whether a flag was given.</summary>
    /// <param name="name">The option name.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Has(string name) => _flags.Contains(name) || _values.ContainsKey(name);

    /// <summary>Returns the last value of an option, or <see langword="null"/>.</summary>
    /// <param name="name">The option name.</param>
    /// <returns>The value.</returns>
    public string? Get(string name) => _values.TryGetValue(name, out var list) ? list[^1] : null;

    /// <summary>Returns every value of a repeatable option, in order.</summary>
    /// <param name="name">The option name.</param>
    /// <returns>The values.</returns>
    public IReadOnlyList<string> GetAll(string name) => _values.TryGetValue(name, out var list) ? list : [];

    /// <summary>Returns a date option: <c>yyyy-MM-dd</c>, or <c>yyyy-MM</c> / <c>yyyy</c> meaning the first
    /// (<paramref name="endOfUnit"/> false) or last day of that month or year.</summary>
    /// <param name="name">The option name.</param>
    /// <param name="endOfUnit">Whether a month or year means its last day (for <c>--to</c>).</param>
    /// <returns>The day, or <see langword="null"/> when the option is absent.</returns>
    /// <exception cref="UsageException">The value is not a date.</exception>
    public LocalDate? GetDate(string name, bool endOfUnit = false)
    {
        string? text = Get(name);
        if (text is null)
        {
            return null;
        }

        if (LocalDatePattern.Iso.Parse(text) is { Success: true } day)
        {
            return day.Value;
        }

        if (LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM").Parse(text) is { Success: true } month)
        {
            return endOfUnit ? month.Value.With(DateAdjusters.EndOfMonth) : month.Value;
        }

        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year >= 1)
        {
            return endOfUnit ? new LocalDate(year, 12, 31) : new LocalDate(year, 1, 1);
        }

        throw new UsageException($"option {name}: '{text}' is not a date (expected yyyy-MM-dd, yyyy-MM or yyyy)");
    }

    /// <summary>Returns an option whose value must be one of <paramref name="allowed"/> (case-insensitive), in the
    /// spelling of <paramref name="allowed"/>.</summary>
    /// <param name="name">The option name.</param>
    /// <param name="allowed">The accepted values.</param>
    /// <returns>The value, or <see langword="null"/> when absent.</returns>
    /// <exception cref="UsageException">The value is not accepted.</exception>
    public string? GetChoice(string name, IReadOnlyList<string> allowed)
    {
        string? text = Get(name);
        if (text is null)
        {
            return null;
        }

        return allowed.FirstOrDefault(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase))
            ?? throw new UsageException($"option {name}: '{text}' is not one of: {string.Join(", ", allowed)}");
    }

    /// <summary>Returns an enum option by member name (case-insensitive; numbers are refused).</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="name">The option name.</param>
    /// <returns>The value, or <see langword="null"/> when absent.</returns>
    /// <exception cref="UsageException">The value is not a member name.</exception>
    public TEnum? GetEnum<TEnum>(string name)
        where TEnum : struct, Enum
    {
        string? text = Get(name);
        if (text is null)
        {
            return null;
        }

        string[] names = Enum.GetNames<TEnum>();
        string? match = names.FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        return match is not null
            ? Enum.Parse<TEnum>(match)
            : throw new UsageException($"option {name}: '{text}' is not one of: {string.Join(", ", names.Select(n => n.ToLowerInvariant()))}");
    }

    /// <summary>Returns an output file option, refusing a path that is an existing folder or whose folder does not
    /// exist.</summary>
    /// <param name="name">The option name.</param>
    /// <returns>The path, or <see langword="null"/> when absent.</returns>
    /// <exception cref="UsageException">The path cannot be written as a file.</exception>
    public string? GetOutputFile(string name)
    {
        string? path = Get(name);
        if (path is null)
        {
            return null;
        }

        if (Directory.Exists(path))
        {
            throw new UsageException($"option {name}: '{path}' is a directory; give a file name");
        }

        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new UsageException($"option {name}: folder '{folder}' does not exist");
        }

        return path;
    }

    /// <summary>Returns the <see cref="InputOptions"/> set by <c>--max-size</c>, <c>--progress</c> and
    /// <c>--no-progress</c>.</summary>
    /// <param name="defaults">The verb's defaults.</param>
    /// <returns>The options.</returns>
    /// <exception cref="UsageException">A bad size, or both progress flags.</exception>
    public InputOptions GetInputOptions(InputOptions? defaults = null)
    {
        var options = defaults ?? new InputOptions();
        if (Has("--progress") && Has("--no-progress"))
        {
            throw new UsageException("options --progress and --no-progress exclude each other");
        }

        bool? progress = Has("--progress") ? true : Has("--no-progress") ? false : options.Progress;
        long max = Get("--max-size") is { } size ? ParseSize(size) : options.MaxBytes;
        return options with { Progress = progress, MaxBytes = max };
    }

    /// <summary>Parses a size: digits with an optional unit B, KB, MB or GB (powers of 1024, case-insensitive).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="UsageException">Not a size.</exception>
    public static long ParseSize(string text)
    {
        string t = text.Trim();
        long factor = 1;
        foreach (var (suffix, f) in new[] { ("GB", 1L << 30), ("MB", 1L << 20), ("KB", 1L << 10), ("B", 1L) })
        {
            if (t.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                factor = f;
                t = t[..^suffix.Length].TrimEnd();
                break;
            }
        }

        if (!long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out long n) || n <= 0 || n > long.MaxValue / factor)
        {
            throw new UsageException($"option --max-size: '{text}' is not a size (e.g. 64MB, 500KB)");
        }

        return n * factor;
    }

    /// <summary>Formats the options block of a verb's help.</summary>
    /// <param name="specs">The options.</param>
    /// <returns>The text, one option a line.</returns>
    public static string FormatOptions(IEnumerable<OptionSpec> specs) =>
        string.Join(Environment.NewLine, specs.Select(s =>
        {
            string left = s.TakesValue ? $"{s.Name} {s.ValueName}" : s.Name;
            return $"  {left,-22} {s.Help}";
        }));
}
