using ConflictModel.Merge;
using ConflictModel.Pipeline;
using ConflictModel.Recognition;

namespace ConflictModel.DependencyInjection;

/// <summary>Settings of the registered <see cref="ConflictModelPipeline"/>.</summary>
public sealed partial class ConflictModelOptions
{
    /// <summary>Gets or sets how dates without a year are anchored, or <see langword="null"/> (the default) to choose
    /// by format (news anchoring for news articles, narrative anchoring otherwise).</summary>
    public DateAnchorMode? DefaultAnchorMode { get; set; }

    /// <summary>Gets the entities (actors, places, claimants) added to the built-in registry; an entity with the id
    /// of a built-in one replaces it.</summary>
    public IList<Entity> Entities { get; } = [];

    /// <summary>Gets or sets the reconciliation policy of the merge, or <see langword="null"/> (the default) for
    /// <see cref="MergeOptions.Default"/>'s (<see cref="ReconciliationPolicy.UcdpLike"/>).</summary>
    public ReconciliationPolicy? Policy { get; set; }

    /// <summary>Gets or sets a callback that receives the pipeline builder after the settings above are applied and
    /// before it is built (add readers, change extraction or merge options), or <see langword="null"/>.</summary>
    public Action<ConflictModelPipelineBuilder>? ConfigurePipeline { get; set; }

    /// <summary>Returns a pipeline builder holding these settings (the reference date, the anchoring mode, the
    /// entities, the policy, then the <see cref="ConfigurePipeline"/> callback).</summary>
    /// <returns>The builder.</returns>
    public ConflictModelPipelineBuilder CreatePipelineBuilder()
    {
        var builder = new ConflictModelPipelineBuilder();
        if (ReferenceDate is not null || DefaultAnchorMode is not null)
        {
            builder.ConfigureExtraction(o => o with
            {
                ReferenceDate = ReferenceDate ?? o.ReferenceDate,
                AnchorMode = DefaultAnchorMode ?? o.AnchorMode,
            });
        }

        if (Entities.Count > 0)
        {
            builder.AddEntities(Entities);
        }

        if (Policy is not null)
        {
            builder.UsePolicy(Policy);
        }

        ConfigurePipeline?.Invoke(builder);
        return builder;
    }
}
