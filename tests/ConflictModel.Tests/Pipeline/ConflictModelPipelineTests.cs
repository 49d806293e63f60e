using ConflictModel.Extraction;
using ConflictModel.Formats;
using ConflictModel.Merge;
using ConflictModel.Pipeline;
using ConflictModel.Recognition;
using NodaTime;

namespace ConflictModel.Tests.Pipeline;

public class ConflictModelPipelineTests
{
    // Short documents written for these tests (invented places, generic phrasing).
    internal const string Offensive =
        "= Example offensive =\n\nInfobox\n- Conflict: Example offensive\n- Date: 3–13 December 2014\n- Place: Deir ez-Zor, Syria\n" +
        "- Combatant1: Islamic State\n- Combatant2: Syrian Army\n\n==Battle==\n" +
        "On 5 December, ISIL captured al-Jafra village. The SOHR said 30 soldiers were killed.\n";

    internal const string News =
        "Army retakes village near Deir ez-Zor\n\nDecember 9, 2014\n\n" +
        "On Dec. 5, Islamic State fighters captured al-Jafra village near Deir ez-Zor. A military source said 12 soldiers were killed.\n";

    /// <summary>A reader of a made-up "MEMO" format (reads the body as news prose).</summary>
    private sealed class MemoReader : IArticleReader
    {
        public string Id => "memo";

        public double Sniff(string text) => text.StartsWith("MEMO", StringComparison.Ordinal) ? 0.99 : 0;

        public Article Read(string text, string documentId, ReadOptions options) =>
            new NewsArticleReader().Read(text, documentId, options) with { Format = Id };
    }

    [Fact]
    public void Process_ShortInfoboxDocument_GivesTitleSummaryEventsAndClaims()
    {
        var doc = ConflictModelPipeline.Default.Process(Offensive, "offensive");

        Assert.Equal("offensive", doc.DocumentId);
        Assert.Equal(FormatIds.WikiInfobox, doc.Article.Format);
        Assert.Equal("Example offensive", doc.Article.Title);
        Assert.NotNull(doc.SummaryEvent);
        Assert.Equal(doc.SummaryEvent, doc.Events[0]);
        Assert.Equal(new LocalDate(2014, 12, 3), doc.SummaryEvent!.Period?.Start.Earliest);
        var capture = Assert.Single(doc.Events, e => e.Kind == EventKind.Capture);
        Assert.Equal(new LocalDate(2014, 12, 5), capture.Date?.Earliest);
        Assert.Equal(new LocalDate(2014, 12, 5), capture.Date?.Latest);
        var claim = Assert.Single(doc.Claims, c => c.Quantity == Estimate.Exactly(30));
        Assert.Equal("SOHR", claim.Claimant.Name);
        Assert.Equal(CasualtyCategory.Killed, claim.Subject.Category);
        Assert.Equal("offensive", claim.Evidence.Document);
    }

    [Fact]
    public void Process_EqualsReadThenExtractWithTheDefaultParts()
    {
        var expected = Extractor.Default.Extract(ArticleReaders.Default.Read(Offensive, "a"));
        Assert.Equal(expected, ConflictModelPipeline.Default.Process(Offensive, "a"));
        Assert.Equal(expected, ConflictModelPipeline.Default.Extract(ConflictModelPipeline.Default.Read(Offensive, "a")));
    }

    [Fact]
    public void Read_WithFormat_UsesThatReader()
    {
        var article = ConflictModelPipeline.Default.Read(Offensive, "a", FormatIds.NewsArticle);
        Assert.Equal(FormatIds.NewsArticle, article.Format);
    }

    [Fact]
    public void Read_UnknownFormat_ThrowsNamingTheArgument()
    {
        var ex = Assert.Throws<ArgumentException>(() => ConflictModelPipeline.Default.Read("x", "a", "no-such-format"));
        Assert.Equal("format", ex.ParamName);
        Assert.Contains("no-such-format", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NullArguments_Throw()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => ConflictModelPipeline.Default.Read(null!, "a")).ParamName);
        Assert.Equal("documentId", Assert.Throws<ArgumentNullException>(() => ConflictModelPipeline.Default.Read("x", null!)).ParamName);
    }

    [Fact]
    public void Builder_AddReader_IsIdempotentAndPluggedIntoDetection()
    {
        var builder = new ConflictModelPipelineBuilder();
        int builtIn = builder.Readers.Count;
        Assert.Equal(ArticleReaders.Default.Readers.Select(r => r.Id), builder.Readers.Select(r => r.Id));

        builder.AddReader(new MemoReader()).AddReader(new MemoReader());
        Assert.Equal(builtIn + 1, builder.Readers.Count);
        Assert.Equal("memo", builder.Readers[^1].Id);

        var pipeline = builder.Build();
        Assert.Equal("memo", pipeline.Read("MEMO\n\nOn 5 December 2014, fighting began.\n", "m").Format);
        Assert.Equal(FormatIds.WikiInfobox, pipeline.Read(Offensive, "o").Format);
        Assert.Null(ArticleReaders.Default.Find("memo"));
    }

    [Fact]
    public void Builder_InsertReaderBefore_IsIdempotent()
    {
        var builder = new ConflictModelPipelineBuilder();
        builder.InsertReaderBefore<NewsArticleReader>(new MemoReader());
        var once = builder.Readers.Select(r => r.Id).ToArray();
        builder.InsertReaderBefore<NewsArticleReader>(new MemoReader());
        Assert.Equal(once, builder.Readers.Select(r => r.Id));
        int memo = Array.IndexOf(once, "memo");
        Assert.Equal(FormatIds.NewsArticle, once[memo + 1]);
        Assert.Equal(ArticleReaders.Default.Readers.Count + 1, once.Length);

        builder.RemoveReader("memo");
        Assert.Equal(ArticleReaders.Default.Readers.Select(r => r.Id), builder.Readers.Select(r => r.Id));
    }

    [Fact]
    public void Builder_AddEntities_ExtendsTheRegistryOfThatPipelineOnly()
    {
        var brigade = new Entity("example-brigade", "Example Brigade", EntityKind.Actor, new[] { "Ex Brigade" }.ToEquatableArray());
        var builder = new ConflictModelPipelineBuilder().AddEntities([brigade]).AddEntities([brigade]);
        Assert.Single(builder.Entities);

        var pipeline = builder.Build();
        Assert.Equal(brigade, pipeline.Registry.Resolve("Ex Brigade"));
        Assert.Equal(brigade, pipeline.Extractor.Registry.Resolve("example brigade"));
        Assert.NotNull(pipeline.Registry.Resolve("ISIL"));
        Assert.Null(ConflictModelPipeline.Default.Registry.Resolve("Ex Brigade"));
    }

    [Fact]
    public void Builder_SettingsReachThePipeline()
    {
        var pipeline = new ConflictModelPipelineBuilder()
            .UsePolicy(ReconciliationPolicy.Conservative)
            .ConfigureExtraction(o => o with { AnchorMode = DateAnchorMode.News, ReferenceDate = new LocalDate(2014, 12, 9) })
            .Build();
        Assert.Same(ReconciliationPolicy.Conservative, pipeline.MergeOptions.Policy);
        Assert.Equal(DateAnchorMode.News, pipeline.Extractor.Options.AnchorMode);
        Assert.Equal(new LocalDate(2014, 12, 9), pipeline.Extractor.Options.ReferenceDate);
        Assert.Same(Extractor.Default, new ConflictModelPipelineBuilder().Build().Extractor);
        Assert.Same(ReconciliationPolicy.UcdpLike, ConflictModelPipeline.Default.MergeOptions.Policy);
    }

    [Fact]
    public void Builder_NullArguments_Throw()
    {
        var b = new ConflictModelPipelineBuilder();
        Assert.Equal("reader", Assert.Throws<ArgumentNullException>(() => b.AddReader(null!)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => b.UsePolicy(null!)).ParamName);
        Assert.Equal("entities", Assert.Throws<ArgumentException>(() => b.AddEntities([null!])).ParamName);
        Assert.Throws<ArgumentNullException>(() => b.MergeOptions = null!);
    }

    [Fact]
    public void Merge_EqualsTheTimelineBuilderOverTheAdaptedSets()
    {
        var p = ConflictModelPipeline.Default;
        var docs = new[] { p.Process(Offensive, "offensive"), p.Process(News, "news") };
        var timeline = p.Merge(docs);

        Assert.Equal(["news", "offensive"], timeline.Documents.Order(StringComparer.Ordinal));
        Assert.Equal(docs.Sum(d => d.Claims.Count), timeline.Claims.Count);
        Assert.Equal(TimelineBuilder.Merge(docs.Select(d => d.ToExtractedSet())), timeline);
        Assert.Equal(timeline, p.Merge(docs.Reverse()));
        Assert.Equal("conservative", p.Merge(docs, ReconciliationPolicy.Conservative).Options.Policy.Name);
    }

    [Fact]
    public void ToExtractedSet_AddsTheSummaryEventWhenMissing()
    {
        var doc = ConflictModelPipeline.Default.Process(Offensive, "offensive");
        var set = doc.ToExtractedSet();
        Assert.Equal(doc.Events, set.Events);
        Assert.Equal(doc.Claims, set.Claims);

        var withoutSummary = doc with { Events = doc.Events.Skip(1).ToEquatableArray() };
        var adapted = withoutSummary.ToExtractedSet();
        Assert.Equal(doc.Events.Count, adapted.Events.Count);
        Assert.Equal(doc.SummaryEvent, adapted.Events[0]);
    }

    [Fact]
    public void Pipeline_IsThreadSafe_ParallelResultsEqualSequential()
    {
        var pipeline = new ConflictModelPipelineBuilder().AddReader(new MemoReader()).Build();
        string[] texts = [Offensive, News, "MEMO\n\nOn 5 December 2014, 7 soldiers were killed.\n"];
        var expected = texts.Select((t, i) => pipeline.Process(t, "d" + i)).ToArray();
        var results = new ExtractedDocument[48];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            results[i] = pipeline.Process(texts[i % texts.Length], "d" + (i % texts.Length)));
        for (int i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % texts.Length], results[i]);
        }

        Assert.Equal(pipeline.Merge(expected), pipeline.Merge(results));
    }
}
