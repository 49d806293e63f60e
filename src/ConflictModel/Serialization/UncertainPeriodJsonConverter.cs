using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConflictModel.Serialization;

/// <summary>
/// Reads and writes an <see cref="UncertainPeriod"/> as <c>{"start":{…},"end":{…}|null,"ongoing":false,"edtf":"2014-04-10/2014-07-14","text":null}</c>,
/// the ends as <see cref="UncertainDateJsonConverter"/> objects.
/// </summary>
/// <remarks><c>edtf</c> is written for consumers and ignored on reading; a bare EDTF interval string is read through
/// <see cref="Edtf.ParsePeriod"/>. Unknown properties are skipped. Thread-safe.</remarks>
public sealed class UncertainPeriodJsonConverter : JsonConverter<UncertainPeriod>
{
    private static readonly UncertainDateJsonConverter DateConverter = new();

    /// <inheritdoc/>
    public override UncertainPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            string edtf = reader.GetString()!;
            var result = Edtf.ParsePeriod(edtf);
            return result.Success
                ? result.Value
                : throw new JsonException($"\"{edtf}\" is not an EDTF interval: at position {result.ErrorPosition}: {result.ErrorMessage}");
        }

        JsonRead.Expect(ref reader, JsonTokenType.StartObject, "an uncertain period object or EDTF interval string");
        UncertainDate start = default;
        UncertainDate? end = null;
        bool ongoing = false;
        string? text = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = JsonRead.PropertyName(ref reader);
            switch (name)
            {
                case "start":
                    start = reader.TokenType == JsonTokenType.Null ? default : DateConverter.Read(ref reader, typeof(UncertainDate), options);
                    break;
                case "end":
                    end = reader.TokenType == JsonTokenType.Null ? null : DateConverter.Read(ref reader, typeof(UncertainDate), options);
                    break;
                case "ongoing": ongoing = JsonRead.Bool(ref reader, name); break;
                case "text": text = JsonRead.String(ref reader, name); break;
                default: reader.Skip(); break;
            }
        }

        return JsonRead.Construct(() => new UncertainPeriod(start, end, ongoing, text), nameof(UncertainPeriod));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, UncertainPeriod value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WritePropertyName("start");
        DateConverter.Write(writer, value.Start, options);
        writer.WritePropertyName("end");
        if (value.End is { } end)
        {
            DateConverter.Write(writer, end, options);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteBoolean("ongoing", value.IsOngoing);
        writer.WriteString("edtf", Edtf.Format(value));
        writer.WriteString("text", value.Text);
        writer.WriteEndObject();
    }
}
