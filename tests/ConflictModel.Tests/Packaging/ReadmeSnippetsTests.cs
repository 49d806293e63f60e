using System.Xml.Linq;
using ConflictModel.DependencyInjection;
using ConflictModel.Extraction;
using ConflictModel.Formats;
using ConflictModel.Merge;
using ConflictModel.Pipeline;
using ConflictModel.Query;
using ConflictModel.Recognition;
using ConflictModel.Rendering;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ConflictModel.Tests.Packaging;

/// <summary>The code of README.md's "Usage" section, compiled and checked. Keep the two in step.</summary>
public class ReadmeSnippetsTests
{
    private const string Report =
        "= Example offensive =\n\nInfobox\n- Conflict: Example offensive\n- Date: 3–13 December 2014\n- Place: Deir ez-Zor, Syria\n- Combatant1: Islamic State\n- Combatant2: Syrian Army\n\n==Battle==\nOn 5 December, ISIL captured al-Jafra village. The SOHR said 30 soldiers were killed.\n";

    /// <summary>The README's "MyReader": a format of its own (here: news prose under a "MEMO" first line).</summary>
    private sealed class MyReader : IArticleReader
    {
        public string Id => "memo";

        public double Sniff(string text) => text.StartsWith("MEMO", StringComparison.Ordinal) ? 0.99 : 0;

        public Article Read(string text, string documentId, ReadOptions options) =>
            new NewsArticleReader().Read(text, documentId, options) with { Format = Id };
    }

    [Fact]
    public void Pipeline_ProcessMergeAndBuilder()
    {
        string text = Report;
        ExtractedDocument doc = ConflictModelPipeline.Default.Process(text, documentId: "report-1");
        var docs = new[] { doc, ConflictModelPipeline.Default.Process("MEMO\n\nOn 5 December 2014, 7 soldiers were killed.\n", "memo-1") };
        MergedTimeline timeline = ConflictModelPipeline.Default.Merge(docs);
        Assert.Equal("Example offensive", doc.Article.Title);
        Assert.Equal(["memo-1", "report-1"], timeline.Documents.Order(StringComparer.Ordinal));

        var pipeline = new ConflictModelPipelineBuilder()
            .InsertReaderBefore<NewsArticleReader>(new MyReader())
            .AddEntities([new Entity("example-brigade", "Example Brigade", EntityKind.Actor)])
            .ConfigureExtraction(o => o with { ReferenceDate = new LocalDate(2017, 1, 20) })
            .UsePolicy(ReconciliationPolicy.Conservative)
            .Build();
        Article article = pipeline.Read(text, "report-1", format: FormatIds.NewsArticle);
        Assert.Equal(FormatIds.NewsArticle, article.Format);
        Assert.Equal("memo", pipeline.Read("MEMO\n\nFighting went on.\n", "m").Format);
        Assert.NotNull(pipeline.Registry.Resolve("Example Brigade"));
        Assert.Equal("conservative", pipeline.Merge(docs).Options.Policy.Name);
    }

    [Fact]
    public void Values_UncertainDatesAndEstimates()
    {
        var midMarch = UncertainDate.PartOfMonth(2014, 3, DateStatedAs.MidOfMonth);
        Assert.Equal("2014-03-11/2014-03-20", Edtf.Format(midMarch));
        Assert.Equal(4, midMarch.ToUcdpDatePrecision());
        var byApril = UncertainDate.OnOrBefore(UncertainDate.OnDay(new LocalDate(2014, 4, 26)));
        Assert.Equal("[..2014-04-26]", Edtf.Format(byApril));
        Assert.Equal(DateStatedAs.Approximate, Edtf.Parse("2014-08-10~").Value.StatedAs);

        var soldiers = Estimate.Between(43, 51);
        var militants = Estimate.MoreThan(250);
        var both = soldiers + militants;
        Assert.Equal(293, both.Low);
        Assert.Null(both.High);
    }

    [Fact]
    public void Parse_DetectsReadsAndSerialises()
    {
        string text = "= Example offensive =\n\nInfobox\n- Conflict: Example offensive\n- Date: 3–13 December 2014\n\n==Battle==\nOn 3 December, fighting began.\n";
        Article article = ArticleReaders.Default.Read(text, documentId: "report-1");
        Assert.Equal(FormatIds.WikiInfobox, article.Format);
        Assert.Equal(new LocalDate(2014, 12, 3), article.Infobox?.Date?.Period?.Start.Earliest);
        string json = ArticleJson.Serialize(article);
        Assert.StartsWith("{\"schemaVersion\":\"1.0\",\"document\":\"report-1\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_NewsAnchoring()
    {
        var mentions = DateRecognizer.Default.Recognize("On Jan. 15, the group launched an offensive.",
            DateContext.News(new LocalDate(2017, 1, 20)));
        var first = Assert.Single(mentions);
        Assert.Equal(new LocalDate(2017, 1, 15), first.Date.Earliest);
        Assert.True(first.Date.IsSingleDay);
        Assert.True(first.Date.YearInferred);
    }

    [Fact]
    public void Recognise_FiguresAndNames()
    {
        var figures = CasualtyRecognizer.Default.Recognize("The SOHR said 51 soldiers were killed.");
        var first = Assert.Single(figures);
        Assert.Equal(Estimate.Exactly(51), first.Figure.Estimate);
        Assert.Equal(CasualtyCategory.Killed, first.Figure.Category);
        Assert.Equal("soldiers", first.Figure.Who);
        Assert.Equal("SOHR", first.Claimant?.Name);
        var isis = EntityRegistry.Default.Resolve("Daesh");
        Assert.NotNull(isis);
        Assert.Equal(isis, EntityRegistry.Default.Resolve("ISIL"));
        Assert.Equal(isis, EntityRegistry.Default.Resolve("Islamic State"));
    }

    [Fact]
    public void Extract_EventsAndClaims()
    {
        string text = "= Example offensive =\n\nInfobox\n- Conflict: Example offensive\n- Date: 3–13 December 2014\n- Place: Deir ez-Zor, Syria\n- Combatant1: Islamic State\n- Combatant2: Syrian Army\n\n==Battle==\nOn 5 December, ISIL captured al-Jafra village. The SOHR said 30 soldiers were killed.\n";
        Article article = ArticleReaders.Default.Read(text, "report-1");
        ExtractedDocument doc = Extractor.Default.Extract(article);
        Assert.NotNull(doc.SummaryEvent);
        Assert.Contains(doc.Events, e => e.Kind == EventKind.Capture && e.Date?.Earliest == new LocalDate(2014, 12, 5));
        var claim = Assert.Single(doc.Claims, c => c.Quantity == Estimate.Exactly(30));
        Assert.Equal("SOHR", claim.Claimant.Name);
        // Evidence points into the original text: the span covers the figure, the sentence is kept beside it.
        Assert.Contains("30 soldiers", text.Substring(claim.Evidence.Span.Start, claim.Evidence.Span.Length), StringComparison.Ordinal);
        Assert.Contains("The SOHR said 30 soldiers were killed.", claim.Evidence.Sentence, StringComparison.Ordinal);
        ExtractedSet set = doc.ToExtractedSet();
        Assert.Equal("report-1", set.DocumentId);
        Assert.Equal(doc.Events, set.Events);
        Assert.Equal(doc.Claims, set.Claims);
    }

    [Fact]
    public void DependencyInjection_AddConflictModel()
    {
        var services = new ServiceCollection();
        services.AddConflictModel(o =>
        {
            o.ReferenceDate = new LocalDate(2017, 1, 20);
            o.Policy = ReconciliationPolicy.Conservative;
            o.Entities.Add(new Entity("example-brigade", "Example Brigade", EntityKind.Actor));
            o.ConfigurePipeline = b => b.AddReader(new MyReader());
            o.IndentJson = true;
        });
        using var provider = services.BuildServiceProvider();
        var pipeline = provider.GetRequiredService<ConflictModelPipeline>();
        Assert.Equal(new LocalDate(2017, 1, 20), pipeline.Extractor.Options.ReferenceDate);
        Assert.Equal("conservative", pipeline.MergeOptions.Policy.Name);
        Assert.NotNull(pipeline.Registry.Resolve("Example Brigade"));
        Assert.NotNull(pipeline.Readers.Find("memo"));
        Assert.True(provider.GetRequiredService<ConflictModelOptions>().IndentJson);
        Assert.True(provider.GetRequiredService<System.Text.Json.JsonSerializerOptions>().WriteIndented);
    }

    [Fact]
    public void Merge_PolicyAndQueries()
    {
        var battle = UncertainDate.OneOf(new LocalDate(2017, 11, 8), new LocalDate(2017, 11, 19));
        ExtractedSet Set(string doc, string claimant, Estimate value) => ExtractedSet.Create(doc,
            [new ConflictEvent(doc + "#e", EventKind.Battle, battle, null, new[] { "Abu Kamal" }.ToEquatableArray(), new string?[] { null }.ToEquatableArray(),
                new[] { new EventActor("Syrian Army", null, ActorRole.Initiator) }.ToEquatableArray(), null,
                new Evidence(doc, new TextSpan(0, 10), "The battle."), new[] { doc + "#c" }.ToEquatableArray(), "Battle of Abu Kamal")],
            [new Claim(doc + "#c", new ClaimSubject(doc + "#e", ClaimAspect.Count, CasualtyCategory.Killed, "government forces", "government"),
                value, null, null, new Claimant(claimant, null, ClaimantKind.Named), ClaimStance.Reported, battle,
                new Evidence(doc, new TextSpan(20, 10), "The toll."))]);
        var sets = new[] { Set("a", "SOHR", Estimate.Exactly(61)), Set("b", "a militia commander", Estimate.UpTo(39)) };

        MergedTimeline timeline = TimelineBuilder.Merge(
            sets,
            MergeOptions.Default with { Policy = ReconciliationPolicy.Conservative });
        var e = Assert.Single(timeline.Events);
        Assert.True(e.IsContested);
        var a = Assert.Single(timeline.Contested);
        Assert.Equal("government forces", a.Subject.Who);
        Assert.True(a.Low <= (a.Best ?? a.Low) && (a.High is null || (a.Best ?? a.Low) <= a.High));
        var ucdp = timeline.WithPolicy(ReconciliationPolicy.UcdpLike);
        Assert.Equal("ucdp", Assert.Single(ucdp.Contested).Policy);

        var query = new TimelineQuery(timeline);
        var inTown = query.Where(new EventFilter(From: new LocalDate(2017, 11, 1), To: new LocalDate(2017, 11, 30), Place: "Albu Kamal"));
        Assert.Equal(e.Id, Assert.Single(inTown).Id);
        Assert.Empty(query.ByActor("Daesh"));
        var killed = query.CasualtyTotals(new LocalDate(2017, 11, 1), new LocalDate(2017, 11, 30));
        Assert.Equal(2, Assert.Single(killed).Claims.Count);
    }

    [Fact]
    public void Render_SvgAndHtml()
    {
        var items = new[]
        {
            new TimelineItem("e1", "Battle of Abu Kamal", "Abu Kamal",
                UncertainDate.OneOf(new LocalDate(2017, 11, 8), new LocalDate(2017, 11, 19)),
                Contested: true, Note: "SOHR: 61 killed; a militia commander: fewer than 40"),
        };
        var svg = XElement.Parse(TimelineSvg.Render(items));
        Assert.Single(svg.Descendants(TimelineSvg.Svg + "circle"), c => (string?)c.Attribute("class") == "contested-marker");
        Assert.Contains("<svg", TimelineHtml.Render(items), StringComparison.Ordinal);
    }
}
