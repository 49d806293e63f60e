using ConflictModel.DependencyInjection;
using ConflictModel.Extraction;
using ConflictModel.Formats;
using ConflictModel.Merge;
using ConflictModel.Pipeline;
using ConflictModel.Recognition;
using ConflictModel.Tests.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ConflictModel.Tests.DependencyInjection;

public class AddConflictModelPipelineTests
{
    [Fact]
    public void AddConflictModel_RegistersThePipelineAndItsParts()
    {
        var services = new ServiceCollection();
        services.AddConflictModel();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var pipeline = provider.GetRequiredService<ConflictModelPipeline>();
        Assert.Same(pipeline, provider.GetRequiredService<ConflictModelPipeline>());
        Assert.Same(pipeline.Readers, provider.GetRequiredService<ArticleReaders>());
        Assert.Same(pipeline.Extractor, provider.GetRequiredService<Extractor>());
        Assert.Same(pipeline.Registry, provider.GetRequiredService<EntityRegistry>());
        Assert.Same(pipeline.MergeOptions, provider.GetRequiredService<MergeOptions>());
        Assert.Same(Extractor.Default, pipeline.Extractor);
        Assert.Equal(ArticleReaders.Default.Readers.Select(r => r.Id), pipeline.Readers.Readers.Select(r => r.Id));
        Assert.Same(ReconciliationPolicy.UcdpLike, pipeline.MergeOptions.Policy);
        Assert.Equal(ConflictModelPipeline.Default.Process(ConflictModelPipelineTests.Offensive, "o"), pipeline.Process(ConflictModelPipelineTests.Offensive, "o"));
    }

    [Fact]
    public void AddConflictModel_OptionsShapeThePipeline()
    {
        var brigade = new Entity("example-brigade", "Example Brigade", EntityKind.Actor, new[] { "Ex Brigade" }.ToEquatableArray());
        IArticleReader? seen = null;
        var services = new ServiceCollection();
        services.AddConflictModel(o =>
        {
            o.ReferenceDate = new LocalDate(2014, 12, 9);
            o.DefaultAnchorMode = DateAnchorMode.News;
            o.Entities.Add(brigade);
            o.Policy = ReconciliationPolicy.Conservative;
            o.ConfigurePipeline = b => seen = b.Readers[0];
        });
        using var provider = services.BuildServiceProvider();

        var pipeline = provider.GetRequiredService<ConflictModelPipeline>();
        Assert.Equal(new LocalDate(2014, 12, 9), pipeline.Extractor.Options.ReferenceDate);
        Assert.Equal(DateAnchorMode.News, pipeline.Extractor.Options.AnchorMode);
        Assert.Equal(brigade, provider.GetRequiredService<EntityRegistry>().Resolve("Ex Brigade"));
        Assert.Same(ReconciliationPolicy.Conservative, provider.GetRequiredService<MergeOptions>().Policy);
        Assert.Same(ArticleReaders.Default.Readers[0], seen);
    }

    [Fact]
    public void AddConflictModel_Twice_KeepsTheFirstPipeline()
    {
        var services = new ServiceCollection();
        services.AddConflictModel(o => o.Policy = ReconciliationPolicy.Conservative);
        int count = services.Count;
        services.AddConflictModel(o => o.Policy = ReconciliationPolicy.ReliabilityWeighted);
        Assert.Equal(count, services.Count);
        using var provider = services.BuildServiceProvider();
        Assert.Same(ReconciliationPolicy.Conservative, provider.GetRequiredService<ConflictModelPipeline>().MergeOptions.Policy);
        Assert.Same(ReconciliationPolicy.Conservative, provider.GetRequiredService<MergeOptions>().Policy);
    }

    [Fact]
    public void AddConflictModel_KeepsAPipelineRegisteredBefore()
    {
        var mine = new ConflictModelPipelineBuilder().UsePolicy(ReconciliationPolicy.ReliabilityWeighted).Build();
        var services = new ServiceCollection();
        services.AddSingleton(mine);
        services.AddConflictModel(o => o.Policy = ReconciliationPolicy.Conservative);
        using var provider = services.BuildServiceProvider();
        Assert.Same(mine, provider.GetRequiredService<ConflictModelPipeline>());
        Assert.Same(mine.MergeOptions, provider.GetRequiredService<MergeOptions>());
    }
}
