using System.Text.Json;
using ConflictModel.Recognition;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Recognition.Casualties;

/// <summary><see cref="CasualtyRecognizer.ParseCell"/> against every gold infobox casualty, strength and shared
/// casualty entry: the cell is rebuilt as written (text plus its parenthesised period) and every gold object must come
/// back with the same text, low, high, category and period.</summary>
public sealed class GoldCellTests
{
    public static TheoryData<string, string, bool> Cells()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var id in SharedData.SeedIds)
        {
            var gold = SharedData.Gold(id);
            if (gold.TryGetProperty("sides", out var sides) && sides.ValueKind == JsonValueKind.Array)
            {
                int col = 0;
                foreach (var side in sides.EnumerateArray())
                {
                    int n = 0;
                    foreach (var prop in new[] { "casualties", "strength" })
                    {
                        if (side.TryGetProperty(prop, out var list) && list.ValueKind == JsonValueKind.Array)
                        {
                            foreach (var _ in list.EnumerateArray())
                            {
                                data.Add(id, $"sides[{col}].{prop}[{n++}]", prop == "strength");
                            }
                        }

                        n = 0;
                    }

                    col++;
                }
            }

            if (gold.TryGetProperty("sharedCasualties", out var shared) && shared.ValueKind == JsonValueKind.Array)
            {
                int n = 0;
                foreach (var _ in shared.EnumerateArray())
                {
                    data.Add(id, $"sharedCasualties[{n++}]", false);
                }
            }
        }

        return data;
    }

    [SharedTheory]
    [MemberData(nameof(Cells))]
    public void ParseCell_ReturnsGoldFigure(string id, string path, bool isStrength)
    {
        var gold = SharedData.Gold(id);
        JsonElement entry = Navigate(gold, path);
        string text = entry.GetProperty("text").GetString()!;
        string? period = entry.TryGetProperty("period", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        long low = entry.GetProperty("low").GetInt64();
        long? high = entry.GetProperty("high").ValueKind == JsonValueKind.Number ? entry.GetProperty("high").GetInt64() : null;

        // the cell as the infobox writes it: a period in parentheses, with a citation marker that must be ignored
        string cell = period is null ? text + "[9]" : $"{text} ({period})[8][9]";
        var figures = CasualtyRecognizer.Default.ParseCell(cell, isStrength);

        var match = figures.FirstOrDefault(f => f.Estimate.Low == low && f.Estimate.High == high);
        Assert.True(match is not null, $"{cell} → {string.Join(" | ", figures)}");
        if (!isStrength)
        {
            Assert.Equal(period, match!.ScopeText);
        }

        if (isStrength)
        {
            Assert.Equal(CasualtyCategory.Strength, match!.Category);
            Assert.Equal(text, match.ScopeText is null ? match.Text : $"{match.Text} ({match.ScopeText})");
        }
        else
        {
            string category = entry.GetProperty("category").GetString()!;
            Assert.Equal(GoldCasualtyTests.MapCategory(category), match!.Category);
            Assert.Equal(ExpectedParty(category), match.Party);
            if (!text.Contains(" and ", StringComparison.Ordinal))
            {
                Assert.Equal(text, match.Text);
            }
        }
    }

    private static CasualtyParty ExpectedParty(string category) => category switch
    {
        "civilians killed" or "civilians killed (additional, estimated)" => CasualtyParty.Civilians,
        "unidentified killed" => CasualtyParty.Unidentified,
        "total killed" => CasualtyParty.Total,
        _ => CasualtyParty.Side,
    };

    private static JsonElement Navigate(JsonElement root, string path)
    {
        var e = root;
        foreach (var part in path.Split('.'))
        {
            int b = part.IndexOf('[', StringComparison.Ordinal);
            e = e.GetProperty(part[..b]);
            e = e[int.Parse(part[(b + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)];
        }

        return e;
    }
}
