namespace ConflictModel;

/// <summary>
/// The result of parsing text into a <typeparamref name="T"/>: either a value, or a failure with the position and a
/// message. Parsing never throws; <see cref="Value"/> throws only when read on a failure.
/// </summary>
/// <typeparam name="T">The parsed type.</typeparam>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ParseResult<T>
{
    private readonly T _value;

    private ParseResult(bool success, T value, int position, string? message)
    {
        Success = success;
        _value = value;
        ErrorPosition = position;
        ErrorMessage = message;
    }

    /// <summary>Gets whether parsing succeeded.</summary>
    public bool Success { get; }

    /// <summary>Gets the 0-based position of the failure, or -1 on success.</summary>
    public int ErrorPosition { get; }

    /// <summary>Gets the failure message, or <see langword="null"/> on success.</summary>
    public string? ErrorMessage { get; }

    /// <summary>Gets the parsed value.</summary>
    /// <exception cref="FormatException">Parsing failed.</exception>
    public T Value => Success ? _value : throw GetException();

    /// <summary>Creates a successful result.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The result.</returns>
    public static ParseResult<T> ForValue(T value) => new(true, value, -1, null);

    /// <summary>Creates a failed result.</summary>
    /// <param name="position">The 0-based position of the problem.</param>
    /// <param name="message">What is wrong.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException"><paramref name="position"/> is negative or <paramref name="message"/> is empty.</exception>
    public static ParseResult<T> ForFailure(int position, string message)
    {
        if (position < 0)
        {
            throw new ArgumentException($"position ({position}) must not be negative.", nameof(position));
        }

        if (string.IsNullOrEmpty(message))
        {
            throw new ArgumentException("message must not be null or empty.", nameof(message));
        }

        return new(false, default!, position, message);
    }

    /// <summary>Gets the value when parsing succeeded.</summary>
    /// <param name="value">The value, or the default on failure.</param>
    /// <returns>Whether parsing succeeded.</returns>
    public bool TryGetValue(out T value)
    {
        value = _value;
        return Success;
    }

    /// <summary>Returns the exception that describes the failure (built on demand).</summary>
    /// <returns>A <see cref="FormatException"/>.</returns>
    /// <exception cref="InvalidOperationException">Parsing succeeded.</exception>
    public FormatException GetException() => Success
        ? throw new InvalidOperationException("The parse succeeded; there is no exception.")
        : new FormatException($"At position {ErrorPosition}: {ErrorMessage}");

    /// <inheritdoc/>
    public override string ToString() => Success ? $"Success: {_value}" : $"Failure at {ErrorPosition}: {ErrorMessage}";
}
