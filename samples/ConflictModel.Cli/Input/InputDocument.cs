namespace ConflictModel.Cli.Input;

/// <summary>One document read by a verb: a file, standard input, or a built-in example.</summary>
/// <param name="Name">The document id shown in output: the path as given (or relative to a given folder), <c>-</c>
/// for standard input, or <c>example:NAME</c> for a built-in example.</param>
/// <param name="Text">The decoded text.</param>
public sealed record InputDocument(string Name, string Text);
