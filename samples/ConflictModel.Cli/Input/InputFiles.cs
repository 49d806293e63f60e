using System.Globalization;
using System.Text;

namespace ConflictModel.Cli.Input;

/// <summary>The result of reading a verb's inputs: the documents read, in order, and how many inputs failed.</summary>
/// <param name="Documents">The documents that were read.</param>
/// <param name="Failed">How many inputs could not be read (each was reported on stderr in one line).</param>
/// <param name="UsedExamples">Whether no file was given and the built-in examples were read.</param>
public sealed record InputReadResult(IReadOnlyList<InputDocument> Documents, int Failed, bool UsedExamples)
{
    /// <summary>Gets the exit code the reading alone implies: 1 when any input failed, else 0.</summary>
    public int ExitCode => Failed > 0 ? 1 : 0;
}

/// <summary>
/// Expands a verb's FILE arguments into documents: files, folders (recursively, in ordinal path order, hidden entries
/// skipped), <c>-</c> for standard input, and the built-in examples when nothing is given. Every bad input is reported
/// as ONE line on stderr (<c>conflictmodel VERB: 'PATH': reason</c>) and skipped; the others are still read.
/// </summary>
/// <remarks>Rejected: missing paths, folders where a file is required, unreadable files, binary junk (NUL bytes or
/// mostly control characters), files above <see cref="InputOptions.MaxBytes"/>, and empty files unless allowed.
/// Text that is not valid UTF-8 is decoded with replacement characters and a one-line warning.</remarks>
public static class InputFiles
{
    private const int SniffBytes = 8192;

    /// <summary>Reads the inputs named by <paramref name="paths"/>.</summary>
    /// <param name="verb">The verb, for messages.</param>
    /// <param name="paths">The FILE arguments as given.</param>
    /// <param name="options">How to read.</param>
    /// <param name="stderr">Where one-line errors, warnings and progress go.</param>
    /// <returns>The documents and the failure count.</returns>
    public static InputReadResult Read(string verb, IReadOnlyList<string> paths, InputOptions options, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stderr);
        if (paths.Count == 0 && options.ExamplesWhenNoFiles)
        {
            return new InputReadResult(ExampleDocuments.Documents, 0, true);
        }

        // Expand first, so progress knows the total.
        var targets = new List<(string Path, string Name)>();
        int failed = 0;
        foreach (string path in paths)
        {
            if (path == "-")
            {
                targets.Add(("-", "-"));
            }
            else if (Directory.Exists(path))
            {
                if (!options.AllowDirectories)
                {
                    stderr.WriteLine($"conflictmodel {verb}: '{path}' is a directory; give one or more files.");
                    failed++;
                    continue;
                }

                try
                {
                    targets.AddRange(ExpandDirectory(path).Select(f => (f, f)));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    stderr.WriteLine($"conflictmodel {verb}: cannot list '{path}': {OneLine(ex.Message)}");
                    failed++;
                }
            }
            else
            {
                targets.Add((path, path));
            }
        }

        var progress = ProgressReporter.Create(stderr, targets.Count, options);
        var documents = new List<InputDocument>(targets.Count);
        for (int i = 0; i < targets.Count; i++)
        {
            var (path, name) = targets[i];
            progress.Report(i, name);
            string? error = TryRead(path, options, stderr, verb, out string text);
            if (error is not null)
            {
                progress.Clear();
                stderr.WriteLine($"conflictmodel {verb}: '{name}': {error}");
                failed++;
                continue;
            }

            documents.Add(new InputDocument(name, text));
        }

        progress.Done();
        return new InputReadResult(documents, failed, false);
    }

    private static IEnumerable<string> ExpandDirectory(string root)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
            IgnoreInaccessible = true,
        };
        return Directory.EnumerateFiles(root, "*", options)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    private static string? TryRead(string path, InputOptions options, TextWriter stderr, string verb, out string text)
    {
        text = string.Empty;
        byte[] bytes;
        if (path == "-")
        {
            try
            {
                var reader = options.Stdin?.Invoke() ?? Console.In;
                var sb = new StringBuilder();
                var buffer = new char[65536];
                int n;
                while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
                {
                    sb.Append(buffer, 0, n);
                    if (sb.Length > options.MaxBytes)
                    {
                        return $"standard input is larger than the limit of {FormatSize(options.MaxBytes)} (see --max-size)";
                    }
                }

                text = sb.ToString();
                return CheckText(text, options);
            }
            catch (IOException ex)
            {
                return "cannot read standard input: " + OneLine(ex.Message);
            }
        }

        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Directory.Exists(path) ? "is a directory; give one or more files" : "no such file or directory";
            }

            if (info.Length > options.MaxBytes)
            {
                return $"file is {FormatSize(info.Length)}, larger than the limit of {FormatSize(options.MaxBytes)} (see --max-size)";
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (UnauthorizedAccessException)
        {
            return "permission denied";
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or ArgumentException)
        {
            return "cannot read: " + OneLine(ex.Message);
        }

        if (LooksBinary(bytes))
        {
            return "looks like binary data, not text";
        }

        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(StripBom(bytes));
        }
        catch (DecoderFallbackException)
        {
            text = new UTF8Encoding(false, false).GetString(StripBom(bytes));
            stderr.WriteLine($"conflictmodel {verb}: '{path}': warning: not valid UTF-8; invalid bytes replaced with U+FFFD");
        }

        return CheckText(text, options);
    }

    private static string? CheckText(string text, InputOptions options) =>
        !options.AllowEmpty && string.IsNullOrWhiteSpace(text) ? "file is empty" : null;

    private static ReadOnlySpan<byte> StripBom(byte[] bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? bytes.AsSpan(3) : bytes;

    /// <summary>Returns whether the first bytes look like binary data: any NUL byte, or more than 10 % control
    /// characters other than tab, line feed, carriage return and form feed.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <returns><see langword="true"/> for binary junk.</returns>
    internal static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, SniffBytes)];
        if (head.IsEmpty)
        {
            return false;
        }

        if (head.Contains((byte)0))
        {
            return true;
        }

        int control = 0;
        foreach (byte b in head)
        {
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C) || b == 0x7F)
            {
                control++;
            }
        }

        return control * 10 > head.Length;
    }

    /// <summary>Formats a byte count for messages: <c>64 MB</c>, <c>1.5 KB</c>, <c>12 bytes</c>.</summary>
    /// <param name="bytes">The count.</param>
    /// <returns>The text.</returns>
    internal static string FormatSize(long bytes) => bytes switch
    {
        >= 1024L * 1024 * 1024 => (bytes / (1024.0 * 1024 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " GB",
        >= 1024L * 1024 => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
        >= 1024 => (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
    };

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
