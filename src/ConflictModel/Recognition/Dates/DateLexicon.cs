using System.Collections.Frozen;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ConflictModel.Recognition;

/// <summary>The closed word classes the date scanner knows (English).</summary>
internal enum Lex : byte
{
    None = 0,
    Month,          // Value = 1..12
    Weekday,        // Value = 1 (Monday) .. 7
    NumberWord,     // Value = the number (a/an = 1)
    Ordinal,        // Value = the ordinal (first = 1)
    On, In, At, During, Throughout, Of, By, Since, Until, From, To, Through, Between, And, Or,
    Before, After, Around, Within,
    The, That, This, Same, Next, Following, Previous, Last, Later, Earlier, Ago, Afterwards, Prior,
    Early, Mid, Middle, Late, Beginning, Start, End, Half, Outbreak,
    TimeOfDay,      // morning, evening, night, afternoon, midnight, noon, dawn, dusk, hours, daybreak, midday
    Day, Week, Fortnight, Month_, Year, Hour, // units; Value 1 when plural
    Today, Yesterday, Tomorrow, Tonight,
    Ongoing,        // ongoing, present, now
    Season,         // Value 1 spring, 2 summer, 3 autumn, 4 winter
    EventNoun,      // fighting, offensive, battle, siege, ...
    Breaker,        // subsequently, eventually
    A,              // a / an
    Quarter,
    Past,
    Few,            // Value: first day of the span counted ("a few" = 2..4, "several" = 3..7, "a couple of" = 2)
    As,
    Couple,
}

/// <summary>The word lists of the date scanner: month names and abbreviations, prepositions, part-of-month words,
/// units, number words, seasons and the nouns naming a fight (for "the second day of fighting").</summary>
/// <remarks>Lookups are ordinal and case-insensitive over spans, without allocation. This class is immutable and
/// thread-safe.</remarks>
internal static class DateLexicon
{
    private static readonly FrozenDictionary<string, (Lex Kind, int Value)> Words = Build();
    private static readonly FrozenDictionary<string, (Lex Kind, int Value)>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    // Bit i set when some word has length i (1..31): a cheap pre-filter before hashing.
    private static readonly uint LengthMask = BuildLengthMask();

    public static (Lex Kind, int Value) Classify(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > 31 || (LengthMask & (1u << word.Length)) == 0)
        {
            return (Lex.None, 0);
        }

        // most words of prose start with a letter no word of that length starts with: skip the hash lookup
        char first = word[0];
        if (first < 128 && (LetterLengthMasks[first] & (1u << word.Length)) == 0)
        {
            return (Lex.None, 0);
        }

        // ASCII words of up to 15 letters (nearly all the words that get here): the open-addressing table keyed by the
        // lower-case letters one per byte, as ClassifyWide; the same answer as the case-insensitive dictionary (ASCII
        // case folding is c | 0x20 on letters, and only letters fold onto the letters every key is made of)
        if (word.Length <= 15)
        {
            ulong lo = 0, hi = 0;
            for (int k = 0; k < word.Length; k++)
            {
                char c = word[k];
                if (c >= 128)
                {
                    return Lookup.TryGetValue(word, out var slow) ? slow : (Lex.None, 0);
                }

                ulong folded = (uint)(c | 0x20);
                if (k < 8)
                {
                    lo |= folded << (8 * k);
                }
                else
                {
                    hi |= folded << (8 * (k - 8));
                }
            }

            return ClassifyWide(lo, hi);
        }

        return Lookup.TryGetValue(word, out var v) ? v : (Lex.None, 0);
    }

    /// <summary>The class of a word of 1 to 15 ASCII letters given as its lower-case letters one per byte in text
    /// order, zero after them (bytes 0..7 little-endian in <paramref name="lo"/>, 8..15 in <paramref name="hi"/>): the
    /// same answer as <see cref="Classify"/>.</summary>
    /// <param name="lo">Bytes 0..7 of the key.</param>
    /// <param name="hi">Bytes 8..15 of the key.</param>
    /// <returns>The class and value.</returns>
    /// <remarks>Branch-free: one bucket of <see cref="Table"/> is compared as a whole, so whether the word is in the
    /// lexicon (a coin toss in prose) costs no mispredicted branch.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Lex Kind, int Value) ClassifyWide(ulong lo, ulong hi)
    {
        var table = Table;
        int b = Bucket(lo, hi, table.Multiplier);
        ref ulong keys = ref MemoryMarshal.GetArrayDataReference(table.Keys);
        var los = Vector256.LoadUnsafe(ref keys, (nuint)(b * 8));
        var his = Vector256.LoadUnsafe(ref keys, (nuint)((b * 8) + 4));
        var same = Vector256.Equals(los, Vector256.Create(lo)) &
                   Vector256.Equals(his, Vector256.Create(hi));
        int slot = BitOperations.TrailingZeroCount(same.ExtractMostSignificantBits() | 0x10u);
        ushort info = Unsafe.Add(
            ref MemoryMarshal.GetArrayDataReference(table.Info), (b * 8) + slot);
        return ((Lex)unchecked((byte)info), info >> 8);
    }

    /// <summary>Buckets of the packed-key table: <see cref="ClassifyWide"/> keys of the words spread by a multiplicative
    /// hash into 2^<see cref="BucketBits"/> buckets of <see cref="BucketSize"/> slots each.</summary>
    private const int BucketBits = 7;

    private const int BucketSize = 4;

    /// <summary>The packed-key table of all the words (lower-case ASCII letters, at most 15). Bucket b holds the low
    /// key words of its 4 slots at Keys[8b..8b+3] and the high ones at Keys[8b+4..8b+7] (an empty slot is 0/0: no
    /// word's key is, every word has a first letter); Info[8b+s] is slot s's class (low byte) and value (high byte),
    /// Info[8b+4] is (None, 0), the answer when no slot matches. The multiplier is the first of a fixed sequence that
    /// puts at most 4 words in every bucket.</summary>
    private static readonly PackedTable Table = BuildTable();

    private sealed class PackedTable(ulong multiplier, ulong[] keys, ushort[] info)
    {
        public readonly ulong Multiplier = multiplier;
        public readonly ulong[] Keys = keys;
        public readonly ushort[] Info = info;
    }

    private static int Bucket(ulong lo, ulong hi, ulong multiplier) =>
        unchecked((int)(((lo ^ (hi * 0x9E3779B97F4A7C15UL)) * multiplier) >> (64 - BucketBits)));

    private static PackedTable BuildTable()
    {
        var keys = new List<(ulong Lo, ulong Hi, ushort Info)>();
        foreach (var (word, value) in Words)
        {
            if (word.Length > 15)
            {
                throw new InvalidOperationException("date lexicon words have at most 15 letters");
            }

            if (value.Value is < 0 or > 255)
            {
                throw new InvalidOperationException("date lexicon values fit in a byte");
            }

            ulong lo = 0, hi = 0;
            for (int k = 0; k < word.Length; k++)
            {
                char c = word[k];
                if (!char.IsAsciiLetterLower(c))
                {
                    throw new InvalidOperationException("date lexicon words are lower-case ASCII letters");
                }

                if (k < 8)
                {
                    lo |= (ulong)c << (8 * k);
                }
                else
                {
                    hi |= (ulong)c << (8 * (k - 8));
                }
            }

            keys.Add((lo, hi, (ushort)((byte)value.Kind | (value.Value << 8))));
        }

        int buckets = 1 << BucketBits;
        for (ulong multiplier = 0xC2B2AE3D27D4EB4FUL; ; multiplier = unchecked(multiplier + 0x9E3779B97F4A7C16UL))
        {
            var table = new ulong[buckets * 8];
            var info = new ushort[buckets * 8];
            var used = new int[buckets];
            bool fits = true;
            foreach (var (lo, hi, kind) in keys)
            {
                int b = Bucket(lo, hi, multiplier);
                if (used[b] == BucketSize)
                {
                    fits = false;
                    break;
                }

                table[(b * 8) + used[b]] = lo;
                table[(b * 8) + 4 + used[b]] = hi;
                info[(b * 8) + used[b]] = kind;
                used[b]++;
            }

            if (fits)
            {
                return new PackedTable(multiplier, table, info);
            }
        }
    }

    /// <summary>The words of the lexicon (lower case).</summary>
    internal static IEnumerable<string> AllWords => Words.Keys;

    /// <summary>The class of a word by the case-insensitive dictionary alone (the reference the fast paths agree with).</summary>
    /// <param name="word">The word.</param>
    /// <returns>The class and value.</returns>
    internal static (Lex Kind, int Value) ClassifyByDictionary(ReadOnlySpan<char> word) =>
        Lookup.TryGetValue(word, out var v) ? v : (Lex.None, 0);

    // For each ASCII character, bit i set when some word of length
    // i starts with it (case-insensitively, as the lookup).
    private static readonly uint[] LetterLengthMasks = BuildLetterLengthMasks();

    private static uint[] BuildLetterLengthMasks()
    {
        var masks = new uint[128];
        foreach (var k in Words.Keys)
        {
            if (k.Length is > 0 and < 32)
            {
                char f = k[0];
                if (f >= 128)
                {
                    // a word starting with a non-ASCII character: an ASCII first letter may still match it
                    // case-insensitively, so no ASCII letter can be ruled out by its length
                    Array.Fill(masks, uint.MaxValue);
                    return masks;
                }

                masks[char.ToLowerInvariant(f)] |= 1u << k.Length;
                masks[char.ToUpperInvariant(f)] |= 1u << k.Length;
            }
        }

        return masks;
    }

    private static uint BuildLengthMask()
    {
        uint m = 0;
        foreach (var k in Words.Keys)
        {
            if (k.Length < 32)
            {
                m |= 1u << k.Length;
            }
        }

        return m;
    }

    private static FrozenDictionary<string, (Lex, int)> Build()
    {
        var d = new Dictionary<string, (Lex, int)>(StringComparer.OrdinalIgnoreCase);
        string[][] months =
        [
            ["january", "jan"], ["february", "feb", "febr"], ["march", "mar"], ["april", "apr"], ["may"],
            ["june", "jun"], ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"],
            ["november", "nov"], ["december", "dec"],
        ];
        for (int i = 0; i < months.Length; i++)
        {
            foreach (var m in months[i])
            {
                d[m] = (Lex.Month, i + 1);
            }
        }

        string[] weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        for (int i = 0; i < weekdays.Length; i++)
        {
            d[weekdays[i]] = (Lex.Weekday, i + 1);
        }

        string[] ones =
        [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        ];
        for (int i = 1; i < ones.Length; i++)
        {
            d[ones[i]] = (Lex.NumberWord, i);
        }

        d["thirty"] = (Lex.NumberWord, 30);
        d["forty"] = (Lex.NumberWord, 40);
        d["fifty"] = (Lex.NumberWord, 50);
        d["sixty"] = (Lex.NumberWord, 60);
        d["ninety"] = (Lex.NumberWord, 90);
        string[] ordinals =
        [
            "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
            "nineteenth", "twentieth",
        ];
        for (int i = 1; i < ordinals.Length; i++)
        {
            d[ordinals[i]] = (Lex.Ordinal, i);
        }

        d["a"] = (Lex.A, 1);
        d["an"] = (Lex.A, 1);
        (string, Lex)[] simple =
        [
            ("on", Lex.On), ("in", Lex.In), ("at", Lex.At), ("during", Lex.During), ("throughout", Lex.Throughout),
            ("of", Lex.Of), ("by", Lex.By), ("since", Lex.Since), ("until", Lex.Until), ("till", Lex.Until),
            ("untill", Lex.Until), ("from", Lex.From), ("to", Lex.To), ("through", Lex.Through), ("thru", Lex.Through),
            ("between", Lex.Between), ("and", Lex.And), ("or", Lex.Or), ("before", Lex.Before), ("after", Lex.After),
            ("around", Lex.Around), ("about", Lex.Around), ("circa", Lex.Around), ("approximately", Lex.Around),
            ("roughly", Lex.Around), ("within", Lex.Within),
            ("the", Lex.The), ("that", Lex.That), ("this", Lex.This), ("same", Lex.Same), ("next", Lex.Next),
            ("following", Lex.Following), ("subsequent", Lex.Following), ("previous", Lex.Previous),
            ("preceding", Lex.Previous), ("last", Lex.Last), ("later", Lex.Later), ("earlier", Lex.Earlier),
            ("ago", Lex.Ago), ("afterwards", Lex.Afterwards), ("afterward", Lex.Afterwards), ("prior", Lex.Prior),
            ("early", Lex.Early), ("mid", Lex.Mid), ("middle", Lex.Middle), ("late", Lex.Late),
            ("beginning", Lex.Beginning), ("start", Lex.Start), ("end", Lex.End), ("half", Lex.Half),
            ("outbreak", Lex.Outbreak),
            ("morning", Lex.TimeOfDay), ("evening", Lex.TimeOfDay), ("night", Lex.TimeOfDay),
            ("afternoon", Lex.TimeOfDay), ("midnight", Lex.TimeOfDay), ("noon", Lex.TimeOfDay),
            ("dawn", Lex.TimeOfDay), ("dusk", Lex.TimeOfDay), ("hours", Lex.TimeOfDay), ("daybreak", Lex.TimeOfDay),
            ("midday", Lex.TimeOfDay), ("overnight", Lex.TimeOfDay),
            ("today", Lex.Today), ("yesterday", Lex.Yesterday), ("tomorrow", Lex.Tomorrow), ("tonight", Lex.Tonight),
            ("ongoing", Lex.Ongoing), ("present", Lex.Ongoing), ("now", Lex.Ongoing),
            ("fighting", Lex.EventNoun), ("offensive", Lex.EventNoun), ("battle", Lex.EventNoun),
            ("siege", Lex.EventNoun), ("clashes", Lex.EventNoun), ("attack", Lex.EventNoun),
            ("operation", Lex.EventNoun), ("war", Lex.EventNoun), ("campaign", Lex.EventNoun),
            ("assault", Lex.EventNoun), ("conflict", Lex.EventNoun), ("uprising", Lex.EventNoun),
            ("fight", Lex.EventNoun), ("hostilities", Lex.EventNoun), ("insurgency", Lex.EventNoun),
            ("subsequently", Lex.Breaker), ("eventually", Lex.Breaker),
            ("quarter", Lex.Quarter), ("past", Lex.Past), ("as", Lex.As), ("couple", Lex.Couple),
        ];
        foreach (var (w, k) in simple)
        {
            d[w] = (k, 0);
        }

        d["day"] = (Lex.Day, 0);
        d["days"] = (Lex.Day, 1);
        d["week"] = (Lex.Week, 0);
        d["weeks"] = (Lex.Week, 1);
        d["fortnight"] = (Lex.Fortnight, 0);
        d["month"] = (Lex.Month_, 0);
        d["months"] = (Lex.Month_, 1);
        d["year"] = (Lex.Year, 0);
        d["years"] = (Lex.Year, 1);
        d["hour"] = (Lex.Hour, 0);
        d["few"] = (Lex.Few, 2);
        d["several"] = (Lex.Few, 3);
        d["spring"] = (Lex.Season, 1);
        d["summer"] = (Lex.Season, 2);
        d["autumn"] = (Lex.Season, 3);
        d["fall"] = (Lex.Season, 3);
        d["winter"] = (Lex.Season, 4);
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
