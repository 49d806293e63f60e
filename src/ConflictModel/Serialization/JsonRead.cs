using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace ConflictModel.Serialization;

/// <summary>Small helpers shared by the converters. Thread-safe.</summary>
internal static class JsonRead
{
    internal static void Expect(ref Utf8JsonReader reader, JsonTokenType token, string what)
    {
        if (reader.TokenType != token)
        {
            throw new JsonException($"Expected {what} ({token}) but found {reader.TokenType}.");
        }
    }

    internal static string PropertyName(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.PropertyName, "a property name");
        string name = reader.GetString()!;
        reader.Read();
        return name;
    }

    internal static LocalDate? Date(ref Utf8JsonReader reader, string property)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"'{property}' must be an ISO date string (yyyy-MM-dd) or null, not {reader.TokenType}.");
        }

        string text = reader.GetString()!;
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success
            ? result.Value
            : throw new JsonException($"'{property}' value \"{text}\" is not an ISO date (yyyy-MM-dd).");
    }

    internal static string? String(ref Utf8JsonReader reader, string property) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        _ => throw new JsonException($"'{property}' must be a string or null, not {reader.TokenType}."),
    };

    internal static bool Bool(ref Utf8JsonReader reader, string property) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw new JsonException($"'{property}' must be true or false, not {reader.TokenType}."),
    };

    internal static long? Int64(ref Utf8JsonReader reader, string property)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out long value))
        {
            throw new JsonException($"'{property}' must be a whole number or null.");
        }

        return value;
    }

    /// <summary>Runs a model constructor, turning its argument errors into <see cref="JsonException"/>s.</summary>
    internal static T Construct<T>(Func<T> create, string type)
    {
        try
        {
            return create();
        }
        catch (ArgumentException ex)
        {
            throw new JsonException($"Invalid {type}: {ex.Message}", ex);
        }
    }

    internal static void WriteDate(Utf8JsonWriter writer, string name, LocalDate? date)
    {
        if (date is { } d)
        {
            writer.WriteString(name, Edtf.Day(d));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    internal static void WriteNullable(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
