using ConflictModel.Recognition;

namespace ConflictModel.Tests.Recognition.Attribution;

public sealed class AttributionRecognizerTests
{
    private static readonly AttributionRecognizer R = AttributionRecognizer.Default;

    private static ConflictModel.Recognition.Attribution At(string sentence, string figure) =>
        R.Attribute(sentence, new TextSpan(sentence.IndexOf(figure, StringComparison.Ordinal), figure.Length));

    [Theory]
    [InlineData("According to the SOHR, 40 soldiers died.", "40 soldiers", "sohr", ClaimStance.Reported)]
    [InlineData("40 soldiers died, according to Amaq.", "40 soldiers", "amaq", ClaimStance.Reported)]
    [InlineData("State news agency SANA said 40 militants died.", "40 militants", "sana", ClaimStance.Reported)]
    [InlineData("Al-Masdar reported that 40 militants died.", "40 militants", "al-masdar", ClaimStance.Reported)]
    [InlineData("The Syrian Network for Human Rights stated that 40 civilians died.", "40 civilians", "snhr", ClaimStance.Reported)]
    [InlineData("ISIL claimed that 40 soldiers died.", "40 soldiers", "isis", ClaimStance.Claimed)]
    [InlineData("Reuters confirmed that 40 soldiers died.", "40 soldiers", "reuters", ClaimStance.Confirmed)]
    [InlineData("An infographic produced by Amaq in early January listed 40 attacks.", "40 attacks", "amaq", ClaimStance.Reported)]
    public void Attribute_NamedClaimants(string sentence, string figure, string key, ClaimStance stance)
    {
        var a = At(sentence, figure);
        Assert.Equal(key, a.Claimant?.Key);
        Assert.Equal(ClaimantKind.Named, a.Claimant!.Kind);
        Assert.Equal(stance, a.Stance);
    }

    [Theory]
    [InlineData("40 soldiers died, according to a military source.", "40 soldiers", "military source")]
    [InlineData("Opposition sources reported that 40 soldiers died.", "40 soldiers", "Opposition sources")]
    [InlineData("Kurdish sources said that 40 militants died.", "40 militants", "Kurdish sources")]
    [InlineData("According to some reports, 40 soldiers died.", "40 soldiers", "some reports")]
    [InlineData("According to one report, 40 soldiers died, while another stated 50 died.", "50", "another report")]
    [InlineData("A rebel officer said that 40 soldiers died.", "40 soldiers", "rebel officer")]
    public void Attribute_DescriptiveClaimants(string sentence, string figure, string name)
    {
        var a = At(sentence, figure);
        Assert.Equal(ClaimantKind.Descriptive, a.Claimant!.Kind);
        Assert.Equal(name, a.Claimant.Name);
        Assert.Equal(ClaimStance.Reported, a.Stance);
    }

    [Fact]
    public void Attribute_ClaimantOnlyFromTheFiguresOwnSentence()
    {
        var a = At("40 soldiers died in the attack.", "40 soldiers");
        Assert.Equal(ConflictModel.Recognition.Attribution.Asserted, a);
    }

    [Fact]
    public void Attribute_HedgeInTheFiguresOwnPhrase_BeatsTheReportingVerb()
    {
        var a = At("Activists said 40 soldiers were allegedly executed.", "40 soldiers");
        Assert.Equal(ClaimStance.Claimed, a.Stance);
        Assert.Equal("Activists", a.Claimant!.Name);
    }

    [Fact]
    public void Attribute_SpanOutsideSentence_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => R.Attribute("short", new TextSpan(2, 10)));
        Assert.Throws<ArgumentNullException>(() => R.Attribute(null!, default));
    }

    [Theory]
    [InlineData("the SOHR", "SOHR", "sohr")]
    [InlineData("a military source", "military source", null)]
    [InlineData("state news agency SANA", "SANA", "sana")]
    public void ClaimantFromPhrase_NamesOrDescribes(string phrase, string name, string? key)
    {
        var c = R.ClaimantFromPhrase(phrase)!;
        Assert.Equal(name, c.Name);
        Assert.Equal(key, c.Key);
    }

    [Theory]
    [InlineData("AFP, citing the SOHR, said 40 soldiers died.")]
    [InlineData("According to AFP, citing the Syrian Observatory for Human Rights, 40 soldiers died.")]
    [InlineData("Reuters, quoting SOHR, reported that 40 soldiers died.")]
    public void Attribute_RelayedClaim_NamesThePrimaryClaimantAndTheRelay(string sentence)
    {
        var a = At(sentence, "40 soldiers");
        Assert.Equal("sohr", a.Claimant!.Key);
        Assert.Single(a.Claimant.RelayedBy);
        Assert.Contains(a.Claimant.RelayedBy[0], new[] { "AFP", "Reuters" });
    }
}
