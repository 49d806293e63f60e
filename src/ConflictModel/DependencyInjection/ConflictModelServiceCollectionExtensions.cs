using System.Text.Json;
using ConflictModel.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ConflictModel.DependencyInjection;

/// <summary>Registers the library in a <see cref="IServiceCollection"/>.</summary>
public static class ConflictModelServiceCollectionExtensions
{
    /// <summary>Adds the library's services: the <see cref="ConflictModelOptions"/> singleton and read-only
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

        // Later areas register their services here, each with TryAdd* (recognisers, readers, extractor, merge engine).
        return services;
    }
}
