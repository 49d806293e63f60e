using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ConflictModel.Serialization;

/// <summary>
/// The System.Text.Json contract of the library: camelCase names, enums as camelCase strings, dates as ISO
/// <c>yyyy-MM-dd</c> strings, uncertain dates and periods as objects carrying their EDTF string, estimates as
/// <c>{low, high, best, kind, approximate}</c>, text spans as <c>[start, end]</c>, equatable arrays as arrays.
/// </summary>
/// <remarks>
/// <para>Top-level documents (CLI output, exports) carry <c>"schemaVersion": </c><see cref="SchemaVersion"/>. Readers
/// ignore unknown properties, so later minor versions may add properties; a major version change means a breaking
/// change of the contract.</para>
/// <para>Round trips are lossless: reading what was written gives an equal value. Reading malformed JSON or
/// impossible values (earliest after latest, low above high) throws <see cref="JsonException"/>.</para>
/// <para>This class is thread-safe; <see cref="Options"/> is read-only.</para>
/// </remarks>
public static class ConflictModelJson
{
    /// <summary>The version of the JSON contract written as <c>schemaVersion</c> on top-level documents.</summary>
    public const string SchemaVersion = "1.0";

    /// <summary>Gets ready, read-only options: the library's converters, camelCase, strict numbers, no indentation.</summary>
    public static JsonSerializerOptions Options { get; } = CreateReadOnly(indented: false);

    /// <summary>Gets ready, read-only options like <see cref="Options"/> but indented (for files meant to be read).</summary>
    public static JsonSerializerOptions IndentedOptions { get; } = CreateReadOnly(indented: true);

    /// <summary>Configures <paramref name="options"/> for the library's types: camelCase property names, strict
    /// numbers, and the converters for dates, uncertain dates and periods, estimates, text spans, equatable arrays
    /// and enums (camelCase strings). Calling it twice adds nothing twice.</summary>
    /// <param name="options">Options that are not yet read-only.</param>
    /// <returns>The same <paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> is read-only (already used).</exception>
    public static JsonSerializerOptions ConfigureForConflictModel(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.NumberHandling = JsonNumberHandling.Strict;
        AddOnce(options, new LocalDateJsonConverter());
        AddOnce(options, new UncertainDateJsonConverter());
        AddOnce(options, new UncertainPeriodJsonConverter());
        AddOnce(options, new EstimateJsonConverter());
        AddOnce(options, new TextSpanJsonConverter());
        AddOnce(options, new EquatableArrayJsonConverterFactory());
        AddOnce(options, new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        return options;
    }

    private static void AddOnce(JsonSerializerOptions options, JsonConverter converter)
    {
        foreach (var existing in options.Converters)
        {
            if (existing.GetType() == converter.GetType())
            {
                return;
            }
        }

        options.Converters.Add(converter);
    }

    private static JsonSerializerOptions CreateReadOnly(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            WriteIndented = indented,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        }.ConfigureForConflictModel();
        options.MakeReadOnly();
        return options;
    }
}
