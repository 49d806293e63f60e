using ConflictModel.Extraction;
using ConflictModel.Formats;
using ConflictModel.Merge;
using NodaTime;

namespace ConflictModel.Tests.Extraction;

/// <summary>"Part of" values and "See also" items that name an episode become reference events (own short texts).</summary>
public class ExtractorReferenceEventTests
{
    private const string Doc =
        "= Riverton offensive (June 2031) =\n\nInfobox\n- Partof: the Siege of Aleppo (2030–31) and the Lake War\n- Date: 1–30 June 2031\n- Place: Riverton\n\n" +
        "==Events==\nOn 4 June, the rebels attacked the bridge.\n\n" +
        "==See also==\n* Battle of Aleppo (March 2031)\n* Siege of Kobani\n* List of battles of the Lake War\n* Lake War\n";

    private static ExtractedDocument Extract(string text, string id) => Extractor.Default.Extract(ArticleReaders.Default.Read(text, id));

    [Fact]
    public void Extract_PartOfEpisode_BecomesTitledEventDatedByItsYears()
    {
        var doc = Extract(Doc, "own.txt");
        var e = Assert.Single(doc.Events, x => x.Title == "Siege of Aleppo (2030–31)");
        Assert.Equal(EventKind.Siege, e.Kind);
        Assert.Equal(new LocalDate(2030, 1, 1), e.When.Earliest);
        Assert.Equal(new LocalDate(2031, 12, 31), e.When.Latest);
        Assert.Equal("the Siege of Aleppo (2030–31)", e.Evidence.Sentence);
        Assert.Equal("infobox", e.Evidence.Section);
        Assert.Equal(e.Evidence.Sentence, e.Evidence.Span.Slice(Doc));
    }

    [Fact]
    public void Extract_SeeAlsoEpisodes_BecomeEvents_WarsAndListsDoNot()
    {
        var doc = Extract(Doc, "own.txt");
        var refs = doc.Events.Where(x => x.Evidence.Section == "See also").ToArray();
        Assert.Equal(["Battle of Aleppo (March 2031)", "Siege of Kobani"], refs.Select(x => x.Title!).ToArray());
        Assert.Equal(EventKind.Battle, refs[0].Kind);
        Assert.Equal(new LocalDate(2031, 3, 1), refs[0].When.Earliest);
        Assert.Equal(new LocalDate(2031, 3, 31), refs[0].When.Latest);
        Assert.Null(refs[1].When.Earliest);
        Assert.DoesNotContain(doc.Events, x => x.Title is "Lake War" or "List of battles of the Lake War");
    }

    [Theory]
    [InlineData("Siege of Riverton (2014–17)", EventKind.Siege)]
    [InlineData("the Battle of Tel Marda", EventKind.Battle)]
    [InlineData("Riverton offensive (January 2016)", EventKind.Offensive)]
    [InlineData("Riverton clashes (2011–14)", EventKind.Clashes)]
    public void EpisodeKindOfName_EpisodeNames(string name, EventKind kind) =>
        Assert.Equal(kind, DocumentExtraction.EpisodeKindOfName(name));

    [Theory]
    [InlineData("Syrian Civil War")]
    [InlineData("List of wars and battles involving the rebels")]
    [InlineData("The siege of the town ended, and the rebels left.")]
    [InlineData("Offensive")]
    public void EpisodeKindOfName_OtherNames_Null(string name) =>
        Assert.Null(DocumentExtraction.EpisodeKindOfName(name));

    [Fact]
    public void Merge_TwoDocumentsReferencingTheSameEpisode_SameEvent()
    {
        var other = "= Lake offensive (2031) =\n\nInfobox\n- Date: 2031\n- Place: Lakeside\n\n==Events==\nOn 2 May, the rebels attacked the port.\n\n==See also==\n* Siege of Aleppo (2030–2031)\n";
        var timeline = ConflictModel.Pipeline.ConflictModelPipeline.Default.Merge(
            [ConflictModel.Pipeline.ConflictModelPipeline.Default.Process(Doc, "a.txt"), ConflictModel.Pipeline.ConflictModelPipeline.Default.Process(other, "b.txt")]);
        var merged = Assert.Single(timeline.Events, e => e.Mentions.Any(m => m.Text.Contains("Siege of Aleppo", StringComparison.Ordinal)));
        Assert.Equal(["a.txt", "b.txt"], merged.Documents);
    }

    private const string SiegeDoc =
        "= Northern fighting (2031) =\n\nInfobox\n- Date: 2031\n- Place: Kobani\n\n" +
        "==Kobani==\nIn March 2031, ISIL started to besiege the town of Kobani. On 9 October 2031, the YPG recaptured the town of Kobani.\n";

    [Fact]
    public void Extract_RecaptureOfBesiegedPlace_EndsTheSiege()
    {
        var doc = Extract(SiegeDoc, "own.txt");
        var sieges = doc.Events.Where(e => e.Kind == EventKind.Siege).ToArray();
        Assert.Equal(2, sieges.Length);
        Assert.All(sieges, e => Assert.Equal(new LocalDate(2031, 3, 1), e.When.Earliest));
        Assert.All(sieges, e => Assert.Equal(new LocalDate(2031, 10, 9), e.When.Latest));
        Assert.StartsWith("In March 2031", sieges[0].Evidence.Sentence, StringComparison.Ordinal);
        Assert.StartsWith("On 9 October 2031", sieges[1].Evidence.Sentence, StringComparison.Ordinal);
        Assert.Single(doc.Events, e => e.Kind == EventKind.Recapture);
    }

    [Fact]
    public void Extract_RecaptureOfAnotherPlace_LeavesTheSiegeOpen()
    {
        var doc = Extract(SiegeDoc.Replace("recaptured the town of Kobani", "recaptured the town of Aleppo", StringComparison.Ordinal), "own.txt");
        var siege = Assert.Single(doc.Events, e => e.Kind == EventKind.Siege);
        Assert.Equal(new LocalDate(2031, 3, 31), siege.When.Latest);
    }

    [Fact]
    public void Merge_UndatedSiegeName_IsTheSiegeOfThatPlaceInAnotherDocument()
    {
        var pipeline = ConflictModel.Pipeline.ConflictModelPipeline.Default;
        var timeline = pipeline.Merge([pipeline.Process(SiegeDoc, "a.txt"), pipeline.Process(Doc, "b.txt")]);
        var merged = Assert.Single(timeline.Events, e => e.Mentions.Any(m => m.Text == "Siege of Kobani"));
        Assert.Equal(["a.txt", "b.txt"], merged.Documents);
        Assert.Equal(EventKind.Siege, merged.Kind);
        Assert.Contains(merged.Mentions, m => m.Text.StartsWith("On 9 October 2031", StringComparison.Ordinal));
        // the recapture itself stays its own event
        Assert.DoesNotContain(merged.Mentions, m => timeline.SourceEvents.Single(s => s.Id == m.EventId).Kind == EventKind.Recapture);
    }

    [Fact]
    public void Merge_UndatedSiegeName_DoesNotJoinASiegeElsewhere()
    {
        var pipeline = ConflictModel.Pipeline.ConflictModelPipeline.Default;
        var elsewhere = SiegeDoc.Replace("Kobani", "Aleppo", StringComparison.Ordinal);
        var timeline = pipeline.Merge([pipeline.Process(elsewhere, "a.txt"), pipeline.Process(Doc, "b.txt")]);
        var merged = Assert.Single(timeline.Events, e => e.Mentions.Any(m => m.Text == "Siege of Kobani"));
        Assert.Equal(["b.txt"], merged.Documents);
    }
}
