using System.Collections.Frozen;
using System.Text.Json;

namespace ConflictModel.Serialization;

/// <summary>Reads and writes enum members as camelCase strings inside the library's converters (the same names
/// <see cref="System.Text.Json.Serialization.JsonStringEnumConverter"/> writes). Thread-safe.</summary>
internal static class JsonEnum<T>
    where T : struct, Enum
{
    private static readonly FrozenDictionary<T, string> Names =
        Enum.GetValues<T>().ToFrozenDictionary(v => v, v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));

    private static readonly FrozenDictionary<string, T> Values =
        Names.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.OrdinalIgnoreCase);

    internal static string Name(T value) => Names.TryGetValue(value, out var name)
        ? name
        : throw new JsonException($"{typeof(T).Name} value {value} is not defined.");

    internal static T Read(ref Utf8JsonReader reader, string property)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"'{property}' must be a string naming a {typeof(T).Name}, not {reader.TokenType}.");
        }

        string text = reader.GetString()!;
        return Values.TryGetValue(text, out var value)
            ? value
            : throw new JsonException($"'{property}' value \"{text}\" is not a {typeof(T).Name} (expected one of: {string.Join(", ", Names.Values)}).");
    }
}
