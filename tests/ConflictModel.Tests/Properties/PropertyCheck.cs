using FsCheck;
using FsCheck.Fluent;

namespace ConflictModel.Tests.Properties;

/// <summary>Runs a property for at least 200 cases and throws on the first counter-example.</summary>
public static class PropertyCheck
{
    public const int Cases = 200;

    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(Cases).WithQuietOnSuccess(true);

    public static void ForAll<T>(Gen<T> gen, Func<T, bool> law) => Check.One(Config, Prop.ForAll(gen.ToArbitrary(), law));

    public static void ForAll<T>(Gen<T> gen, Action<T> law) => Check.One(Config, Prop.ForAll(gen.ToArbitrary(), law));
}
