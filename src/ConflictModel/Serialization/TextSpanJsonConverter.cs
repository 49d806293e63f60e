using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConflictModel.Serialization;

/// <summary>Reads and writes a <see cref="TextSpan"/> as a two-element array <c>[start, end]</c> (end exclusive).
/// Thread-safe.</summary>
public sealed class TextSpanJsonConverter : JsonConverter<TextSpan>
{
    /// <inheritdoc/>
    public override TextSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonRead.Expect(ref reader, JsonTokenType.StartArray, "a text span [start, end]");
        int start = ReadInt(ref reader, "start");
        int end = ReadInt(ref reader, "end");
        if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray)
        {
            throw new JsonException("A text span is exactly two numbers: [start, end].");
        }

        return JsonRead.Construct(() => TextSpan.FromBounds(start, end), nameof(TextSpan));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TextSpan value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Start);
        writer.WriteNumberValue(value.End);
        writer.WriteEndArray();
    }

    private static int ReadInt(ref Utf8JsonReader reader, string what)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out int value))
        {
            throw new JsonException($"A text span is [start, end]: the {what} must be a whole number.");
        }

        return value;
    }
}
