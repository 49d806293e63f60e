using System.Text.Json;
using ConflictModel.Extraction;
using ConflictModel.Formats;
using ConflictModel.Merge;
using ConflictModel.Pipeline;
using ConflictModel.Recognition;
using ConflictModel.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ConflictModel.DependencyInjection;

/// <summary>Registers the library in a <see cref="IServiceCollection"/>.</summary>
public static class ConflictModelServiceCollectionExtensions
{
    /// <summary>Adds the library's services, all singletons (every part is immutable and thread-safe): the
    /// <see cref="ConflictModelOptions"/>; the <see cref="ConflictModelPipeline"/> built from them
    /// (<see cref="ConflictModelOptions.CreatePipelineBuilder"/>); its parts <see cref="ArticleReaders"/>,
    /// <see cref="Extractor"/>, <see cref="EntityRegistry"/> and <see cref="MergeOptions"/>; and read-only
    /// <see cref="JsonSerializerOptions"/> configured for the library's JSON contract
    /// (<see cref="ConflictModelJson.Options"/>, or <see cref="ConflictModelJson.IndentedOptions"/> when
    /// <see cref="ConflictModelOptions.IndentJson"/> is set). Every service is registered with <c>TryAdd*</c>, so a
    /// registration made earlier (by the application or by an earlier call) is kept.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets options; not called when the library is already registered (the first
    /// registration and its options are kept).</param>
    /// <returns>The same <paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddConflictModel(this IServiceCollection services, Action<ConflictModelOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (!services.Any(d => d.ServiceType == typeof(ConflictModelOptions)))
        {
            var options = new ConflictModelOptions();
            configure?.Invoke(options);
            services.TryAddSingleton(options);
        }

        services.TryAddSingleton(sp =>
            sp.GetRequiredService<ConflictModelOptions>().IndentJson ? ConflictModelJson.IndentedOptions : ConflictModelJson.Options);

        services.TryAddSingleton(sp => sp.GetRequiredService<ConflictModelOptions>().CreatePipelineBuilder().Build());
        services.TryAddSingleton(sp => sp.GetRequiredService<ConflictModelPipeline>().Readers);
        services.TryAddSingleton(sp => sp.GetRequiredService<ConflictModelPipeline>().Extractor);
        services.TryAddSingleton(sp => sp.GetRequiredService<ConflictModelPipeline>().Registry);
        services.TryAddSingleton(sp => sp.GetRequiredService<ConflictModelPipeline>().MergeOptions);
        return services;
    }
}
