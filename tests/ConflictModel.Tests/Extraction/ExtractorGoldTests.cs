using System.Text.Json;
using ConflictModel.Extraction;
using ConflictModel.Tests.Support;
using Xunit.Abstractions;

namespace ConflictModel.Tests.Extraction;

public class ExtractorGoldTests(ITestOutputHelper output)
{
    [SharedFact]
    public void Dump_WhenRequested_WritesReport()
    {
        var path = Environment.GetEnvironmentVariable("CONFLICTMODEL_EXTRACTION_DUMP");
        var text = string.Concat(SharedData.SeedIds.Select(GoldExtraction.Dump));
        if (!string.IsNullOrEmpty(path))
        {
            File.WriteAllText(path, text);
        }

        Assert.Contains("#####", text, StringComparison.Ordinal);
    }

    [SharedFact]
    public void CasualtyMentions_AtLeastNinetyPercentAsClaims()
    {
        var all = SharedData.SeedIds.SelectMany(GoldExtraction.ScoreMentions).ToList();
        var ok = all.Count(r => r.All);
        foreach (var r in all.Where(r => !r.All))
        {
            output.WriteLine($"{r.Text} :: {r.Detail}");
        }

        output.WriteLine($"{ok}/{all.Count} gold casualty mentions fully matched");
        output.WriteLine($"figure {all.Count(r => r.Figure)}, +category {all.Count(r => r.Category)}, claimant {all.Count(r => r.Claimant)}, date {all.Count(r => r.Date)}, stance {all.Count(r => r.Stance)} of {all.Count}");
        Assert.True(ok >= 0.9 * all.Count, $"{ok}/{all.Count} gold casualty mentions fully matched");
    }
}
