using System.Collections.Frozen;

namespace ConflictModel.Extraction;

/// <summary>
/// Splits paragraph text into sentences by meaning rather than by punctuation alone: a period followed by a
/// lower-case word does not end a sentence (<c>forces. and gained control</c>), a sentence may end without a period
/// where a removed citation marker or a capitalised sentence opener follows a word (<c>children By 23 January</c>,
/// <c>from the rebels The army claimed</c>), and abbreviations (<c>Jan.</c>, <c>Brig. Gen.</c>, <c>U.S.</c>), initials,
/// decimal numbers and closing quotes are respected.
/// </summary>
/// <remarks>Stateless, linear in the input and thread-safe. Never throws on any text.</remarks>
public static class SentenceSplitter
{
    // Abbreviations that never end a sentence when followed by a capitalised word or a number (lower-case keys,
    // without the final period).
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "gen", "brig", "col", "lt", "maj", "capt", "sgt", "cpl", "pvt", "adm", "cmdr", "cdr", "gov", "sen", "rep",
        "dr", "mr", "mrs", "ms", "prof", "st", "mt", "ft", "no", "nos", "vol", "pp", "fig", "approx", "est", "vs",
        "e.g", "i.e", "cf", "al", "sr", "jr", "rev", "hon", "pres", "insp", "supt", "lieut",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationsBySpan = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    // Abbreviations that may end a sentence when a typical sentence opener follows ("... by the U.S. The next day").
    private static readonly FrozenSet<string> SentenceFinalAbbreviations = new[]
    {
        "u.s", "u.n", "u.k", "e.u", "etc", "inc", "ltd", "co", "corp",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceFinalAbbreviationsBySpan = SentenceFinalAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    // Capitalised words that open sentences and are unlikely inside one after a content word.
    private static readonly FrozenSet<string> SentenceOpeners = new[]
    {
        "The", "By", "On", "In", "At", "Later", "Meanwhile", "However", "After", "Before", "During", "Since",
        "Between", "From", "Also", "Following", "Earlier", "Overall", "According", "Three", "Two", "Four", "Five",
        "Several", "Some", "This", "That", "These", "Those", "It", "They", "He", "She", "We", "Its", "Their",
        "A", "An", "Another", "Other", "Many", "Most", "Despite", "Although", "While", "When", "As", "Around",
        "Over", "Near", "Late", "Early", "Mid", "Throughout", "Within", "Two", "Until", "Heavy", "Fighting",
        "Clashes", "Government", "Rebels", "Troops",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Gets the capitalised words that open sentences (for tests).</summary>
    internal static IReadOnlyCollection<string> Openers => SentenceOpeners;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceOpenersBySpan = SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    // Lower-case words after which a capitalised word continues the sentence (a title or a name follows).
    private static readonly FrozenSet<string> Continuers = new[]
    {
        "the", "a", "an", "of", "by", "to", "from", "in", "on", "at", "for", "with", "and", "or", "as", "into",
        "against", "via", "per", "named", "called", "titled", "said", "says", "told", "than", "near", "toward",
        "towards", "between", "among", "under", "over", "about", "after", "before", "during", "since", "until",
        "while", "when", "that", "which", "who", "whom", "whose", "its", "their", "his", "her", "our", "your",
        "is", "was", "were", "are", "be", "been", "newspaper", "agency", "channel", "magazine", "daily",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ContinuersBySpan = Continuers.GetAlternateLookup<ReadOnlySpan<char>>();

    // The longest word looked up in the sets above (longer words are in none of them).
    private const int MaxSetWord = 16;

    /// <summary>Returns the sentences of <paramref name="text"/> as spans, in order, trimmed of surrounding white
    /// space. A span never crosses a sentence end and together the spans cover every non-blank character.</summary>
    /// <param name="text">The paragraph text (citation markers removed).</param>
    /// <param name="markerPositions">Offsets in <paramref name="text"/> where citation markers were removed, in any
    /// order; a removed marker between a word and a capitalised sentence opener is a sentence end. May be
    /// <see langword="null"/>.</param>
    /// <returns>The sentence spans.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<TextSpan> Split(string text, IReadOnlyCollection<int>? markerPositions = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var markers = markerPositions is { Count: > 0 } ? new HashSet<int>(markerPositions) : null;
        var result = new List<TextSpan>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            i = NextCandidate(text, i);
            if (i >= text.Length)
            {
                break;
            }

            var c = text[i];
            int end;
            if (c is '.' or '!' or '?' or '…')
            {
                end = SentenceEndAfterPunctuation(text, i);
            }
            else if (IsSpace(c) && i > 0 && !IsSpace(text[i - 1]))
            {
                // the common case answered here: one space, then a word that does not start with a capital
                var next = i + 1 < text.Length ? text[i + 1] : ' ';
                end = next is >= 'a' and <= 'z' ? -1 : SentenceEndWithoutPunctuation(text, i, markers);
            }
            else
            {
                end = -1;
            }

            if (end > 0)
            {
                Add(result, text, start, end);
                start = end;
                i = Math.Max(end, i + 1);
                continue;
            }

            i++;
        }

        Add(result, text, start, text.Length);
        return result;
    }

    /// <summary>Returns the first offset from <paramref name="i"/> on where a sentence may end: sentence punctuation, or
    /// a white space (or any non-ASCII character) not followed by a lower-case ASCII letter. Every other character
    /// is one <see cref="Split"/> steps over; they are skipped eight at a time. Near the end of the text it returns
    /// <paramref name="i"/> itself (the caller's character-by-character checks decide there).</summary>
    internal static int NextCandidate(string text, int i)
    {
        unchecked
        {
            if (!System.Runtime.Intrinsics.Vector128.IsHardwareAccelerated || i < 0)
            {
                return i;
            }

            ref var r = ref System.Runtime.CompilerServices.Unsafe.As<char, ushort>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(text.AsSpan()));
            var dot = System.Runtime.Intrinsics.Vector128.Create((ushort)'.');
            var bang = System.Runtime.Intrinsics.Vector128.Create((ushort)'!');
            var question = System.Runtime.Intrinsics.Vector128.Create((ushort)'?');
            var ellipsis = System.Runtime.Intrinsics.Vector128.Create((ushort)'…');
            var space = System.Runtime.Intrinsics.Vector128.Create((ushort)' ');
            var nonAscii = System.Runtime.Intrinsics.Vector128.Create((ushort)0x80);
            var a = System.Runtime.Intrinsics.Vector128.Create((ushort)'a');
            var letters = System.Runtime.Intrinsics.Vector128.Create((ushort)('z' - 'a'));
            // the load at i + 1 reads eight characters: i + 9 <= length
            while (i <= text.Length - 9)
            {
                var v = System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref r, (nuint)i);
                var next = System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref r, (nuint)(i + 1));
                var punctuation = System.Runtime.Intrinsics.Vector128.Equals(v, dot) | System.Runtime.Intrinsics.Vector128.Equals(v, bang)
                    | System.Runtime.Intrinsics.Vector128.Equals(v, question) | System.Runtime.Intrinsics.Vector128.Equals(v, ellipsis);
                var spaceLike = System.Runtime.Intrinsics.Vector128.LessThanOrEqual(v, space) | System.Runtime.Intrinsics.Vector128.GreaterThanOrEqual(v, nonAscii);
                var nextLower = System.Runtime.Intrinsics.Vector128.LessThanOrEqual(next - a, letters);
                var candidates = punctuation | System.Runtime.Intrinsics.Vector128.AndNot(spaceLike, nextLower);
                if (candidates != System.Runtime.Intrinsics.Vector128<ushort>.Zero)
                {
                    return i + System.Numerics.BitOperations.TrailingZeroCount(System.Runtime.Intrinsics.Vector128.ExtractMostSignificantBits(candidates));
                }

                i += 8;
            }

            return i;
        }
    }

    /// <summary>Returns the sentences of <paramref name="text"/> as strings (see <see cref="Split"/>).</summary>
    /// <param name="text">The paragraph text.</param>
    /// <returns>The sentences.</returns>
    public static IReadOnlyList<string> SplitToStrings(string text) =>
        Split(text).Select(s => text.Substring(s.Start, s.Length)).ToArray();

    private static void Add(List<TextSpan> result, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            result.Add(TextSpan.FromBounds(start, end));
        }
    }

    // Returns the end (exclusive) of the sentence when the punctuation at i ends it, else -1.
    private static int SentenceEndAfterPunctuation(string text, int i)
    {
        var c = text[i];
        // Decimal numbers and dotted tokens (1.5, U.S., e.g.) keep going when no space follows.
        var j = i + 1;
        while (j < text.Length && (text[j] is '.' or '!' or '?' or '…'))
        {
            j++;
        }

        // Closing quotes and brackets belong to the sentence that ends.
        while (j < text.Length && IsCloser(text[j]))
        {
            j++;
        }

        if (j >= text.Length)
        {
            return text.Length;
        }

        if (!char.IsWhiteSpace(text[j]))
        {
            return -1;
        }

        var endOfSentence = j;
        var k = j;
        while (k < text.Length && char.IsWhiteSpace(text[k]))
        {
            k++;
        }

        if (k >= text.Length)
        {
            return text.Length;
        }

        // What follows must open a sentence: upper case, a digit, or an opening quote/bracket before one.
        var m = k;
        while (m < text.Length && IsOpener(text[m]))
        {
            m++;
        }

        if (m >= text.Length)
        {
            return endOfSentence;
        }

        var next = text[m];
        if (char.IsLower(next))
        {
            return -1; // "forces. and gained control": the sentence goes on
        }

        if (!char.IsUpper(next) && !char.IsDigit(next))
        {
            return char.IsLetter(next) ? endOfSentence : -1;
        }

        if (c != '.')
        {
            return endOfSentence;
        }

        // A period: is it an abbreviation or an initial?
        var word = WordBefore(text, i);
        if (word.Length == 0)
        {
            return endOfSentence;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return -1; // an initial: "A. Smith"
        }

        var nextWord = WordAt(text, m);
        if (ContainsLowerCased(SentenceFinalAbbreviationsBySpan, word))
        {
            return SentenceOpenersBySpan.Contains(nextWord) ? endOfSentence : -1;
        }

        if (ContainsLowerCased(AbbreviationsBySpan, word))
        {
            return -1;
        }

        if (word.Contains('.'))
        {
            // Dotted acronyms such as "U.S" or "a.m": a sentence end only before a typical opener.
            return SentenceOpenersBySpan.Contains(nextWord) ? endOfSentence : -1;
        }

        return endOfSentence;
    }

    // A sentence without final punctuation: "civilians[12] By 4 March", "from the rebels The army claimed".
    private static int SentenceEndWithoutPunctuation(string text, int i, HashSet<int>? markers)
    {
        var prev = text[i - 1];
        if (!char.IsLetterOrDigit(prev) && prev is not (')' or '”' or '"' or '’'))
        {
            return -1;
        }

        var k = i;
        while (k < text.Length && char.IsWhiteSpace(text[k]))
        {
            k++;
        }

        if (k >= text.Length || !char.IsUpper(text[k]))
        {
            return -1;
        }

        if (!MayBeOpener(text, k))
        {
            return -1;
        }

        var nextWord = WordAt(text, k);
        if (!SentenceOpenersBySpan.Contains(nextWord))
        {
            return -1;
        }

        var prevWord = WordBefore(text, i);
        if (prevWord.Length == 0)
        {
            return -1;
        }

        if (ContainsLowerCased(ContinuersBySpan, prevWord))
        {
            return -1;
        }

        var markerHere = markers is not null && (markers.Contains(i) || markers.Contains(k));
        if (markerHere)
        {
            return i;
        }

        // Without a marker, demand strong evidence: a sentence opener that is a determiner or a date
        // preposition, followed by a capitalised word or a number ("The Syrian Army", "By 23 January"), after a
        // word that is not itself capitalised-and-joined ("Battle of The").
        var after = NextWordStart(text, k + nextWord.Length);
        if (after < 0)
        {
            return -1;
        }

        var isStrongOpener = nextWord is "The" or "By" or "On" or "Later" or "Meanwhile" or "However";
        if (!isStrongOpener)
        {
            return -1;
        }

        var a = text[after];
        if (!(char.IsUpper(a) || char.IsDigit(a)))
        {
            return -1;
        }

        if (nextWord is "The" && !IsAllCapsOrLower(prevWord))
        {
            // "Battle of Aleppo The" is unusual; a lower-case or all-caps word (ISIL, rebels) before "The" is the
            // common case of a lost period.
            return -1;
        }

        return i;
    }

    // The openers that are a capital ASCII letter and lower-case ASCII letters, by their first three letters
    // (26 x 26 x first + 26 x second + third; bits) and, for two-letter ones, by their two letters (26 x first + second).
    private static readonly ulong[] OpenerPrefixes = BuildOpenerPrefixes(3);

    private static readonly ulong[] TwoLetterOpeners = BuildOpenerPrefixes(2);

    private static ulong[] BuildOpenerPrefixes(int letters)
    {
        var bits = new ulong[(letters == 3 ? 26 * 26 * 26 : 26 * 26) / 64 + 1];
        foreach (var w in SentenceOpeners)
        {
            if ((letters == 2 ? w.Length == 2 : w.Length >= 3) && w[0] is >= 'A' and <= 'Z' && w.AsSpan(1, letters - 1).IndexOfAnyExceptInRange('a', 'z') < 0)
            {
                var index = letters == 2 ? ((w[0] - 'A') * 26) + (w[1] - 'a') : ((w[0] - 'A') * 676) + ((w[1] - 'a') * 26) + (w[2] - 'a');
                bits[index >> 6] |= 1UL << (index & 63);
            }
        }

        return bits;
    }

    // False when the word at k is surely no sentence opener: it begins with a capital ASCII letter and lower-case
    // ones, and no opener begins with its first three letters (or, a two-letter word, is those two letters). Any other
    // word (one letter, non-ASCII letters, further capitals) is left to the set look-up.
    internal static bool MayBeOpener(string text, int k)
    {
        unchecked
        {
            if (k + 1 >= text.Length || text[k] is < 'A' or > 'Z' || text[k + 1] is < 'a' or > 'z')
            {
                return true;
            }

            int index;
            ulong[] set;
            var third = k + 2 < text.Length ? text[k + 2] : ' ';
            if (third is >= 'a' and <= 'z')
            {
                index = ((text[k] - 'A') * 676) + ((text[k + 1] - 'a') * 26) + (third - 'a');
                set = OpenerPrefixes;
            }
            else if (third < 128 && !char.IsAsciiLetter(third))
            {
                index = ((text[k] - 'A') * 26) + (text[k + 1] - 'a');
                set = TwoLetterOpeners;
            }
            else
            {
                return true;
            }

            return (set[index >> 6] & (1UL << (index & 63))) != 0;
        }
    }

    private static bool IsAllCapsOrLower(ReadOnlySpan<char> word)
    {
        var hasUpper = false;
        var hasLower = false;
        foreach (var ch in word)
        {
            hasUpper |= char.IsUpper(ch);
            hasLower |= char.IsLower(ch);
        }

        return !(hasUpper && hasLower) || char.IsLower(word[0]);
    }

    private static int NextWordStart(string text, int from)
    {
        var k = from;
        if (k >= text.Length || !char.IsWhiteSpace(text[k]))
        {
            return -1;
        }

        while (k < text.Length && char.IsWhiteSpace(text[k]))
        {
            k++;
        }

        return k < text.Length ? k : -1;
    }

    private static ReadOnlySpan<char> WordBefore(string text, int end)
    {
        var s = end;
        while (s > 0 && (char.IsLetterOrDigit(text[s - 1]) || text[s - 1] is '.' or '-' or '\''))
        {
            s--;
        }

        return text.AsSpan(s, end - s).Trim('.');
    }

    private static ReadOnlySpan<char> WordAt(string text, int start)
    {
        var e = start;
        while (e < text.Length && char.IsLetter(text[e]))
        {
            e++;
        }

        return text.AsSpan(start, e - start);
    }

    // Whether the invariant lower-case form of a word is in a set of short lower-case words (kept free of loops so
    // that the stack buffer does not keep the callers from tiered, profile-guided compilation).
    private static bool ContainsLowerCased(FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> set, ReadOnlySpan<char> word)
    {
        if (word.Length > MaxSetWord)
        {
            return false;
        }

        Span<char> lower = stackalloc char[MaxSetWord];
        return set.Contains(lower[..word.ToLowerInvariant(lower)]);
    }

    // char.IsWhiteSpace, with the common cases answered without a table look-up.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsSpace(char c) => c == ' ' || (c > ' ' ? c >= '\u0080' && char.IsWhiteSpace(c) : char.IsWhiteSpace(c));

    private static bool IsCloser(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']' or '»';

    private static bool IsOpener(char c) => c is '"' or '“' or '‘' or '\'' or '(' or '[' or '«';
}
