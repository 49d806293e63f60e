using FsCheck;
using FsCheck.Fluent;
using System.Text.Json;
using ConflictModel.Extraction;
using ConflictModel.Formats;

namespace ConflictModel.Tests.Extraction;

public class ExtractedDocumentJsonTests
{
    private const string Doc = """
        = Battle of Examplestan (2031) =

        Infobox
        - Conflict: Battle of Examplestan (2031)
        - Date: 3–9 March 2031
        - Place: Examplestan
        - Combatant1: Northern Militia
        - Combatant2: Southern Guard
        - Casualties1: 40 killed
        - Casualties2: 25 killed

        ==Battle==
        On 3 March, the Northern Militia attacked the town of Oldbridge. According to the Southern Guard, 40 militiamen were killed.
        """;

    [Fact]
    public void Serialize_WritesEventsClaimsContestedAndChecks()
    {
        var article = ArticleReaders.Default.Read(Doc, "example.txt");
        var extracted = Extractor.Default.Extract(article);
        using var json = JsonDocument.Parse(ExtractedDocumentJson.Serialize(extracted));
        var root = json.RootElement;
        Assert.Equal("1.0", root.GetProperty("schemaVersion").GetString());
        var events = root.GetProperty("events");
        Assert.True(events.GetArrayLength() >= 2);
        Assert.Equal("battle", events[0].GetProperty("kind").GetString());
        var attack = events.EnumerateArray().First(e => e.GetProperty("kind").GetString() == "attack");
        Assert.Equal("2031-03-03", attack.GetProperty("date").GetProperty("earliest").GetString());
        Assert.Equal(JsonValueKind.Number, attack.GetProperty("evidence").GetProperty("paragraph").ValueKind);
        Assert.Equal("Battle", attack.GetProperty("evidence").GetProperty("section").GetString());
        Assert.Equal(events[0].GetProperty("id").GetString(), attack.GetProperty("parent").GetString());
        var claims = root.GetProperty("claims");
        Assert.True(claims.GetArrayLength() >= 3);
        foreach (var c in claims.EnumerateArray())
        {
            var span = c.GetProperty("evidence").GetProperty("span");
            var slice = Doc[span[0].GetInt32()..span[1].GetInt32()];
            Assert.Contains(c.GetProperty("text").GetString()!, slice, StringComparison.Ordinal);
        }

        Assert.Equal(JsonValueKind.Array, root.GetProperty("contested").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("checks").ValueKind);
        Assert.Equal(2, root.GetProperty("summary").GetProperty("sides").GetArrayLength());
    }

    [Fact]
    public void Extract_OwnDocument_FindsRevisionAndDisagreement()
    {
        const string text = """
            = Siege of Sampletown (2031) =

            Infobox
            - Conflict: Siege of Sampletown (2031)
            - Date: 1–20 May 2031
            - Place: Sampletown

            ==Siege==
            On 2 May, militants besieged Sampletown. Overall, 12 soldiers were killed in the battle for Sampletown.

            By 10 May, the number of soldiers killed at Sampletown was updated to 19.

            On 12 May, 30 militants were killed, according to the Monitor Group, while the Army gave the number of 45.
            """;
        var extracted = Extractor.Default.Extract(ArticleReaders.Default.Read(text, "siege.txt"));
        var revision = Assert.Single(extracted.Contested, g => g.Reason == ContestedReason.Revision);
        var ids = revision.ClaimIds.Select(i => extracted.FindClaim(i)!.Quantity!.Value.Low).ToArray();
        Assert.Equal([12L, 19L], ids);
        var later = extracted.FindClaim(revision.ClaimIds[1])!;
        Assert.Equal(revision.ClaimIds[0], later.Supersedes);
        Assert.Contains(extracted.Events, e => e.Kind == EventKind.Siege && e.Date?.Earliest == new NodaTime.LocalDate(2031, 5, 2));
    }

    [Fact]
    public void Extract_UnreadableSentence_InventsNoFigure()
    {
        const string text = "Headline of a short note\n\nSomething happened somewhere, and many were said to be involved in it.\n";
        var extracted = Extractor.Default.Extract(ArticleReaders.Default.Read(text, "note.txt"));
        Assert.Empty(extracted.Claims);
        Assert.All(extracted.Events, e => Assert.True(e.Confidence < 1.0));
    }

    [Fact]
    public void Extract_Null_Throws()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => Extractor.Default.Extract(null!));
        Assert.Equal("article", ex.ParamName);
    }
}

public class ExtractorRobustnessTests
{
    [Fact]
    public void Extract_RandomText_NeverThrowsAndEveryClaimHasEvidence()
    {
        var words = new[] { "On", "3", "March", "2031", ",", "the", "rebels", "captured", "killed", "15", "soldiers", "were", "according", "to",
            "SOHR", ".", "[4]", "\n\n", "==History==", "over", "100", "denied", "the", "claim", "since", "start", "of", "offensive", "–", "(", ")", "updated", "to", "200" };
        var gen = from n in Gen.Choose(0, 60)
                  from picks in Gen.ArrayOf(Gen.Elements(words), n)
                  select "Title line\n\n" + string.Join(' ', picks);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150).WithQuietOnSuccess(true), Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var doc = Extractor.Default.Extract(ArticleReaders.Default.Read(text, "random.txt"));
            return doc.Claims.All(c => c.Evidence.Span.End <= text.Length);
        }));
    }
}
