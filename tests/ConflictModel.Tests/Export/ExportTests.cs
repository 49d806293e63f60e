using System.Text;
using System.Text.Json;
using ConflictModel.Export;
using ConflictModel.Merge;
using ConflictModel.Tests.Merge;

namespace ConflictModel.Tests.Export;

public class ExportTests
{
    private static readonly MergedTimeline Timeline = TimelineFixture.Build();

    /// <summary>A small RFC 4180 reader for the tests.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.Empty(record);
        return records;
    }

    [Fact]
    public void UcdpCsv_HasGedColumnsAndRoundTrips()
    {
        var rows = ParseCsv(UcdpCsv.ToCsv(Timeline));

        Assert.Equal(
            ["id", "date_start", "date_end", "date_prec", "type_of_violence", "side_a", "side_b", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "low", "best", "high", "source_article", "source_original", "where_description", "number_of_sources"],
            rows[0]);
        Assert.Equal(Timeline.Events.Length + 1, rows.Count);
        var header = rows[0];
        var byId = rows.Skip(1).ToDictionary(r => r[0]);
        string Field(string id, string column) => byId[id][header.IndexOf(column)];

        var airport = Timeline.FindBySource("a#airport")!;
        Assert.Equal("2014-12-05", Field(airport.Id, "date_start"));
        Assert.Equal("2014-12-05", Field(airport.Id, "date_end"));
        Assert.Equal("1", Field(airport.Id, "date_prec"));
        Assert.Equal("1", Field(airport.Id, "type_of_violence"));
        Assert.Equal("ISIL", Field(airport.Id, "side_a"));
        Assert.Equal("Syrian Army", Field(airport.Id, "side_b"));
        Assert.Equal(("45", "51", "0", "0"), (Field(airport.Id, "deaths_a"), Field(airport.Id, "deaths_b"), Field(airport.Id, "deaths_civilians"), Field(airport.Id, "deaths_unknown")));
        Assert.Equal(("96", "96", "96"), (Field(airport.Id, "low"), Field(airport.Id, "best"), Field(airport.Id, "high")));
        Assert.Equal("doc-a; doc-b", Field(airport.Id, "source_article"));
        Assert.Equal("SOHR", Field(airport.Id, "source_original"));
        Assert.Equal("Deir Ez-Zor Airport, Deir ez-Zor airport", Field(airport.Id, "where_description"));
        Assert.Equal("2", Field(airport.Id, "number_of_sources"));

        var exec = Timeline.FindBySource("a#exec")!;
        Assert.Equal(("3", "12", "12"), (Field(exec.Id, "type_of_violence"), Field(exec.Id, "deaths_civilians"), Field(exec.Id, "best")));
        var later = Timeline.FindBySource("b#later")!;
        Assert.Equal(("2014-12-20", "2014-12-24", "2"), (Field(later.Id, "date_start"), Field(later.Id, "date_end"), Field(later.Id, "date_prec")));
        var mayadin = Timeline.FindBySource("a#mayadin")!;
        Assert.Equal(("2", "5", "7", "9", "7"), (Field(mayadin.Id, "type_of_violence"), Field(mayadin.Id, "low"), Field(mayadin.Id, "best"), Field(mayadin.Id, "high"), Field(mayadin.Id, "deaths_b")));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"no\"", "\"say \"\"no\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void Quote_FollowsRfc4180(string field, string expected) => Assert.Equal(expected, UcdpCsv.Quote(field));

    [Fact]
    public void JsonLines_OneCamelCaseObjectPerMergedEvent()
    {
        var lines = TimelineJson.ToJsonLines(Timeline).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(Timeline.Events.Length, lines.Length);
        var airport = Timeline.FindBySource("a#airport")!;
        using var doc = JsonDocument.Parse(lines.Single(l => l.Contains(airport.Id, StringComparison.Ordinal)));
        var root = doc.RootElement;
        Assert.Equal(airport.Id, root.GetProperty("id").GetString());
        Assert.Equal("attack", root.GetProperty("kind").GetString());
        Assert.Equal("2014-12-05", root.GetProperty("dateStart").GetString());
        Assert.Equal(["doc-a", "doc-b"], root.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("document").GetString()));
        Assert.Equal("On 5 December, ISIS attacked the airport, \"heavily\".", root.GetProperty("mentions")[0].GetProperty("text").GetString());
        var isil = root.GetProperty("assessments").EnumerateArray().Single(a => a.GetProperty("quantityKey").GetString()!.EndsWith("|isis|", StringComparison.Ordinal));
        Assert.Equal("contested", isil.GetProperty("status").GetString());
        Assert.Equal(45, isil.GetProperty("best").GetInt64());
        Assert.Equal(["a-sohr", "b-army"], isil.GetProperty("contributions").EnumerateArray().Select(c => c.GetProperty("claimId").GetString()));
    }

    [Fact]
    public void ToJson_IsIdenticalForDocumentsInAnyOrder()
    {
        var reversed = TimelineBuilder.Merge([TimelineBuilder.Merge(Timeline.SourceEvents.Reverse().GroupBy(e => e.Evidence.Document)
            .Select(g => ExtractedSet.Create(g.Key, g, Timeline.Claims.Where(c => c.Evidence.Document == g.Key).Reverse())).Reverse())]);

        Assert.Equal(TimelineJson.ToJson(Timeline), TimelineJson.ToJson(reversed));
        using var doc = JsonDocument.Parse(TimelineJson.ToJson(Timeline));
        Assert.Equal("1.0", doc.RootElement.GetProperty("schemaVersion").GetString());
        Assert.Equal(1, doc.RootElement.GetProperty("contested").GetArrayLength());
    }

    [Fact]
    public void TimelineTable_ShowsRangesFiguresAndWhoDisagrees()
    {
        var lines = TimelineTable.Render(Timeline.Events).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith("when", lines[0], StringComparison.Ordinal);
        Assert.Equal(Timeline.Events.Length + 1, lines.Length);
        string airport = lines.Single(l => l.StartsWith("2014-12-05", StringComparison.Ordinal));
        Assert.Contains("isis 45!", airport, StringComparison.Ordinal);
        Assert.Contains("CONTESTED isis: SOHR 45 vs Syrian Army 100+", airport, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("2014-12-20 – 2014-12-24", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("2014-07-03", StringComparison.Ordinal) && l.Contains("rebels 5–9 (7)", StringComparison.Ordinal));
    }
}
