using ConflictModel.Merge;
using ConflictModel.Merge.Synthetic;
using static ConflictModel.Tests.Merge.ClaimFactory;

namespace ConflictModel.Tests.Merge;

public class ClaimReconcilerTests
{
    public static TheoryData<string> Policies() => new() { "conservative", "ucdp", "weighted" };

    private static ClaimReconciler Reconciler(string policy) => new(ReconciliationPolicy.FromName(policy));

    // 004 group 1: the Syrian Army claimed it had killed over 100 ISIL militants; SOHR gave 45.
    private static Claim[] IsilKilledBy5December() =>
    [
        Count("g1-army", "Syrian Army", Estimate.MoreThan(100), "ISIL militants", "isil", ClaimStance.Claimed),
        Count("g1-sohr", "SOHR", Estimate.Exactly(45), "ISIL militants", "isil"),
    ];

    // 004 group 2: SOHR 51 soldiers killed, Al-Masdar 43; the infobox gives 43–51.
    private static Claim[] SoldiersKilledBy6December() =>
    [
        Count("g2-sohr", "SOHR", Estimate.Exactly(51), "soldiers", "soldiers", scope: Dec2To6),
        Count("g2-masdar", "Al-Masdar", Estimate.Exactly(43), "soldiers", "soldiers", scope: Dec2To6),
    ];

    // 004 group 3: SOHR 68 ISIS militants killed, Al-Masdar over 200.
    private static Claim[] IsisKilledBy6December() =>
    [
        Count("g3-sohr", "SOHR", Estimate.Exactly(68), "ISIS militants", "isil", scope: Dec2To6, eventId: "ev3"),
        Count("g3-masdar", "Al-Masdar", Estimate.MoreThan(200), "ISIS militants", "isil", scope: Dec2To6, eventId: "ev3"),
    ];

    [Theory]
    [MemberData(nameof(Policies))]
    public void Reconcile_SyrianArmyOver100VersusSohr45_IsContestedAndNamesThePartisanClaim(string policy)
    {
        var assessment = Assert.Single(Reconciler(policy).Reconcile(IsilKilledBy5December()));

        Assert.Equal(AssessmentStatus.Contested, assessment.Status);
        Assert.Equal(45, assessment.Low);
        Assert.Equal(45, assessment.Best);
        Assert.Equal(45, assessment.High);
        Assert.Contains("Syrian Army says 100+ (partisan claim: belligerent aligned with syrian government", assessment.Explanation, StringComparison.Ordinal);
        var army = assessment.Contributions.Single(c => c.Claim.Id == "g1-army");
        Assert.False(army.Counted);
        Assert.Equal(0.6 * 0.85 * 0.5, army.Weight, 6);
        Assert.Contains("enemy's losses", army.Reason, StringComparison.Ordinal);
        var sohr = assessment.Contributions.Single(c => c.Claim.Id == "g1-sohr");
        Assert.True(sohr.Counted);
        Assert.Equal(0.9, sohr.Weight, 6);
    }

    [Theory]
    [InlineData("conservative", 43)]
    [InlineData("ucdp", 51)]
    [InlineData("weighted", 48)]
    public void Reconcile_Sohr51VersusAlMasdar43_SpansTheInfoboxRange(string policy, long best)
    {
        var assessment = Assert.Single(Reconciler(policy).Reconcile(SoldiersKilledBy6December()));

        Assert.Equal(AssessmentStatus.Contested, assessment.Status);
        Assert.Equal(43, assessment.Low);
        Assert.Equal(51, assessment.High);
        Assert.Equal(best, assessment.Best);
        Assert.True(assessment.Contributions.All(c => c.Counted));
        Assert.Contains("Al-Masdar says 43 (partisan source: pro-government media", assessment.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void Reconcile_Sohr68VersusAlMasdarOver200_IsContestedAndDiscountsAlMasdar(string policy)
    {
        var assessment = Assert.Single(Reconciler(policy).Reconcile(IsisKilledBy6December()));

        Assert.Equal(AssessmentStatus.Contested, assessment.Status);
        Assert.Equal((45L, 68L, 68L, 68L), (45L, assessment.Low, assessment.Best!.Value, assessment.High!.Value));
        Assert.Contains("Al-Masdar says 200+ (partisan claim", assessment.Explanation, StringComparison.Ordinal);
        Assert.Equal(0.35, assessment.Contributions.Single(c => c.Claim.Id == "g3-masdar").Weight, 6);
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void Reconcile_AllThreeGroupsTogether_GivesThreeAssessmentsInKeyOrder(string policy)
    {
        var all = IsisKilledBy6December().Concat(SoldiersKilledBy6December()).Concat(IsilKilledBy5December()).Reverse().ToArray();

        var assessments = Reconciler(policy).Reconcile(all);

        Assert.Equal(3, assessments.Count);
        Assert.All(assessments, a => Assert.Equal(AssessmentStatus.Contested, a.Status));
        Assert.Equal(["ev3|Count|Killed|isis|", "ev|Count|Killed|isis|", "ev|Count|Killed|soldiers|"], assessments.Select(a => a.QuantityKey));
    }

    [Fact]
    public void Reconcile_UpdatedFigure_SupersedesTheEarlierOneButKeepsIt()
    {
        var claims = new[]
        {
            Count("s1", "SOHR", Estimate.Exactly(85), "civilians", "civilians"),
            Count("s2", "SOHR", Estimate.Exactly(105), "civilians", "civilians", ClaimStance.Updated, supersedes: "s1"),
        };

        var assessment = Assert.Single(new ClaimReconciler(ReconciliationPolicy.Conservative).Reconcile(claims));

        Assert.Equal(AssessmentStatus.Superseded, assessment.Status);
        Assert.Equal((105L, 105L, 105L), (assessment.Low, assessment.Best!.Value, assessment.High!.Value));
        var old = assessment.Contributions.Single(c => c.Claim.Id == "s1");
        Assert.False(old.Counted);
        Assert.Contains("superseded", old.Reason, StringComparison.Ordinal);
        Assert.Contains("SOHR's 85 was superseded", assessment.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Reconcile_SupersessionChain_OnlyTheLatestDrives()
    {
        var claims = new[]
        {
            Count("u1", "OCHA", Estimate.Exactly(10), "civilians", "civilians"),
            Count("u2", "OCHA", Estimate.Exactly(20), "civilians", "civilians", ClaimStance.Updated, supersedes: "u1"),
            Count("u3", "OCHA", Estimate.Exactly(30), "civilians", "civilians", ClaimStance.Updated, supersedes: "u2"),
        };

        var assessment = Assert.Single(new ClaimReconciler().Reconcile(claims));

        Assert.Equal(30, assessment.Best);
        Assert.Equal(["u3"], assessment.CountedClaims.Select(c => c.Id));
        Assert.Equal(3, assessment.Contributions.Count);
    }

    [Fact]
    public void Reconcile_SohrRelayedByAfpAndReuters_CountsOnce()
    {
        var claims = new[]
        {
            Count("r1", "SOHR", Estimate.Exactly(30), "civilians", "civilians", document: "doc-a", relayedBy: EquatableArray.Create("AFP")),
            Count("r2", "SOHR", Estimate.Exactly(30), "civilians", "civilians", document: "doc-b", relayedBy: EquatableArray.Create("Reuters")),
        };

        var alone = Assert.Single(new ClaimReconciler().Reconcile(claims));
        var withOcha = Assert.Single(new ClaimReconciler().Reconcile(claims.Append(Count("r3", "OCHA", Estimate.Between(25, 35), "civilians", "civilians"))));

        Assert.Equal(AssessmentStatus.SingleSource, alone.Status);
        Assert.Equal(["r1"], alone.CountedClaims.Select(c => c.Id));
        Assert.Contains("relayed copy via Reuters of r1", alone.Contributions.Single(c => c.Claim.Id == "r2").Reason, StringComparison.Ordinal);
        Assert.Equal(AssessmentStatus.Agreed, withOcha.Status);
        Assert.Equal(["r1", "r3"], withOcha.CountedClaims.Select(c => c.Id));
        Assert.Equal((25L, 30L, 35L), (withOcha.Low, withOcha.Best!.Value, withOcha.High!.Value));
    }

    [Fact]
    public void Reconcile_EnemyDeniesAClaim_IsContested()
    {
        var claims = new[]
        {
            Count("d1", "Amaq", Estimate.Exactly(50), "soldiers", "soldiers", ClaimStance.Claimed),
            Count("d2", "Syrian Army", Estimate.Exactly(50), "soldiers", "soldiers", ClaimStance.Denied),
        };

        var assessment = Assert.Single(new ClaimReconciler().Reconcile(claims));

        Assert.Equal(AssessmentStatus.Contested, assessment.Status);
        Assert.Contains("Syrian Army denies 50", assessment.Explanation, StringComparison.Ordinal);
        Assert.False(assessment.Contributions.Single(c => c.Claim.Id == "d2").Counted);
    }

    [Fact]
    public void Reconcile_ClaimantDeniesItsOwnFigure_IsDenied()
    {
        var claims = new[]
        {
            Count("o1", "SANA", Estimate.Exactly(12), "civilians", "civilians"),
            Count("o2", "SANA", Estimate.Exactly(12), "civilians", "civilians", ClaimStance.Denied),
        };

        Assert.Equal(AssessmentStatus.Denied, Assert.Single(new ClaimReconciler().Reconcile(claims)).Status);
        Assert.Equal(AssessmentStatus.Denied, Assert.Single(new ClaimReconciler().Reconcile(claims.Skip(1))).Status);
    }

    [Fact]
    public void Reconcile_NonOverlappingScopes_AreSeparateQuantities()
    {
        var claims = new[]
        {
            Count("n1", "SOHR", Estimate.Exactly(5), "civilians", "civilians", scope: Day(2014, 7, 1)),
            Count("n2", "SOHR", Estimate.Exactly(9), "civilians", "civilians", scope: Day(2014, 7, 9)),
            Count("n3", "OCHA", Estimate.Exactly(9), "civilians", "civilians", scope: Days(2014, 7, 8, 10)),
        };

        var assessments = new ClaimReconciler().Reconcile(claims);

        Assert.Equal(2, assessments.Count);
        Assert.Equal(["n1"], assessments[0].Contributions.Select(c => c.Claim.Id));
        Assert.Equal(["n2", "n3"], assessments[1].Contributions.Select(c => c.Claim.Id));
        Assert.Equal(AssessmentStatus.Agreed, assessments[1].Status);
    }

    [Fact]
    public void Reconcile_ReplacedProfileTable_ChangesTheWeight()
    {
        var policy = ReconciliationPolicy.ReliabilityWeighted with
        {
            Profiles = ClaimantProfiles.Default.With("SOHR", new ClaimantProfile(ClaimantProfileKind.Media, 0.5)),
        };

        var assessment = Assert.Single(new ClaimReconciler(policy).Reconcile(SoldiersKilledBy6December()));

        Assert.Equal(0.5, assessment.Contributions.Single(c => c.Claim.Id == "g2-sohr").Weight, 6);
        Assert.Equal(46, assessment.Best); // (51×0.5 + 43×0.7) / 1.2 = 46.33
    }

    [Fact]
    public void Reconcile_OnlyPartisanClaims_FallsBackToAllCounted()
    {
        var claims = new[] { Count("p1", "Syrian Army", Estimate.Exactly(300), "ISIL militants", "isil", ClaimStance.Claimed) };

        var assessment = Assert.Single(new ClaimReconciler().Reconcile(claims));

        Assert.Equal(AssessmentStatus.SingleSource, assessment.Status);
        Assert.Equal(300, assessment.Best);
        Assert.Contains("no claim reaches the credibility threshold", assessment.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_NoFigure_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ClaimReconciler().Assess([]));
        Assert.Equal("claims", ex.ParamName);
    }

    // 40 000 claims make 10 000 quantities: above the threshold where groups are assessed in parallel.
    [Fact]
    public void Reconcile_LargeInputInAnyOrder_GivesTheSameAssessmentsAsEachQuantityAlone()
    {
        var claims = SyntheticReports.Claims(7, 40_000);
        var reconciler = new ClaimReconciler(ReconciliationPolicy.ReliabilityWeighted);
        var shuffled = claims.ToArray();
        new Random(11).Shuffle(shuffled);
        var doubled = shuffled.Concat(claims.Take(5_000)).ToArray();

        var batch = reconciler.Reconcile(claims);
        var fromShuffled = reconciler.Reconcile(shuffled);
        var fromDoubled = reconciler.Reconcile(doubled);

        Assert.Equal(10_000, batch.Count);
        Assert.Equal(batch, fromShuffled);
        Assert.Equal(batch, fromDoubled);
        Assert.Equal(batch.Select(a => a.QuantityKey).Order(StringComparer.Ordinal), batch.Select(a => a.QuantityKey));
        Assert.Equal(claims.Count, batch.Sum(a => a.Contributions.Count));
        foreach (var assessment in batch.Where((_, i) => i % 997 == 0))
        {
            var alone = reconciler.Assess(claims.Where(c => c.Subject.EventId == assessment.EventId).Reverse());
            Assert.Equal(assessment, alone);
        }
    }
}
