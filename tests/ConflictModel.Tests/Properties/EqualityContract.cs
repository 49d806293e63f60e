using System.Reflection;

namespace ConflictModel.Tests.Properties;

/// <summary>Checks the whole equality contract of a type at once: <see cref="IEquatable{T}.Equals(T)"/>,
/// <c>==</c>, <c>!=</c>, <see cref="object.Equals(object)"/>, <see cref="object.GetHashCode"/>, symmetry, and
/// inequality with null and with other types.</summary>
public static class EqualityContract
{
    public static void Check<T>(T value, T equalCopy, T other)
        where T : IEquatable<T>
    {
        var eq = Operator<T>("op_Equality");
        var ne = Operator<T>("op_Inequality");

        Assert.True(value.Equals(equalCopy), "Equals(T) on an equal copy");
        Assert.True(equalCopy.Equals(value), "Equals(T) is symmetric");
        Assert.True(value.Equals((object?)equalCopy), "Equals(object) on an equal copy");
        Assert.True(eq(value, equalCopy), "== on an equal copy");
        Assert.False(ne(value, equalCopy), "!= on an equal copy");
        Assert.Equal(value.GetHashCode(), equalCopy.GetHashCode());
        Assert.True(value.Equals(value), "Equals is reflexive");

        bool same = value.Equals(other);
        Assert.Equal(same, other.Equals(value));
        Assert.Equal(same, value.Equals((object?)other));
        Assert.Equal(same, eq(value, other));
        Assert.Equal(!same, ne(value, other));
        if (same)
        {
            Assert.Equal(value.GetHashCode(), other.GetHashCode());
        }

        Assert.False(value.Equals((object?)null), "Equals(null)");
        Assert.False(value.Equals(new object()), "Equals(other type)");
    }

    private static Func<T, T, bool> Operator<T>(string name)
    {
        var method = typeof(T).GetMethod(name, BindingFlags.Public | BindingFlags.Static, [typeof(T), typeof(T)])
            ?? throw new InvalidOperationException($"{typeof(T).Name} declares no {name}.");
        return (a, b) => (bool)method.Invoke(null, [a, b])!;
    }
}
