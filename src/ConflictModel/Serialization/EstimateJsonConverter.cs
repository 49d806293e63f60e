using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConflictModel.Serialization;

/// <summary>
/// Reads and writes an <see cref="Estimate"/> as <c>{"low":43,"high":51,"best":null,"kind":"range","approximate":false}</c>;
/// <c>high</c> null means no upper bound. <c>approximate</c> (<see cref="Estimate.IsApproximate"/>) is written for
/// consumers and ignored on reading. <c>low</c> is required. Unknown properties are skipped. Thread-safe.
/// </summary>
public sealed class EstimateJsonConverter : JsonConverter<Estimate>
{
    /// <inheritdoc/>
    public override Estimate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonRead.Expect(ref reader, JsonTokenType.StartObject, "an estimate object");
        long? low = null, high = null, best = null;
        var kind = EstimateKind.Exact;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = JsonRead.PropertyName(ref reader);
            switch (name)
            {
                case "low": low = JsonRead.Int64(ref reader, name); break;
                case "high": high = JsonRead.Int64(ref reader, name); break;
                case "best": best = JsonRead.Int64(ref reader, name); break;
                case "kind": kind = JsonEnum<EstimateKind>.Read(ref reader, name); break;
                default: reader.Skip(); break;
            }
        }

        if (low is not { } l)
        {
            throw new JsonException("An estimate needs a 'low' number.");
        }

        return JsonRead.Construct(() => new Estimate(l, high, best, kind), nameof(Estimate));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Estimate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("low", value.Low);
        JsonRead.WriteNullable(writer, "high", value.High);
        JsonRead.WriteNullable(writer, "best", value.Best);
        writer.WriteString("kind", JsonEnum<EstimateKind>.Name(value.Kind));
        writer.WriteBoolean("approximate", value.IsApproximate);
        writer.WriteEndObject();
    }
}
