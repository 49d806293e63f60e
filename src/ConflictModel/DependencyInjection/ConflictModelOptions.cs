using NodaTime;

namespace ConflictModel.DependencyInjection;

/// <summary>
/// Library-wide settings registered by <see cref="ConflictModelServiceCollectionExtensions.AddConflictModel"/>. Each
/// area of the library adds its own settings here (the class is partial so that an area can keep its settings in its
/// own file); every setting has a default that works without configuration.
/// </summary>
/// <remarks>Options are configured once at registration and must not be changed after the container is built; the
/// registered instance is then shared and read concurrently.</remarks>
public sealed partial class ConflictModelOptions
{
    /// <summary>Gets or sets the date that relative dates ("yesterday", "on Monday") are anchored to when a document
    /// carries no date of its own, or <see langword="null"/> (the default) to leave them unanchored and say so in a
    /// diagnostic rather than assume "today".</summary>
    public LocalDate? ReferenceDate { get; set; }

    /// <summary>Gets or sets whether the registered <see cref="System.Text.Json.JsonSerializerOptions"/> indent their
    /// output (default <see langword="false"/>: compact).</summary>
    public bool IndentJson { get; set; }
}
