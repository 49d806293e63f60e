using System.Text.Json;
using ConflictModel.Serialization;
using FsCheck;
using static ConflictModel.Tests.Properties.ConflictArbitraries;

namespace ConflictModel.Tests.Properties;

/// <summary>Writing then reading with <see cref="ConflictModelJson.Options"/> gives an equal value.</summary>
public class JsonLawTests
{
    private static void RoundTrips<T>(Gen<T> gen) =>
        PropertyCheck.ForAll(gen, x =>
        {
            string json = JsonSerializer.Serialize(x, ConflictModelJson.Options);
            Assert.Equal(x, JsonSerializer.Deserialize<T>(json, ConflictModelJson.Options));
        });

    [Fact]
    public void Json_RoundTrips_UncertainDate() => RoundTrips(AnyUncertainDate);

    [Fact]
    public void Json_RoundTrips_NullableUncertainDate() =>
        RoundTrips(FsCheck.Fluent.Gen.Select(AnyUncertainDate, d => d.Latest is null ? (UncertainDate?)null : d));

    [Fact]
    public void Json_RoundTrips_UncertainPeriod() => RoundTrips(AnyUncertainPeriod);

    [Fact]
    public void Json_RoundTrips_Estimate() => RoundTrips(AnyEstimate);

    [Fact]
    public void Json_RoundTrips_TextSpan() => RoundTrips(AnyTextSpan);

    [Fact]
    public void Json_RoundTrips_Evidence() => RoundTrips(AnyEvidence);

    [Fact]
    public void Json_RoundTrips_Claim() => RoundTrips(AnyClaim);

    [Fact]
    public void Json_RoundTrips_ConflictEvent() => RoundTrips(AnyConflictEvent);

    [Fact]
    public void Json_RoundTrips_CasualtyFigure() => RoundTrips(AnyCasualtyFigure);

    [Fact]
    public void Json_RoundTrips_Diagnostic() => RoundTrips(AnyDiagnostic);

    [Fact]
    public void Json_RoundTrips_EquatableArray() => RoundTrips(Citations);
}
