using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace ConflictModel.Serialization;

/// <summary>Reads and writes a NodaTime <see cref="LocalDate"/> as an ISO <c>yyyy-MM-dd</c> string (ISO calendar).
/// Thread-safe.</summary>
public sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    /// <inheritdoc/>
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonRead.Date(ref reader, "date") ?? throw new JsonException("A date must not be null.");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Edtf.Day(value.WithCalendar(CalendarSystem.Iso)));
    }
}
