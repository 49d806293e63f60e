using System.Text.Json;
using ConflictModel.Serialization;
using NodaTime;

namespace ConflictModel.Tests.Serialization;

public class ConflictModelJsonTests
{
    private static string Write<T>(T value) => JsonSerializer.Serialize(value, ConflictModelJson.Options);

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, ConflictModelJson.Options)!;

    [Fact]
    public void UncertainDate_IsWrittenAsTheDocumentedObject()
    {
        var midMarch = UncertainDate.PartOfMonth(2014, 3, DateStatedAs.MidOfMonth, "mid-March");
        Assert.Equal(
            """{"earliest":"2014-03-11","latest":"2014-03-20","precision":"monthPart","statedAs":"midOfMonth","yearInferred":false,"edtf":"2014-03-11/2014-03-20","text":"mid-March"}""",
            Write(midMarch));
    }

    [Fact]
    public void UncertainDate_OpenEnd_IsWrittenAsNull()
    {
        var by = UncertainDate.OnOrBefore(UncertainDate.OnDay(new LocalDate(2014, 4, 26)));
        Assert.Equal(
            """{"earliest":null,"latest":"2014-04-26","precision":"day","statedAs":"onOrBefore","yearInferred":false,"edtf":"[..2014-04-26]","text":null}""",
            Write(by));
    }

    [Fact]
    public void UncertainDate_CanBeReadFromAnEdtfString()
    {
        Assert.Equal(UncertainDate.InMonth(2014, 5).WithStatedAs(DateStatedAs.Uncertain), Read<UncertainDate>("\"2014-05?\""));
        Assert.Equal(UncertainDate.InYear(2014).WithText("in 2014"), Read<UncertainDate>("""{"edtf":"2014","text":"in 2014"}"""));
    }

    [Fact]
    public void UncertainPeriod_IsWrittenAsTheDocumentedObject()
    {
        var period = UncertainPeriod.Ongoing(UncertainDate.OnDay(new LocalDate(2014, 1, 2)));
        Assert.Equal(
            """{"start":{"earliest":"2014-01-02","latest":"2014-01-02","precision":"day","statedAs":"exact","yearInferred":false,"edtf":"2014-01-02","text":null},"end":null,"ongoing":true,"edtf":"2014-01-02/..","text":null}""",
            Write(period));
        Assert.Equal(period, Read<UncertainPeriod>("\"2014-01-02/..\""));
    }

    [Fact]
    public void Estimate_IsWrittenAsTheDocumentedObject()
    {
        Assert.Equal("""{"low":43,"high":51,"best":null,"kind":"range","approximate":false}""", Write(Estimate.Between(43, 51)));
        Assert.Equal("""{"low":2764,"high":null,"best":null,"kind":"moreThan","approximate":false}""", Write(Estimate.MoreThan(2764)));
        Assert.Equal("""{"low":40,"high":40,"best":40,"kind":"approximately","approximate":true}""", Write(Estimate.Approximately(40)));
    }

    [Fact]
    public void TextSpanAndArrays_AreArrays()
    {
        Assert.Equal("[120,140]", Write(new TextSpan(120, 20)));
        Assert.Equal("""{"document":"a.txt","span":[1,5],"sentence":"S.","section":null,"citations":[9,12]}""",
            Write(new Evidence("a.txt", TextSpan.FromBounds(1, 5), "S.", null, EquatableArray.Create(9, 12))));
        Assert.Equal(EquatableArray<int>.Empty, Read<EquatableArray<int>>("null"));
    }

    [Fact]
    public void Diagnostic_UsesCamelCaseAndEnumNames() =>
        Assert.Equal("""{"line":3,"column":7,"severity":"warning","message":"odd","code":"CM0001"}""",
            Write(new Diagnostic(3, 7, DiagnosticSeverity.Warning, "odd", "CM0001")));

    [Fact]
    public void Options_AreReadOnlyCompactAndVersioned()
    {
        Assert.True(ConflictModelJson.Options.IsReadOnly);
        Assert.False(ConflictModelJson.Options.WriteIndented);
        Assert.True(ConflictModelJson.IndentedOptions.WriteIndented);
        Assert.Equal("1.0", ConflictModelJson.SchemaVersion);
    }

    [Fact]
    public void ConfigureForConflictModel_IsIdempotentAndReturnsTheSameOptions()
    {
        var options = new JsonSerializerOptions();
        Assert.Same(options, options.ConfigureForConflictModel());
        int count = options.Converters.Count;
        options.ConfigureForConflictModel();
        Assert.Equal(count, options.Converters.Count);
        Assert.Equal(JsonNamingPolicy.CamelCase, options.PropertyNamingPolicy);
        Assert.Equal("[1,2]", JsonSerializer.Serialize(new TextSpan(1, 1), options));
        Assert.Throws<ArgumentNullException>(() => ((JsonSerializerOptions)null!).ConfigureForConflictModel());
    }

    [Theory]
    [InlineData("""{"earliest":"2014-04-10","latest":"2014-04-01","precision":"day"}""", "earliest (2014-04-10) must not be after latest")]
    [InlineData("""{"earliest":"2014-13-01","latest":null}""", "'earliest' value \"2014-13-01\" is not an ISO date")]
    [InlineData("""{"precision":"fortnight"}""", "'precision' value \"fortnight\" is not a DatePrecision")]
    [InlineData("\"2014-13\"", "\"2014-13\" is not an EDTF date: at position 5")]
    [InlineData("42", "Expected an uncertain date object or EDTF string")]
    public void ReadUncertainDate_BadJson_ThrowsJsonExceptionWithAClearMessage(string json, string message)
    {
        var ex = Assert.Throws<JsonException>(() => Read<UncertainDate>(json));
        Assert.Contains(message, ex.Message);
    }

    [Theory]
    [InlineData("""{"low":5,"high":4}""", "low (5) must not be above high (4)")]
    [InlineData("""{"high":4}""", "needs a 'low' number")]
    [InlineData("""{"low":-1}""", "low (-1) must not be negative")]
    [InlineData("""{"low":1.5}""", "'low' must be a whole number")]
    [InlineData("""{"low":1,"kind":3}""", "'kind' must be a string naming a EstimateKind")]
    public void ReadEstimate_BadJson_ThrowsJsonExceptionWithAClearMessage(string json, string message)
    {
        var ex = Assert.Throws<JsonException>(() => Read<Estimate>(json));
        Assert.Contains(message, ex.Message);
    }

    [Theory]
    [InlineData("[5,1]", "end (1) must not be before start (5)")]
    [InlineData("[1,2,3]", "exactly two numbers")]
    [InlineData("{}", "Expected a text span")]
    public void ReadTextSpan_BadJson_ThrowsJsonExceptionWithAClearMessage(string json, string message)
    {
        var ex = Assert.Throws<JsonException>(() => Read<TextSpan>(json));
        Assert.Contains(message, ex.Message);
    }

    [Fact]
    public void Read_SkipsUnknownProperties() =>
        Assert.Equal(Estimate.Exactly(3), Read<Estimate>("""{"future":{"a":[1,2]},"low":3,"high":3,"best":3,"kind":"exact"}"""));
}
