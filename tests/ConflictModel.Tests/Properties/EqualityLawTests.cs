using System.Reflection;
using System.Runtime.CompilerServices;
using FsCheck;
using FsCheck.Fluent;
using static ConflictModel.Tests.Properties.ConflictArbitraries;

namespace ConflictModel.Tests.Properties;

/// <summary>The equality and hash-code contract of every value, checked by <see cref="EqualityContract"/>.</summary>
public class EqualityLawTests
{
    private static void Holds<T>(Gen<T> gen, Func<T, T> copy)
        where T : IEquatable<T> =>
        PropertyCheck.ForAll(
            from a in gen from b in gen select (A: a, B: b),
            p => EqualityContract.Check(p.A, copy(p.A), p.B));

    private static string? Copy(string? s) => s is null ? null : new string(s.AsSpan());

    private static UncertainDate Copy(UncertainDate d) => new(d.Earliest, d.Latest, d.Precision, d.StatedAs, d.YearInferred, Copy(d.Text));

    [Fact]
    public void UncertainDate_SatisfiesEqualityContract() => Holds(AnyUncertainDate, Copy);

    [Fact]
    public void UncertainPeriod_SatisfiesEqualityContract() =>
        Holds(AnyUncertainPeriod, p => new UncertainPeriod(Copy(p.Start), p.End is { } e ? Copy(e) : null, p.IsOngoing, Copy(p.Text)));

    [Fact]
    public void Estimate_SatisfiesEqualityContract() => Holds(AnyEstimate, e => new Estimate(e.Low, e.High, e.Best, e.Kind));

    [Fact]
    public void TextSpan_SatisfiesEqualityContract() => Holds(AnyTextSpan, s => new TextSpan(s.Start, s.Length));

    [Fact]
    public void EquatableArray_SatisfiesEqualityContract() => Holds(Citations, a => a.ToArray().ToEquatableArray());

    [Fact]
    public void Evidence_SatisfiesEqualityContract() =>
        Holds(AnyEvidence, e => e with { Sentence = Copy(e.Sentence)!, Citations = e.Citations.ToArray() });

    [Fact]
    public void Claim_SatisfiesEqualityContract() =>
        Holds(AnyClaim, c => c with { Evidence = c.Evidence with { }, Claimant = c.Claimant with { }, Subject = c.Subject with { } });

    [Fact]
    public void ConflictEvent_SatisfiesEqualityContract() =>
        Holds(AnyConflictEvent, e => e with { Places = e.Places.ToArray(), Actors = e.Actors.Select(a => a with { }).ToEquatableArray() });

    [Fact]
    public void CasualtyFigure_SatisfiesEqualityContract() => Holds(AnyCasualtyFigure, f => f with { Text = Copy(f.Text)! });

    [Fact]
    public void EmptyEquatableArrays_AreEqual() =>
        EqualityContract.Check(default(EquatableArray<int>), EquatableArray<int>.Empty, EquatableArray.Create(1));

    /// <summary>Every public struct and record of the library is an immutable value: readonly structs and sealed
    /// records (or abstract records, the root of a closed hierarchy whose equality includes the runtime type),
    /// implementing <see cref="IEquatable{T}"/>, declaring <c>==</c>, <c>!=</c>, <c>Equals(object)</c> and
    /// <c>GetHashCode</c>, with no public setter (init-only is allowed for records).</summary>
    [Fact]
    public void PublicValueTypes_DefineEqualityConsistently()
    {
        var types = typeof(UncertainDate).Assembly.GetExportedTypes()
            .Where(t => (t.IsValueType && !t.IsEnum) || t.GetMethod("<Clone>$") is not null)
            .ToList();
        Assert.Contains(typeof(UncertainDate), types);
        Assert.Contains(typeof(EquatableArray<>), types);
        Assert.Contains(typeof(Claim), types);
        Assert.Contains(typeof(Diagnostic), types);

        var problems = new List<string>();
        foreach (var type in types)
        {
            var self = type.IsGenericTypeDefinition ? type.MakeGenericType(type.GetGenericArguments()) : type;
            const BindingFlags declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly;
            const BindingFlags statics = BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly;
            if (type.IsValueType && !type.IsDefined(typeof(IsReadOnlyAttribute)))
            {
                problems.Add($"{type.Name} is not a readonly struct");
            }

            if (!type.IsValueType && !type.IsSealed && !type.IsAbstract)
            {
                problems.Add($"{type.Name} is a record but neither sealed nor abstract");
            }

            if (!typeof(IEquatable<>).MakeGenericType(self).IsAssignableFrom(self))
            {
                problems.Add($"{type.Name} does not implement IEquatable<{type.Name}>");
            }

            foreach (var op in new[] { "op_Equality", "op_Inequality" })
            {
                if (type.GetMethod(op, statics, [self, self]) is null)
                {
                    problems.Add($"{type.Name} does not declare {op}");
                }
            }

            if (type.GetMethod(nameof(Equals), declared, [typeof(object)]) is null)
            {
                problems.Add($"{type.Name} does not override Equals(object)");
            }

            if (type.GetMethod(nameof(GetHashCode), declared, Type.EmptyTypes) is null)
            {
                problems.Add($"{type.Name} does not override GetHashCode()");
            }

            foreach (var property in type.GetProperties(declared))
            {
                var setter = property.SetMethod;
                if (setter is { IsPublic: true } &&
                    !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
                {
                    problems.Add($"{type.Name}.{property.Name} has a public setter");
                }
            }
        }

        Assert.Empty(problems);
    }
}
