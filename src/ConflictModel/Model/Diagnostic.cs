namespace ConflictModel;

/// <summary>The severity of a <see cref="Diagnostic"/>.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Information about a choice the reader made.</summary>
    Info = 0,
    /// <summary>Something was odd but was read.</summary>
    Warning,
    /// <summary>Something could not be read; its text is kept.</summary>
    Error,
}

/// <summary>
/// A message about the input: where (1-based line and column), how serious, and what. Parsers never throw on bad
/// input; they return diagnostics instead. Equality is by value.
/// </summary>
/// <param name="Line">The 1-based line number (0 when not tied to a line).</param>
/// <param name="Column">The 1-based column (0 when not tied to a column).</param>
/// <param name="Severity">How serious the finding is.</param>
/// <param name="Message">A human-readable message.</param>
/// <param name="Code">A stable machine-readable code such as <c>CM0101</c>, or <see langword="null"/>.</param>
public sealed record Diagnostic(int Line, int Column, DiagnosticSeverity Severity, string Message, string? Code = null)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Line}:{Column}: {Severity.ToString().ToLowerInvariant()}: {Message}";
}
