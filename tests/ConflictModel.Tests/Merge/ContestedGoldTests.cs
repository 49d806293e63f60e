using System.Text.Json;
using ConflictModel.Merge;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Merge;

/// <summary>004's contested groups, read from the shared gold, reconciled under every built-in policy.</summary>
public class ContestedGoldTests
{
    private static List<(string About, Claim[] Claims)> Groups()
    {
        var groups = new List<(string, Claim[])>();
        int g = 0;
        foreach (var group in SharedData.Gold("004_2f979ad44a583950").GetProperty("contestedClaims").EnumerateArray())
        {
            string about = group.GetProperty("about").GetString()!;
            string who = about[..about.IndexOf(" killed", StringComparison.Ordinal)];
            var claims = group.GetProperty("claims").EnumerateArray().Select((c, i) =>
            {
                long low = c.GetProperty("low").GetInt64();
                var value = c.GetProperty("high").ValueKind == JsonValueKind.Null ? Estimate.MoreThan(low) : Estimate.Between(low, c.GetProperty("high").GetInt64());
                string claimant = c.GetProperty("attributedTo").GetString()!;
                return new Claim($"g{g}c{i}", new ClaimSubject($"g{g}", ClaimAspect.Count, CasualtyCategory.Killed, who), value, null, null,
                    new Claimant(claimant, null, ClaimantKind.Named), ClaimStance.Reported, ClaimFactory.Dec2To6,
                    new Evidence("004", new TextSpan(i, 1), c.GetProperty("value").GetString()!));
            }).ToArray();
            groups.Add((about, claims));
            g++;
        }

        return groups;
    }

    [SharedFact]
    public void Reconcile_EveryGoldGroup_IsContestedUnderEveryPolicyAndNamesThePartisanClaim()
    {
        var groups = Groups();
        Assert.Equal(3, groups.Count);
        foreach (var policy in ReconciliationPolicy.BuiltIn)
        {
            foreach (var (about, claims) in groups)
            {
                var assessment = Assert.Single(new ClaimReconciler(policy).Reconcile(claims));
                Assert.Equal(AssessmentStatus.Contested, assessment.Status);
                var partisan = claims.Single(c => c.Claimant.Name is "Syrian Army" or "Al-Masdar");
                Assert.Contains($"{partisan.Claimant.Name} says {partisan.Quantity} (partisan", assessment.Explanation, StringComparison.Ordinal);
                var sohr = claims.Single(c => c.Claimant.Name == "SOHR");
                Assert.True(assessment.Contributions.Single(c => c.Claim == sohr).Counted, about);
            }
        }
    }

    [SharedFact]
    public void Reconcile_SoldiersGroup_SpansTheInfobox43To51()
    {
        var (_, claims) = Groups().Single(g => g.About.Contains("soldiers", StringComparison.Ordinal));

        foreach (var policy in ReconciliationPolicy.BuiltIn)
        {
            var assessment = Assert.Single(new ClaimReconciler(policy).Reconcile(claims));
            Assert.Equal((43L, 51L), (assessment.Low, assessment.High!.Value));
        }
    }

    [SharedFact]
    public void Reconcile_MilitantGroups_DiscountTheEnemyFigures()
    {
        foreach (var (about, claims) in Groups().Where(g => !g.About.Contains("soldiers", StringComparison.Ordinal)))
        {
            var assessment = Assert.Single(new ClaimReconciler(ReconciliationPolicy.Conservative).Reconcile(claims));
            long sohr = claims.Single(c => c.Claimant.Name == "SOHR").Quantity!.Value.Low;
            Assert.Equal((sohr, sohr, sohr), (assessment.Low, assessment.Best!.Value, assessment.High!.Value));
            Assert.Contains("enemy's losses", assessment.Contributions.Single(c => c.Claim.Claimant.Name != "SOHR").Reason, StringComparison.Ordinal);
        }
    }
}
