namespace ConflictModel.Cli.Input;

/// <summary>How <see cref="InputFiles"/> reads the inputs of a verb.</summary>
public sealed record InputOptions
{
    /// <summary>The default size limit per file: 64 MB.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    /// <summary>Gets the largest file accepted, in bytes (<c>--max-size</c>).</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>Gets whether a folder may be given (its files are read, recursively, in ordinal path order).
    /// When false, a folder is an error ("is a directory").</summary>
    public bool AllowDirectories { get; init; } = true;

    /// <summary>Gets whether the built-in examples are read when no file is given.</summary>
    public bool ExamplesWhenNoFiles { get; init; } = true;

    /// <summary>Gets whether an empty (or whitespace-only) file is accepted. When false it is an error.</summary>
    public bool AllowEmpty { get; init; }

    /// <summary>Gets the reader behind <c>-</c>; <see langword="null"/> means <see cref="Console.In"/>.</summary>
    public Func<TextReader>? Stdin { get; init; }

    /// <summary>Gets the number of files above which progress is shown (when stderr is a terminal or
    /// <c>--progress</c> is given).</summary>
    public int ProgressThreshold { get; init; } = 20;

    /// <summary>Gets whether progress was forced on (<c>--progress</c>) or off (<c>--no-progress</c>); <see langword="null"/>
    /// means "when stderr is a terminal".</summary>
    public bool? Progress { get; init; }
}
