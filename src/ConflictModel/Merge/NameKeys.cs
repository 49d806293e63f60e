using System.Globalization;
using System.Text;
using ConflictModel.Recognition;
using NodaTime;

namespace ConflictModel.Merge;

/// <summary>
/// The default key of an actor, place, group or claimant name: the id of the built-in
/// <see cref="EntityRegistry"/> entity it resolves to by alias ("ISIS", "ISIL" and "Islamic State" are all
/// <c>isis</c>; "Albu Kamal" and "Abu Kamal" are <c>abu-kamal</c>), otherwise a readable spelling-insensitive key
/// (lower case, diacritics folded, apostrophes dropped, hyphens as spaces, a leading <c>al-</c> dropped).
/// </summary>
/// <remarks>Pure and thread-safe. Replace it through <see cref="MergeOptions.NameKey"/>.</remarks>
internal static class NameKeys
{
    /// <summary>The default key function as a cached delegate, so that options compare equal.</summary>
    internal static readonly Func<string, string> Default = Normalize;

    /// <summary>Returns the key of <paramref name="name"/>.</summary>
    internal static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return EntityRegistry.Default.Resolve(name)?.Id ?? Simple(name);
    }

    // Invariant globalization mode has no Unicode normalisation, so Latin letters with diacritics are folded by table.
    private const string Accented = "àáâãäåāăąǎạảấầẩẫậắằẳẵặçćĉċčďđèéêëēĕėęěẹẻẽếềểễệĝğġģĥħḥḩìíîïĩīĭįıǐịỉĵķĺļľŀłñńņňòóôõöøōŏőǒọỏốồổỗộớờởỡợŕŗřśŝşšșṣţťŧțṭùúûüũūŭůűųǔụủứừửữựŵýÿŷỳỹźżžẓḍ";
    private const string Plain = "aaaaaaaaaaaaaaaaaaaaaacccccddeeeeeeeeeeeeeeeeegggghhhhiiiiiiiiiiiijklllllnnnnoooooooooooooooooooooorrrsssssstttttuuuuuuuuuuuuuuuuuuwyyyyyzzzzd";

    private static readonly string[] Articles = ["al ", "el ", "ar ", "ad ", "as ", "ash ", "at ", "an "];

    private static char Fold(char c)
    {
        char lower = char.ToLowerInvariant(c);
        int i = Accented.IndexOf(lower, StringComparison.Ordinal);
        return i >= 0 ? Plain[i] : lower;
    }

    /// <summary>Returns the readable spelling-insensitive key of a name the registry does not know.</summary>
    internal static string Simple(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length);
        bool pendingSpace = false;
        foreach (char original in name)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(original) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            char raw = original < 0x80 ? original : Fold(original);

            if (raw is '\'' or '’' or '‘' or '`' or 'ʼ' or 'ʿ' or 'ʾ')
            {
                continue;
            }

            if (raw is '-' or '‐' or '‑' or '–' or '—' or '_' or '.' or ',' || char.IsWhiteSpace(raw))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(char.ToLowerInvariant(raw));
        }

        string key = sb.ToString();
        foreach (string article in Articles)
        {
            if (key.Length > article.Length && key.StartsWith(article, StringComparison.Ordinal))
            {
                return key[article.Length..];
            }
        }

        return key;
    }
}

/// <summary>Day numbers for interval arithmetic over <see cref="LocalDate"/>.</summary>
internal static class Days
{
    /// <summary>The day number of <paramref name="date"/> (days since 0001-01-01).</summary>
    internal static int Of(LocalDate date) => date.ToDateOnly().DayNumber;

    /// <summary>The date of a day number.</summary>
    internal static LocalDate ToDate(int day) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(day));
}

/// <summary>A small deterministic 64-bit FNV-1a hash for content-derived ids.</summary>
internal static class ContentHash
{
    /// <summary>Returns a hex id from claims already in canonical (id) order; equal to <see cref="Of"/> over their ids.</summary>
    internal static string OfSorted(string prefix, ReadOnlySpan<Claim> sorted)
    {
        ulong hash = 14695981039346656037UL;
        foreach (var claim in sorted)
        {
            foreach (char c in claim.Id)
            {
                hash = unchecked((hash ^ c) * 1099511628211UL);
            }

            hash = unchecked((hash ^ 0x1F) * 1099511628211UL);
        }

        return Format(prefix, hash);
    }

    /// <summary>Returns <paramref name="prefix"/> followed by 16 lower-case hex digits of <paramref name="hash"/>, in
    /// one allocation.</summary>
    internal static string Format(string prefix, ulong hash) =>
        string.Create(prefix.Length + 16, (prefix, hash), static (span, state) =>
        {
            state.prefix.CopyTo(span);
            bool ok = state.hash.TryFormat(span[state.prefix.Length..], out _, "x16", CultureInfo.InvariantCulture);
            System.Diagnostics.Debug.Assert(ok, "16 hex digits fit");
        });

    /// <summary>Returns a hex id from the ordinal-sorted strings, independent of their input order.</summary>
    internal static string Of(string prefix, IEnumerable<string> parts)
    {
        var sorted = parts.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        ulong hash = 14695981039346656037UL;
        foreach (string part in sorted)
        {
            foreach (char c in part)
            {
                hash = unchecked((hash ^ c) * 1099511628211UL);
            }

            hash = unchecked((hash ^ 0x1F) * 1099511628211UL);
        }

        return prefix + hash.ToString("x16", CultureInfo.InvariantCulture);
    }
}
