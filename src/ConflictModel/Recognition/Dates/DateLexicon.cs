using System.Collections.Frozen;

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

            return ProbeWide(lo, hi);
        }

        return Lookup.TryGetValue(word, out var v) ? v : (Lex.None, 0);
    }

    /// <summary>The class of a word of 1 to 15 ASCII letters given as its lower-case letters one per byte in text
    /// order, zero after them (bytes 0..7 little-endian in <paramref name="lo"/>, 8..15 in <paramref name="hi"/>): the
    /// same answer as <see cref="Classify"/>.</summary>
    /// <param name="lo">Bytes 0..7 of the key.</param>
    /// <param name="hi">Bytes 8..15 of the key.</param>
    /// <param name="length">The word's length (1..15).</param>
    /// <param name="first">The word's first letter as written.</param>
    /// <returns>The class and value.</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static (Lex Kind, int Value) ClassifyWide(ulong lo, ulong hi, int length, char first)
    {
        uint bit = 1u << length;
        if ((LengthMask & bit) == 0 || (LetterLengthMasks[first] & bit) == 0)
        {
            return (Lex.None, 0);
        }

        return ProbeWide(lo, hi);
    }

    private const int WideBits = 9;

    /// <summary>Open-addressing table of all the words (lower-case ASCII letters, at most 15), keyed as
    /// <see cref="ClassifyWide"/> (Lo = 0 marks an empty slot: every word has a first letter).</summary>
    private static readonly WideEntry[] Wide = BuildWide();

    private struct WideEntry
    {
        public ulong Lo;
        public ulong Hi;
        public int Value;
        public Lex Kind;
    }

    private static int WideSlot(ulong lo, ulong hi) =>
        unchecked((int)(((lo ^ (hi * 0x9E3779B97F4A7C15UL)) * 0xC2B2AE3D27D4EB4FUL) >> (64 - WideBits)));

    private static (Lex Kind, int Value) ProbeWide(ulong lo, ulong hi)
    {
        var table = Wide;
        int mask = table.Length - 1;
        int s = WideSlot(lo, hi);
        while (true)
        {
            ref readonly var e = ref table[s];
            if (e.Lo == lo && e.Hi == hi)
            {
                return (e.Kind, e.Value);
            }

            if (e.Lo == 0)
            {
                return (Lex.None, 0);
            }

            s = (s + 1) & mask;
        }
    }

    private static WideEntry[] BuildWide()
    {
        var table = new WideEntry[1 << WideBits];
        foreach (var (word, value) in Words)
        {
            if (word.Length > 15)
            {
                throw new InvalidOperationException("date lexicon words have at most 15 letters");
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

            int s = WideSlot(lo, hi);
            while (table[s].Lo != 0)
            {
                s = (s + 1) & (table.Length - 1);
            }

            table[s] = new WideEntry { Lo = lo, Hi = hi, Kind = value.Kind, Value = value.Value };
        }

        return table;
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
