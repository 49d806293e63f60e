using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace ConflictModel.Serialization;

/// <summary>
/// Reads and writes an <see cref="UncertainDate"/> as
/// <c>{"earliest":"2014-03-11","latest":"2014-03-20","precision":"monthPart","statedAs":"midOfMonth","yearInferred":false,"edtf":"2014-03-11/2014-03-20","text":"mid-March"}</c>.
/// </summary>
/// <remarks>
/// <para><c>edtf</c> is written for consumers and ignored on reading, except that an object holding only
/// <c>edtf</c> (and optionally <c>text</c>, <c>yearInferred</c>), or a bare EDTF string, is read through
/// <see cref="Edtf.Parse"/>. Unknown properties are skipped. Thread-safe.</para>
/// </remarks>
public sealed class UncertainDateJsonConverter : JsonConverter<UncertainDate>
{
    /// <inheritdoc/>
    public override UncertainDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return FromEdtf(reader.GetString()!);
        }

        JsonRead.Expect(ref reader, JsonTokenType.StartObject, "an uncertain date object or EDTF string");
        LocalDate? earliest = null, latest = null;
        DatePrecision? precision = null;
        DateStatedAs? statedAs = null;
        bool yearInferred = false, hasBounds = false;
        string? text = null, edtf = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = JsonRead.PropertyName(ref reader);
            switch (name)
            {
                case "earliest": earliest = JsonRead.Date(ref reader, name); hasBounds = true; break;
                case "latest": latest = JsonRead.Date(ref reader, name); hasBounds = true; break;
                case "precision": precision = JsonEnum<DatePrecision>.Read(ref reader, name); break;
                case "statedAs": statedAs = JsonEnum<DateStatedAs>.Read(ref reader, name); break;
                case "yearInferred": yearInferred = JsonRead.Bool(ref reader, name); break;
                case "text": text = JsonRead.String(ref reader, name); break;
                case "edtf": edtf = JsonRead.String(ref reader, name); break;
                default: reader.Skip(); break;
            }
        }

        if (!hasBounds && precision is null && statedAs is null && edtf is not null)
        {
            var parsed = FromEdtf(edtf);
            return JsonRead.Construct(() => parsed.WithText(text).WithYearInferred(yearInferred), nameof(UncertainDate));
        }

        return JsonRead.Construct(
            () => new UncertainDate(earliest, latest, precision ?? DatePrecision.Unknown, statedAs ?? DateStatedAs.Exact, yearInferred, text),
            nameof(UncertainDate));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, UncertainDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        JsonRead.WriteDate(writer, "earliest", value.Earliest);
        JsonRead.WriteDate(writer, "latest", value.Latest);
        writer.WriteString("precision", JsonEnum<DatePrecision>.Name(value.Precision));
        writer.WriteString("statedAs", JsonEnum<DateStatedAs>.Name(value.StatedAs));
        writer.WriteBoolean("yearInferred", value.YearInferred);
        writer.WriteString("edtf", Edtf.Format(value));
        writer.WriteString("text", value.Text);
        writer.WriteEndObject();
    }

    private static UncertainDate FromEdtf(string edtf)
    {
        var result = Edtf.Parse(edtf);
        return result.Success
            ? result.Value
            : throw new JsonException($"\"{edtf}\" is not an EDTF date: at position {result.ErrorPosition}: {result.ErrorMessage}");
    }
}
