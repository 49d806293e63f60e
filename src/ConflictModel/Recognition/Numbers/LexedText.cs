using System.Collections.Frozen;

namespace ConflictModel.Recognition;

/// <summary>A text with its tokens and their lower-cased forms, built once per recogniser call.</summary>
internal sealed class LexedText
{
    private static readonly string[] AsciiPunct = BuildAsciiPunct();

    /// <summary>Words the recognisers look for, plus frequent English words: interned so that lexing does not allocate
    /// a string for them.</summary>
    private static readonly System.Collections.Frozen.FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownWords = BuildKnownWords();

    public LexedText(string text)
        : this(text, 0, text.Length)
    {
    }

    /// <summary>Lexes the characters <paramref name="start"/> to <paramref name="start"/> + <paramref name="length"/>
    /// of <paramref name="text"/> without copying them: token offsets (and so spans) are offsets in the whole text.</summary>
    public LexedText(string text, int start, int length)
    {
        Text = text;
        RangeStart = start;
        RangeLength = length;
        Tokens = Tokenizer.Tokenize(text, start, start + length);
        Lower = new string[Tokens.Count];
        Classes = new WordClass[Tokens.Count];
        var table = t_words ??= new WordTable();
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Tokens);
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Kind == TextTokenKind.Punct)
            {
                char c = text[t.Start];
                Lower[i] = t.Length == 1 && c < 128 ? AsciiPunct[c] : Intern(table, text.AsSpan(t.Start, t.Length), out Classes[i]);
            }
            else if (t.Kind == TextTokenKind.Number)
            {
                Lower[i] = Intern(table, text.AsSpan(t.Start, t.Length), out Classes[i]);
            }
            else
            {
                Lower[i] = LowerWord(table, text.AsSpan(t.Start, t.Length), out Classes[i]);
            }
        }
    }

    /// <summary>Returns the lexed form of <paramref name="text"/>, reusing one built recently on this thread when it is
    /// the same string instance: a sentence handed to the casualty recogniser, the entity registry, the attribution
    /// recogniser and the number recogniser in turn is tokenised once. A lexed text is never changed after it is built,
    /// so sharing it is safe. The per-thread cache is a small direct-mapped table keyed by the identity of the string
    /// (bounded memory: <see cref="CacheSlots"/> texts of up to <see cref="TextChunks.Target"/> characters).</summary>
    public static LexedText For(string text)
    {
        var cache = t_cache ??= new LexedText?[CacheSlots];
        int slot = System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(text) & (CacheSlots - 1);
        var last = cache[slot];
        if (last is not null && ReferenceEquals(last.Text, text) && last.RangeStart == 0 && last.RangeLength == text.Length)
        {
            return last;
        }

        var lexed = new LexedText(text);
        if (text.Length <= TextChunks.Target)
        {
            cache[slot] = lexed;
        }

        return lexed;
    }

    /// <summary>The number of texts remembered per thread by <see cref="For"/> (a power of two). Kept small on purpose:
    /// a larger table (256 was tried) catches the consistency checks' late re-reads but keeps many lexed texts alive
    /// past gen-0 collections, and the costlier collections outweigh the saved lexing.</summary>
    private const int CacheSlots = 8;

    [ThreadStatic]
    private static LexedText?[]? t_cache;

    public string Text { get; }

    /// <summary>Gets the first character of <see cref="Text"/> that was lexed.</summary>
    public int RangeStart { get; }

    /// <summary>Gets the number of characters of <see cref="Text"/> that were lexed.</summary>
    public int RangeLength { get; }

    public List<TextToken> Tokens { get; }

    /// <summary>Lower-cased word text (apostrophes folded to ASCII), the digits of numbers, or the punctuation.</summary>
    public string[] Lower { get; }

    public int Count => Tokens.Count;

    /// <summary>The <see cref="WordClass"/>es of each token's <see cref="Lower"/> text.</summary>
    public WordClass[] Classes { get; }

    /// <summary>Whether token <paramref name="i"/> exists and its lower-cased text is in the class (exactly the
    /// lexicon membership of <see cref="W"/>).</summary>
    public bool Is(int i, WordClass c) => i >= 0 && i < Classes.Length && (Classes[i] & c) != 0;

    public string W(int i) => i >= 0 && i < Lower.Length ? Lower[i] : string.Empty;

    public bool IsWord(int i) => i >= 0 && i < Tokens.Count && Tokens[i].Kind == TextTokenKind.Word;

    public bool IsNumber(int i) => i >= 0 && i < Tokens.Count && Tokens[i].Kind == TextTokenKind.Number;

    public bool IsPunct(int i) => i >= 0 && i < Tokens.Count && Tokens[i].Kind == TextTokenKind.Punct;

    public bool IsPunct(int i, char c) => IsPunct(i) && Text[Tokens[i].Start] == c;

    public bool IsDash(int i) => IsPunct(i) && Tokenizer.IsDash(Text[Tokens[i].Start]);

    public bool IsQuote(int i) => IsPunct(i) && Text[Tokens[i].Start] is '"' or '“' or '”' or '„' or '«' or '»' or '\'' or '‘' or '’';

    public bool IsCapitalized(int i) => IsWord(i) && char.IsUpper(Text[Tokens[i].Start]);

    public bool IsAllCaps(int i)
    {
        if (!IsWord(i))
        {
            return false;
        }

        var t = Tokens[i];
        for (int k = t.Start; k < t.End; k++)
        {
            if (char.IsLetter(Text[k]) && !char.IsUpper(Text[k]))
            {
                return false;
            }
        }

        return true;
    }

    public string Slice(int firstToken, int endToken)
    {
        if (endToken <= firstToken || firstToken < 0 || endToken > Tokens.Count)
        {
            return string.Empty;
        }

        return Text.Substring(Tokens[firstToken].Start, Tokens[endToken - 1].End - Tokens[firstToken].Start);
    }

    public TextSpan SpanOf(int firstToken, int endToken) =>
        endToken <= firstToken ? new TextSpan(Tokens.Count == 0 ? 0 : Tokens[Math.Min(firstToken, Tokens.Count - 1)].Start, 0)
        : TextSpan.FromBounds(Tokens[firstToken].Start, Tokens[endToken - 1].End);

    /// <summary>Returns the lower-cased word (apostrophes folded to ASCII), reusing the interned string of a
    /// known word so that most tokens allocate nothing.</summary>
    private static string LowerWord(WordTable table, ReadOnlySpan<char> word, out WordClass cls)
    {
        if (word.Length > 32)
        {
            string folded = Fold(word.ToString().ToLowerInvariant());
            cls = WordClasses.Of(folded);
            return folded;
        }

        Span<char> buffer = stackalloc char[word.Length];
        bool simple = true;
        for (int k = 0; k < word.Length; k++)
        {
            char c = word[k];
            if (c < 128)
            {
                buffer[k] = unchecked((uint)(c - 'A')) <= 'Z' - 'A' ? (char)(c | 0x20) : c == '`' ? '\'' : c;
            }
            else if (Tokenizer.IsApostrophe(c))
            {
                buffer[k] = '\'';
            }
            else
            {
                simple = false;
                break;
            }
        }

        if (!simple)
        {
            word.ToLowerInvariant(buffer);
            for (int k = 0; k < buffer.Length; k++)
            {
                if (Tokenizer.IsApostrophe(buffer[k]))
                {
                    buffer[k] = '\'';
                }
            }
        }

        return Intern(table, buffer, out cls);
    }

    /// <summary>Returns a string equal to <paramref name="s"/> from a per-thread cache of recent words, numbers and
    /// symbols, so that a text repeating its vocabulary allocates each distinct form once. The cache is bounded (it
    /// starts over when full), so memory stays small whatever the input.</summary>
    private static string Intern(WordTable table, ReadOnlySpan<char> s, out WordClass cls)
    {
        if (s.Length > 24)
        {
            string str = s.ToString();
            cls = WordClasses.Of(str);
            return str;
        }

        return table.Get(s, out cls);
    }

    [ThreadStatic]
    private static WordTable? t_words;

    /// <summary>An open-addressing table of strings looked up by their characters (FNV-1a hash, linear probing),
    /// preloaded with the known words; it starts over when half full.</summary>
    private sealed class WordTable
    {
        private const int Size = 1 << 14;

        private readonly string?[] _slots = new string?[Size];

        private readonly WordClass[] _classes = new WordClass[Size];

        private int _count;

        public WordTable() => Preload();

        public string Get(ReadOnlySpan<char> s, out WordClass cls)
        {
            int i = (int)(Hash(s) & (Size - 1));
            while (true)
            {
                string? e = _slots[i];
                if (e is null)
                {
                    if (_count >= Size / 2)
                    {
                        Array.Clear(_slots);
                        _count = 0;
                        Preload();
                        return Get(s, out cls);
                    }

                    string str = s.ToString();
                    cls = WordClasses.Of(str);
                    _slots[i] = str;
                    _classes[i] = cls;
                    _count++;
                    return str;
                }

                if (e.Length == s.Length && s.SequenceEqual(e))
                {
                    cls = _classes[i];
                    return e;
                }

                i = (i + 1) & (Size - 1);
            }
        }

        private static uint Hash(ReadOnlySpan<char> s)
        {
            uint h = 2166136261;
            foreach (char c in s)
            {
                h = unchecked((h ^ c) * 16777619);
            }

            return h;
        }

        private void Preload()
        {
            foreach (var w in KnownWords.Dictionary.Keys)
            {
                if (w.Length <= 24)
                {
                    Get(w, out _);
                }
            }
        }
    }

    private static string Fold(string lower)
    {
        foreach (char c in lower)
        {
            if (Tokenizer.IsApostrophe(c) && c != '\'')
            {
                var chars = lower.ToCharArray();
                for (int k = 0; k < chars.Length; k++)
                {
                    if (Tokenizer.IsApostrophe(chars[k]))
                    {
                        chars[k] = '\'';
                    }
                }

                return new string(chars);
            }
        }

        return lower;
    }

    private static System.Collections.Frozen.FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BuildKnownWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal)
        {
            "the", "a", "an", "of", "in", "on", "at", "to", "by", "for", "from", "with", "and", "or", "but", "while", "that",
            "this", "these", "those", "it", "its", "they", "their", "them", "he", "his", "she", "her", "was", "were", "is",
            "are", "be", "been", "being", "had", "has", "have", "also", "which", "who", "whom", "after", "before", "into",
            "near", "since", "during", "than", "as", "not", "no", "more", "over", "some", "about", "up", "least", "city",
            "town", "village", "villages", "province", "area", "base", "forces", "army", "group", "attack", "offensive",
            "fighting", "clashes", "control", "captured", "took", "launched", "said", "reported", "according", "day", "next",
            "later", "same", "two", "three", "four", "five", "one", "several", "dozens", "hundreds", "killed", "killing",
            "wounded", "dead", "soldiers", "fighters", "militants", "rebels", "civilians", "people", "government", "syrian",
            "state", "islamic", "isis", "isil", "airbase", "air", "east", "west", "north", "south", "countryside",
        };
        words.UnionWith(QuantityLexicon.Months);
        words.UnionWith(QuantityLexicon.RoleNouns);
        words.UnionWith(QuantityLexicon.Auxiliaries);
        words.UnionWith(QuantityLexicon.Units.Keys);
        words.UnionWith(QuantityLexicon.Tens.Keys);
        words.UnionWith(QuantityLexicon.DurationNouns);
        words.UnionWith(QuantityLexicon.AttackNouns);
        return words.ToFrozenDictionary(w => w, w => w, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static string[] BuildAsciiPunct()
    {
        var a = new string[128];
        for (int i = 0; i < 128; i++)
        {
            a[i] = ((char)i).ToString();
        }

        return a;
    }
}
