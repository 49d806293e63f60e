using System.Text.Json;
using ConflictModel.DependencyInjection;
using ConflictModel.Serialization;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ConflictModel.Tests.DependencyInjection;

public class AddConflictModelTests
{
    [Fact]
    public void AddConflictModel_RegistersConfiguredOptionsAndJson()
    {
        var services = new ServiceCollection();
        var returned = services.AddConflictModel(o => o.ReferenceDate = new LocalDate(2017, 1, 20));
        Assert.Same(services, returned);

        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<ConflictModelOptions>();
        Assert.Equal(new LocalDate(2017, 1, 20), options.ReferenceDate);
        Assert.Same(options, provider.GetRequiredService<ConflictModelOptions>());
        Assert.Same(ConflictModelJson.Options, provider.GetRequiredService<JsonSerializerOptions>());
    }

    [Fact]
    public void AddConflictModel_Twice_KeepsTheFirstRegistration()
    {
        var services = new ServiceCollection();
        services.AddConflictModel(o => o.IndentJson = true);
        int count = services.Count;
        bool secondCalled = false;
        services.AddConflictModel(o => { secondCalled = true; o.IndentJson = false; });

        Assert.Equal(count, services.Count);
        Assert.False(secondCalled);
        using var provider = services.BuildServiceProvider();
        Assert.True(provider.GetRequiredService<ConflictModelOptions>().IndentJson);
        Assert.Same(ConflictModelJson.IndentedOptions, provider.GetRequiredService<JsonSerializerOptions>());
    }

    [Fact]
    public void AddConflictModel_KeepsRegistrationsMadeBefore()
    {
        var mine = new JsonSerializerOptions();
        var services = new ServiceCollection();
        services.AddSingleton(mine);
        services.AddConflictModel();
        using var provider = services.BuildServiceProvider();
        Assert.Same(mine, provider.GetRequiredService<JsonSerializerOptions>());
        Assert.Null(provider.GetRequiredService<ConflictModelOptions>().ReferenceDate);
    }

    [Fact]
    public void AddConflictModel_NullServices_Throws() =>
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddConflictModel()).ParamName);

    [Fact]
    public void AddConflictModel_UsesTryAddOnly()
    {
        var services = new ServiceCollection();
        services.AddConflictModel();
        Assert.All(services, d => Assert.Equal(ServiceLifetime.Singleton, d.Lifetime));
        Assert.Equal(services.Count, services.Select(d => d.ServiceType).Distinct().Count());
    }
}
