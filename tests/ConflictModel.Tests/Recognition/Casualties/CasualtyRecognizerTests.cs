using ConflictModel.Recognition;

namespace ConflictModel.Tests.Recognition.Casualties;

/// <summary>Sentences written for these tests (not from the seeds), one behaviour per row.</summary>
public sealed class CasualtyRecognizerTests
{
    private static readonly CasualtyRecognizer R = CasualtyRecognizer.Default;

    private static string Fig(CasualtyMention m) =>
        $"{m.Figure.Estimate.Low}..{m.Figure.Estimate.High?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "open"} {m.Figure.Category} [{m.Figure.Who}]";

    private static string[] Figs(string sentence) => R.Recognize(sentence).Select(Fig).ToArray();

    [Theory]
    [InlineData("12 Kurdish fighters were killed near the dam.", "12..12 Killed [Kurdish fighters]")]
    [InlineData("The shelling left 9 civilians dead.", "9..9 Killed [civilians]")]
    [InlineData("Insurgents ambushed the convoy, killing four policemen.", "4..4 Killed [policemen]")]
    [InlineData("Government troops executed 31 prisoners in the square.", "31..31 Executed [prisoners]")]
    [InlineData("At least 45 people were wounded in the blast.", "45..open Wounded [people]")]
    [InlineData("Some 300 civilians were injured.", "300..300 Wounded [civilians]")]
    [InlineData("Twenty-two soldiers were captured by the militants.", "22..22 Captured [soldiers]")]
    [InlineData("Three aid workers went missing and are presumed dead.", "3..3 Missing [aid workers]")]
    [InlineData("Gunmen kidnapped eleven villagers overnight.", "11..11 Kidnapped [villagers]")]
    [InlineData("Police arrested dozens of protesters in the capital.", "24..open Arrested [protesters]")]
    [InlineData("More than 8,000 residents have fled the fighting.", "8000..open Displaced [residents]")]
    [InlineData("Up to 70,000 people were displaced by the offensive.", "0..70000 Displaced [people]")]
    [InlineData("The brigade suffered 40 casualties.", "40..40 Casualties []")]
    [InlineData("Nearly 60 fighters were killed or wounded.", "0..60 KilledAndWounded [fighters]")]
    [InlineData("About 25 rebels are dead or missing.", "25..25 KilledOrMissing [rebels]")]
    [InlineData("Roughly 2,500 militia fighters were deployed to the front.", "2500..2500 Strength [militia fighters]")]
    [InlineData("An estimated 40,000 people live in the besieged district.", "40000..40000 Population [people]")]
    [InlineData("The group carried out 73 suicide attacks that year.", "73..73 Attacks []")]
    public void Recognize_OneFigure(string sentence, string expected)
    {
        Assert.Equal([expected], Figs(sentence));
    }

    [Theory]
    [InlineData("14 militants and 6 soldiers were killed in the clashes.", "14..14 Killed [militants]", "6..6 Killed [soldiers]")]
    [InlineData("The raid led to the deaths of 17 fighters and 4 civilians.", "17..17 Killed [fighters]", "4..4 Killed [civilians]")]
    [InlineData("Fighting left 21 rebels, 9 tribal fighters and three members of the Example Brigade dead.", "21..21 Killed [rebels]", "9..9 Killed [tribal fighters]", "3..3 Killed [members of the Example Brigade]")]
    [InlineData("Since the start of the month 300 fighters had been killed and 410 were wounded.", "300..300 Killed [fighters]", "410..410 Wounded [fighters]")]
    [InlineData("90 militants and 12 soldiers were killed, while 7 soldiers were captured.", "90..90 Killed [militants]", "12..12 Killed [soldiers]", "7..7 Captured [soldiers]")]
    [InlineData("40 militia and 15 army soldiers had been killed.", "40..40 Killed [militia soldiers]", "15..15 Killed [army soldiers]")]
    public void Recognize_SeveralFiguresInOneSentence(string sentence, params string[] expected)
    {
        Assert.Equal(expected, Figs(sentence));
    }

    [Fact]
    public void Recognize_NamedPersonAndOthers_CountsThePersonToo()
    {
        var m = Assert.Single(R.Recognize("A car bomb killed the local commander Omar Example and 8 other fighters."));
        Assert.Equal(Estimate.Exactly(9), m.Figure.Estimate);
        Assert.Equal(CasualtyCategory.Killed, m.Figure.Category);
        Assert.StartsWith("killed the local commander Omar Example and 8 other fighters", m.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Later that week the death toll was raised to 112.", 112L, "Killed")]
    [InlineData("The toll among the villagers rose to 45.", 45L, "Killed")]
    [InlineData("The number of wounded soldiers was later updated to 230.", 230L, "Wounded")]
    [InlineData("The number of dead civilians was revised to 19.", 19L, "Killed")]
    public void Recognize_Updates_AreUpdated(string sentence, long value, string category)
    {
        var m = Assert.Single(R.Recognize(sentence));
        Assert.True(m.IsUpdate);
        Assert.Equal(ClaimStance.Updated, m.Stance);
        Assert.Equal(Estimate.Exactly(value), m.Figure.Estimate);
        Assert.Equal(category, m.Figure.Category.ToString());
    }

    [Fact]
    public void Recognize_UpdateWithConfirmedAdjective_MainVerbDecides()
    {
        var m = Assert.Single(R.Recognize("The number of confirmed fighters killed in the siege was updated to 61."));
        Assert.Equal(ClaimStance.Updated, m.Stance);
        Assert.Equal("fighters", m.Figure.Who);
    }

    [Theory]
    [InlineData("According to SOHR, 22 soldiers were killed.", "SOHR", "sohr", ClaimStance.Reported)]
    [InlineData("22 soldiers were killed, according to the Syrian Observatory for Human Rights.", "SOHR", "sohr", ClaimStance.Reported)]
    [InlineData("22 soldiers were killed, according to a military source.", "military source", null, ClaimStance.Reported)]
    [InlineData("Opposition sources said 22 soldiers were killed.", "Opposition sources", null, ClaimStance.Reported)]
    [InlineData("State news agency SANA reported that 22 militants were killed.", "SANA", "sana", ClaimStance.Reported)]
    [InlineData("Kurdish sources stated that 22 militants were killed.", "Kurdish sources", null, ClaimStance.Reported)]
    [InlineData("Amaq claimed that 22 soldiers were killed.", "Amaq", "amaq", ClaimStance.Claimed)]
    [InlineData("The Syrian Army announced that it had killed 22 militants.", "Syrian Army", "syrian-army", ClaimStance.Reported)]
    [InlineData("The SOHR confirmed the deaths of 22 soldiers.", "SOHR", "sohr", ClaimStance.Confirmed)]
    [InlineData("The Observatory gave the number of 22 dead soldiers.", "SOHR", "sohr", ClaimStance.Reported)]
    [InlineData("The military reported killing 22 militants.", "military", null, ClaimStance.Reported)]
    public void Recognize_Claimants(string sentence, string name, string? key, ClaimStance stance)
    {
        var m = Assert.Single(R.Recognize(sentence));
        Assert.Equal(22, m.Figure.Estimate.Low);
        Assert.NotNull(m.Claimant);
        Assert.Equal(name, m.Claimant!.Name);
        Assert.Equal(key, m.Claimant.Key);
        Assert.Equal(key is null ? ClaimantKind.Descriptive : ClaimantKind.Named, m.Claimant.Kind);
        Assert.Equal(stance, m.Stance);
        Assert.NotNull(m.CueSpan);
    }

    [Theory]
    [InlineData("22 soldiers were killed in the attack.", ClaimStance.Asserted)]
    [InlineData("22 soldiers were reportedly killed in the attack.", ClaimStance.Reportedly)]
    [InlineData("22 soldiers were reported killed in the attack.", ClaimStance.Reportedly)]
    [InlineData("22 soldiers were allegedly executed after the attack.", ClaimStance.Claimed)]
    [InlineData("22 soldiers were supposedly killed in the attack.", ClaimStance.Claimed)]
    [InlineData("22 soldiers were purportedly killed in the attack.", ClaimStance.Claimed)]
    [InlineData("It was revealed that 22 soldiers were executed.", ClaimStance.Reportedly)]
    public void Recognize_Hedges(string sentence, ClaimStance stance)
    {
        var m = Assert.Single(R.Recognize(sentence));
        Assert.Equal(stance, m.Stance);
        Assert.Null(m.Claimant);
    }

    [Fact]
    public void Recognize_DisputedFigure_IsDisputed()
    {
        var m = Assert.Single(R.Recognize("Activists disputed reports that 40 soldiers died."));
        Assert.Equal(ClaimStance.Disputed, m.Stance);
        Assert.Equal("Activists", m.Claimant!.Name);
    }

    [Fact]
    public void Recognize_TwoClaimantsInOneSentence_EachClauseKeepsItsOwn()
    {
        var ms = R.Recognize("The army claimed that it had killed over 300 militants, while SOHR gave the number of 120.");
        Assert.Equal(2, ms.Count);
        Assert.Equal((300L, (long?)null, ClaimStance.Claimed), (ms[0].Figure.Estimate.Low, ms[0].Figure.Estimate.High, ms[0].Stance));
        Assert.Equal("army", ms[0].Claimant!.Name);
        Assert.Equal((120L, (long?)120L, "sohr", ClaimStance.Reported), (ms[1].Figure.Estimate.Low, ms[1].Figure.Estimate.High, ms[1].Claimant!.Key, ms[1].Stance));
        Assert.Equal(CasualtyCategory.Killed, ms[1].Figure.Category);
        Assert.Equal("militants", ms[1].Figure.Who);
    }

    [Fact]
    public void Recognize_Denial_CarriesNoNumberAndLinksToThePreviousClaim()
    {
        var claim = R.Recognize("Activists reported that the group's deputy commander was killed in an airstrike.");
        var c = Assert.Single(claim);
        Assert.Equal(Estimate.Exactly(1), c.Figure.Estimate);
        Assert.Equal(CasualtyCategory.Killed, c.Figure.Category);
        Assert.Equal("Activists", c.Claimant!.Name);

        var denial = Assert.Single(R.Recognize("The group denied the claim."));
        Assert.True(denial.IsDenial);
        Assert.Equal(ClaimStance.Denied, denial.Stance);
        Assert.False(denial.Figure.Estimate.HasStatedLow);
        Assert.Null(denial.Figure.Estimate.High);
        Assert.Equal(CasualtyCategory.Other, denial.Figure.Category);

        var linked = ClaimLinker.LinkDenial(denial, claim);
        Assert.Equal(CasualtyCategory.Killed, linked.Figure.Category);
        Assert.Equal(c.Figure.Who, linked.Figure.Who);
        Assert.Same(c, ClaimLinker.FindDeniedClaim(claim));
        Assert.False(linked.Figure.Estimate.HasStatedLow);
    }

    [Fact]
    public void Recognize_DenialByNamedActor_NamesTheClaimant()
    {
        var d = Assert.Single(R.Recognize("An ISIL spokesman denied this claim."));
        Assert.Equal("isis", d.Claimant!.Key);
    }

    [Fact]
    public void ResolveSameSource_ReplacesTheAnaphoricClaimant()
    {
        var m = Assert.Single(R.Recognize("The same source named 17 ISIL casualties."));
        Assert.True(m.ClaimantIsAnaphoric);
        var sohr = new Claimant("SOHR", "sohr", ClaimantKind.Named);
        Assert.Equal(sohr, ClaimLinker.ResolveSameSource(m, sohr).Claimant);
    }

    [Fact]
    public void ResolveReferenceBack_GivesTheEarlierClaimant()
    {
        var earlier = R.Recognize("A statement by Amaq listed 212 suicide attacks in the province.");
        Assert.Equal("amaq", Assert.Single(earlier).Claimant!.Key);
        var m = Assert.Single(R.Recognize("Forty (40) of these attacks supposedly hit the airport."));
        Assert.True(m.RefersBack);
        Assert.Null(m.Claimant);
        var resolved = ClaimLinker.ResolveReferenceBack(m, earlier);
        Assert.Equal("amaq", resolved.Claimant!.Key);
        Assert.Equal(ClaimStance.Claimed, resolved.Stance);
        Assert.Equal(40, resolved.Figure.Estimate.Low);
    }

    [Theory]
    [InlineData("Since the start of the offensive, 40 soldiers were killed.", "Since the start of the offensive")]
    [InlineData("40 soldiers were killed since the start of the offensive.", "since the start of the offensive")]
    [InlineData("By 6 December, 40 soldiers had been killed.", "By 6 December")]
    [InlineData("The group executed 40 soldiers between 27 and 28 August.", "between 27 and 28 August")]
    [InlineData("From 30 April until 10 May, 40 soldiers were killed.", "From 30 April until 10 May")]
    [InlineData("The army killed 40 militants during the previous three days.", "during the previous three days")]
    public void Recognize_ScopePhrases_AreKeptAsText(string sentence, string scope)
    {
        var m = Assert.Single(R.Recognize(sentence));
        Assert.Equal(40, m.Figure.Estimate.Low);
        Assert.Equal(scope, m.Figure.ScopeText);
        Assert.Equal(scope, m.ScopeSpan!.Value.Slice(sentence));
    }

    [Theory]
    [InlineData("The militants captured two villages and seized 3 tanks.")]
    [InlineData("The offensive lasted three months.")]
    [InlineData("On 10 April 2014, the 17th Division withdrew from Route 4.")]
    [InlineData("Two days later the rebels retreated.")]
    [InlineData("700 soldiers managed to retreat to the airport.")]
    [InlineData("Turnout reached 45 percent in the election.")]
    [InlineData("")]
    public void Recognize_NotCasualtyFigures(string sentence)
    {
        Assert.Empty(R.Recognize(sentence));
    }

    [Fact]
    public void Recognize_TerritorialControlPercent()
    {
        var m = Assert.Single(R.Recognize("By then the militants controlled about 60% of the town."));
        Assert.Equal(CasualtyCategory.TerritorialControlPercent, m.Figure.Category);
        Assert.Equal(Estimate.Approximately(60), m.Figure.Estimate);
    }

    [Fact]
    public void RecognizeText_SplitsSentencesAndKeepsOffsets()
    {
        const string text = "On 3 May, 12 soldiers were killed. Col. Example said 5 militants died.[4] Nothing else happened.";
        var ms = CasualtyRecognizer.Default.RecognizeText(text);
        Assert.Equal(2, ms.Count);
        Assert.Equal("12 soldiers were killed", ms[0].Span.Slice(text));
        Assert.Equal("5 militants died", ms[1].Span.Slice(text));
    }

    [Fact]
    public void Recognize_IgnoresCitationMarkers()
    {
        var m = Assert.Single(R.Recognize("31 soldiers[12] were killed.[3][4]"));
        Assert.Equal(Estimate.Exactly(31), m.Figure.Estimate);
    }
}

/// <summary>Common newswire phrasings, written for these tests.</summary>
public sealed class CasualtyRecognizerNewswireTests
{
    private static string[] Figs(string sentence) =>
        CasualtyRecognizer.Default.Recognize(sentence).Select(m => $"{m.Figure.Estimate.Low}..{m.Figure.Estimate.High?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "open"} {m.Figure.Category}").ToArray();

    [Theory]
    [InlineData("15 people were killed and 30 wounded in the blast.", "15..15 Killed", "30..30 Wounded")]
    [InlineData("The attack killed 12 and injured 30.", "12..12 Killed", "30..30 Wounded")]
    [InlineData("The death toll from the bombing has risen to 52.", "52..52 Killed")]
    [InlineData("Officials put the death toll at 45.", "45..45 Killed")]
    [InlineData("A car bomb killed 3 people, including 2 children.", "3..3 Killed", "2..2 Killed")]
    [InlineData("Dozens were killed in the raid.", "24..open Killed")]
    [InlineData("Hundreds of civilians have been killed since March.", "200..open Killed")]
    [InlineData("In October 29 soldiers died in the siege.", "29..29 Killed")]
    [InlineData("A soldier was killed by a sniper.", "1..1 Killed")]
    [InlineData("Two soldiers were killed 30 km north of the city.", "2..2 Killed")]
    [InlineData("The UN said more than 500,000 people have fled.", "500000..open Displaced")]
    [InlineData("Syrian state media said government forces had killed “dozens of terrorists”.", "24..open Killed")]
    [InlineData("The Britain-based Syrian Observatory for Human Rights said at least 17 people, including four children, were killed.", "17..open Killed", "4..4 Killed")]
    [InlineData("Activists said the death toll had climbed to 31.", "31..31 Killed")]
    [InlineData("The pro-government Al-Masdar News put the group's losses at around 120 dead.", "120..120 Killed")]
    [InlineData("Turkish officials said the YPG lost more than 200 fighters in the operation.", "200..open Killed")]
    [InlineData("Some 150,000 people have been displaced since the offensive began in October.", "150000..150000 Displaced")]
    [InlineData("Eight members of the same family were killed in an airstrike.", "8..8 Killed")]
    [InlineData("A further 20 were wounded.", "20..20 Wounded")]
    [InlineData("The explosion killed at least 50 and wounded more than 100.", "50..open Killed", "100..open Wounded")]
    [InlineData("In total, 1,200 people were killed in 2015.", "1200..1200 Killed")]
    [InlineData("The strike hit a market, killing 2 and injuring 5 civilians.", "2..2 Killed", "5..5 Wounded")]
    [InlineData("Rebels lost control of three villages.")]
    [InlineData("The convoy of 40 vehicles was destroyed.")]
    [InlineData("Around 300 families returned home.")]
    [InlineData("The council adopted Resolution 2254 in December.")]
    [InlineData("Since 2011, more than 500,000 people have been killed.", "500000..open Killed")]
    [InlineData("Activists disputed reports that 40 soldiers died.", "40..40 Killed")]
    [InlineData("The army recaptured 12 villages and two hills in the north.")]
    public void Recognize_NewswirePhrasings(string sentence, params string[] expected)
    {
        Assert.Equal(expected, Figs(sentence));
    }
}
