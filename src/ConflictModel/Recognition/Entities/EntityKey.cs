using System.Globalization;
using System.Text;

namespace ConflictModel.Recognition;

/// <summary>
/// The spelling-insensitive key of a name (see <see cref="EntityRegistry.Key"/> for the rules).
/// </summary>
internal static class EntityKey
{
    /// <summary>Arabic article forms dropped when they stand before another word ("al-", "ash-", "ez").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> Articles = QuantityLexicon.Set(
        "al", "el", "ul", "il", "ar", "er", "as", "es", "ash", "esh", "ad", "ed", "at", "et", "az", "ez", "iz", "an",
        "en", "ath", "adh", "ath", "al'", "l");

    // base letters of U+00C0..U+024F and U+1E00..U+1EFF ('\0' = none), computed from Unicode decompositions
    private const string LatinExtended = "AAAAAA\0CEEEEIIII\0NOOOOO\0\0UUUUY\0\0aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0yAaAaAaCcCcCcCcDd\0\0EeEeEeEeEeGgGgGgGgHh\0\0IiIiIiIiI\0\0\0JjKk\0LlLlLl\0\0\0\0NnNnNn\0\0\0OoOoOo\0\0RrRrRrSsSsSsSsTtTt\0\0UuUuUuUuUuUuWwYyYZzZzZzs\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0Oo\0\0\0\0\0\0\0\0\0\0\0\0\0Uu\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0AaIiOoUuUuUuUuUu\0AaAa\0\0\0\0GgKkOoOo\0\0j\0\0\0Gg\0\0NnAa\0\0\0\0AaAaEeEeIiIiOoOoRrRrUuUuSsTt\0\0Hh\0\0\0\0\0\0AaEeOoOoOoOoYy\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";
    private const string LatinAdditional = "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwy\0s\0\0\0\0AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy\0\0\0\0\0\0";

    public static bool IsArticle(string lowerToken) => Articles.Contains(lowerToken);

    /// <summary>Article forms that may open a name when written apart ("Al Raqqa"); English look-alikes ("as", "an",
    /// "at", "en", "es") only open a name when hyphenated ("as-Sham").</summary>
    public static bool IsStartArticle(string lowerToken) => lowerToken is "al" or "el" or "ul" or "ar" or "ash" or "ad" or "az" or "ez" or "adh" or "ath";

    /// <summary>Returns the base letter of a Latin letter with diacritics ('ḥ' → 'h'), or the character itself.
    /// Works without ICU (the library may run with invariant globalization).</summary>
    public static char BaseLetter(char c)
    {
        if (c < 0xC0)
        {
            return c;
        }

        if (c <= 0x24F)
        {
            char b = LatinExtended[c - 0xC0];
            return b == '\0' ? c : b;
        }

        if (c >= 0x1E00 && c <= 0x1EFF)
        {
            char b = LatinAdditional[c - 0x1E00];
            return b == '\0' ? c : b;
        }

        return c;
    }

    /// <summary>Computes the full key of a name: tokens folded one by one, articles before another token dropped,
    /// then joined without separators, doubled letters collapsed, and the single-token rules repeated until stable.</summary>
    public static string Compute(string name)
    {
        var tokens = Split(name);
        var sb = new StringBuilder(name.Length);
        for (int i = 0; i < tokens.Count; i++)
        {
            if (i < tokens.Count - 1 && (Articles.Contains(tokens[i]) || (i == 0 && tokens[i] == "the")))
            {
                continue;
            }

            sb.Append(FoldToken(tokens[i]));
        }

        string key = CollapseDoubles(sb.ToString());
        for (int round = 0; round < 8; round++)
        {
            string next = CollapseDoubles(FoldToken(key));
            if (next == key)
            {
                break;
            }

            key = next;
        }

        return key;
    }

    /// <summary>Lower-cases, strips diacritics and apostrophes, and splits on anything that is not a letter or digit.</summary>
    public static List<string> Split(string name)
    {
        var result = new List<string>();
        var sb = new StringBuilder();
        foreach (char raw0 in name)
        {
            char raw = BaseLetter(raw0);
            var cat = CharUnicodeInfo.GetUnicodeCategory(raw);
            if (cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (Tokenizer.IsApostrophe(raw))
            {
                continue;
            }

            char c = char.ToLowerInvariant(raw);
            c = c switch
            {
                'ı' => 'i',
                'ß' => 's',
                'ø' => 'o',
                'æ' => 'a',
                'œ' => 'o',
                'đ' => 'd',
                'ł' => 'l',
                _ => c,
            };
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0)
            {
                result.Add(sb.ToString());
                sb.Clear();
            }
        }

        if (sb.Length > 0)
        {
            result.Add(sb.ToString());
        }

        return result;
    }

    /// <summary>Folds one lower-case token: a glued sun-letter article ("ezzor" → "zor"), ou/oo/o → u, ee → i,
    /// ei/ey → e, then e → a, q → k, a final h after a vowel dropped ("raqqah" → "raqqa").</summary>
    public static string FoldToken(string token)
    {
        if (token.Length == 0)
        {
            return token;
        }

        string s = token;

        // assimilated article glued to the noun: vowel + doubled consonant ("ezzor", "arraqqa", "assad")
        if (s.Length >= 5 && IsVowel(s[0]) && !IsVowel(s[1]) && s[1] == s[2] && !char.IsDigit(s[1]))
        {
            s = s.Substring(2);
        }

        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            char next = i + 1 < s.Length ? s[i + 1] : '\0';
            if (c == 'o' && next == 'u')
            {
                sb.Append('u');
                i++;
            }
            else if (c == 'o' && next == 'o')
            {
                sb.Append('u');
                i++;
            }
            else if (c == 'o')
            {
                sb.Append('u');
            }
            else if (c == 'e' && next == 'e')
            {
                sb.Append('i');
                i++;
            }
            else if (c == 'e' && (next == 'i' || next == 'y'))
            {
                sb.Append('a');
                i++;
            }
            else if (c == 'e')
            {
                sb.Append('a');
            }
            else if (c == 'q')
            {
                sb.Append('k');
            }
            else
            {
                sb.Append(c);
            }
        }

        // final h after a vowel
        if (sb.Length >= 3 && sb[^1] == 'h' && IsVowel(sb[^2]))
        {
            sb.Length--;
        }

        return sb.ToString();
    }

    public static string CollapseDoubles(string s)
    {
        if (s.Length < 2)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        char prev = '\0';
        foreach (char c in s)
        {
            if (c == prev && !char.IsDigit(c))
            {
                continue;
            }

            sb.Append(c);
            prev = c;
        }

        return sb.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
