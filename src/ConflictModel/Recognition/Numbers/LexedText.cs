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
        var info = new int[Tokens.Count];
        _info = info;
        var table = t_words ??= new WordTable();
        _table = table;
        _generation = table.Generation;

        // the stack buffer lives here, the loop in Lex: a method with both is compiled once, without tiered PGO
        Span<char> scratch = stackalloc char[MaxStackWord];
        Lex(text, table, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Tokens), Lower, info, ref System.Runtime.InteropServices.MemoryMarshal.GetReference(scratch));
    }

    /// <summary>Fills the lower-cased forms and the classes of the tokens; <paramref name="buffer"/> holds at least
    /// <see cref="MaxStackWord"/> characters.</summary>
    private static void Lex(string text, WordTable table, ReadOnlySpan<TextToken> tokens, string[] lower, int[] info, ref char buffer)
    {
        for (int i = 0; i < tokens.Length && i < lower.Length && i < info.Length; i++)
        {
            var t = tokens[i];
            WordClass cls = WordClass.None;
            int slot = -1;
            if (t.Kind == TextTokenKind.Punct)
            {
                char c = text[t.Start];
                lower[i] = t.Length == 1 && c < 128 ? AsciiPunct[c] : Intern(table, text.AsSpan(t.Start, t.Length), out cls, out slot);
            }
            else if (t.Kind == TextTokenKind.Number)
            {
                lower[i] = Intern(table, text.AsSpan(t.Start, t.Length), out cls, out slot);
            }
            else if (t.Plain && t.Length <= WordTable.MaxLength)
            {
                // the lower-cased form of a plain word is its characters with the 0x20 bit set: the table compares and
                // hashes the text itself, and only a new word is lowered (into a new string)
                lower[i] = table.Get(ref System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.CompilerServices.Unsafe.AsRef(in text.GetPinnableReference()), t.Start), t.Length, WordTable.CaseBits, out cls, out slot);
                cls |= AsciiText;
            }
            else
            {
                lower[i] = LowerWord(table, text, t.Start, t.Length, ref buffer, out cls, out slot);
            }

            info[i] = (int)cls | ((slot + 1) << 16);
        }
    }

    /// <summary>The longest word lower-cased in a stack buffer; longer words take the slow path.</summary>
    private const int MaxStackWord = 32;

    /// <summary>Per token: the <see cref="WordClass"/> of its <see cref="Lower"/> text in the low 15 bits, the
    /// <see cref="AsciiText"/> bit (bit 15), and one more than the slot of that string in the per-thread word table (0
    /// when not interned) in the high 16 bits; the slot is valid while the table has not started over since
    /// (<see cref="_generation"/>).</summary>
    private readonly int[] _info;

    private int SlotOf(int i) => unchecked((uint)i < (uint)_info.Length ? (int)((uint)_info[i] >> 16) - 1 : -1);

    private readonly WordTable _table;

    private readonly int _generation;

    private int[]? _clauseIds;

    private Memo<List<ClaimCue>>? _cues;

    /// <summary>Gets the clause number of each token (<see cref="Clauses.Compute"/>), computed once per text. The array
    /// is shared: never written.</summary>
    public int[] ClauseIds => _clauseIds ??= Clauses.Compute(this);

    /// <summary>Returns the claim cues <paramref name="owner"/> found in this text earlier (see
    /// <see cref="SetCues"/>). The list is shared: never written.</summary>
    public bool TryGetCues(object owner, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out List<ClaimCue>? cues) => Memo<List<ClaimCue>>.TryGet(_cues, owner, out cues);

    /// <summary>Remembers the claim cues <paramref name="owner"/> found in this text (one owner at a time; one reference
    /// store, so a reader never sees a torn pair).</summary>
    public void SetCues(object owner, List<ClaimCue> cues) => _cues = new Memo<List<ClaimCue>>(owner, cues);

    private Memo<List<NumberHit>>? _hits;

    /// <summary>Returns the numbers <paramref name="owner"/> found in this text earlier (see <see cref="SetHits"/>):
    /// the casualty recogniser and the number recogniser read the same sentence in turn. The list is shared: never
    /// written.</summary>
    public bool TryGetHits(object owner, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out List<NumberHit>? hits) => Memo<List<NumberHit>>.TryGet(_hits, owner, out hits);

    /// <summary>Remembers the numbers <paramref name="owner"/> found in this text (one owner at a time; one reference
    /// store, so a reader never sees a torn pair).</summary>
    public void SetHits(object owner, List<NumberHit> hits) => _hits = new Memo<List<NumberHit>>(owner, hits);

    /// <summary>A value one owner (a recogniser) computed from this text, kept with the owner in one object.</summary>
    private sealed record Memo<T>(object Owner, T Value)
        where T : class
    {
        public static bool TryGet(Memo<T>? memo, object owner, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value)
        {
            if (memo is not null && ReferenceEquals(memo.Owner, owner))
            {
                value = memo.Value;
                return true;
            }

            value = null;
            return false;
        }
    }

    /// <summary>Gets whether the word memos of this text can be used on the calling thread: the word table belongs to
    /// the thread that lexed the text, and on any other thread there is no memo. A scan reads this once (a thread-static
    /// read) and passes it to <see cref="TryGetMemo"/> and <see cref="SetMemo"/> for each token.</summary>
    public bool MemosUsable => ReferenceEquals(t_words, _table);

    /// <summary>Reads the value <paramref name="owner"/> attached to the lower-cased word of token
    /// <paramref name="i"/> (see <see cref="SetMemo"/>). A memo is a value computed from the lower-cased word alone, so
    /// it is shared by every token of every text with that word lexed on this thread.</summary>
    /// <param name="i">The token.</param>
    /// <param name="owner">The owner of the memo.</param>
    /// <param name="usable"><see cref="MemosUsable"/>, read on this thread.</param>
    /// <param name="value">The value.</param>
    public bool TryGetMemo(int i, object owner, bool usable, out int value)
    {
        int slot = SlotOf(i);
        if (!usable || slot < 0 || _table.Generation != _generation)
        {
            value = 0;
            return false;
        }

        return _table.TryGetMemo(slot, owner, out value);
    }

    /// <summary>Reads the memo of <paramref name="owner"/> (see <see cref="TryGetMemo"/>) when token
    /// <paramref name="i"/> is a word whose own text is ASCII (<see cref="IsAsciiText"/>), with one read of the token's
    /// info: the hot path of a scan that keeps memos for such words only.</summary>
    public bool TryGetAsciiWordMemo(int i, object owner, bool usable, out int value)
    {
        int info = unchecked((uint)i < (uint)_info.Length) ? _info[i] : 0;
        int slot = unchecked((int)((uint)info >> 16) - 1);
        if (!usable || (info & (int)AsciiText) == 0 || slot < 0 || _table.Generation != _generation)
        {
            value = 0;
            return false;
        }

        return _table.TryGetMemo(slot, owner, out value);
    }

    /// <summary>Attaches a value of <paramref name="owner"/> to the lower-cased word of token <paramref name="i"/>
    /// (replacing any other owner's); a no-op when <paramref name="usable"/> (<see cref="MemosUsable"/>) is false.</summary>
    public void SetMemo(int i, object owner, bool usable, int value)
    {
        int slot = SlotOf(i);
        if (usable && slot >= 0 && _table.Generation == _generation)
        {
            _table.SetMemo(slot, owner, value);
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

    /// <summary>The <see cref="WordClass"/>es of each token's <see cref="Lower"/> text (a new array on each call; hot code tests
    /// <see cref="Is"/>).</summary>
    public WordClass[] Classes
    {
        get
        {
            var classes = new WordClass[_info.Length];
            for (int i = 0; i < classes.Length; i++)
            {
                classes[i] = unchecked((WordClass)(ushort)_info[i] & ~AsciiText);
            }

            return classes;
        }
    }

    /// <summary>Whether token <paramref name="i"/> exists and its lower-cased text is in the class (exactly the
    /// lexicon membership of <see cref="W"/>).</summary>
    public bool Is(int i, WordClass c) => unchecked((uint)i < (uint)_info.Length && ((WordClass)(ushort)_info[i] & c) != 0);

    /// <summary>Returns the first token at or after <paramref name="from"/> that is a number or whose class has a bit of
    /// <paramref name="classes"/> (<see cref="Count"/> when there is none): the same as testing <see cref="IsNumber"/>
    /// and <see cref="Is"/> token by token, in one loop over the arrays.</summary>
    public int NextNumberOr(int from, WordClass classes)
    {
        var info = _info;
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Tokens);
        int n = Math.Min(info.Length, tokens.Length);
        for (int i = Math.Max(from, 0); i < n; i++)
        {
            if ((unchecked((WordClass)(ushort)info[i]) & classes) != 0 || tokens[i].Kind == TextTokenKind.Number)
            {
                return i;
            }
        }

        return Math.Max(from, Tokens.Count);
    }

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
    /// known word so that most tokens allocate nothing. The word is lowered into <paramref name="buffer"/> (at least
    /// <see cref="MaxStackWord"/> characters); references rather than spans keep the hot path free of struct copies.</summary>
    private static string LowerWord(WordTable table, string text, int start, int length, ref char buffer, out WordClass cls, out int slot)
    {
        slot = -1;
        if (length > MaxStackWord)
        {
            string folded = Fold(text.Substring(start, length).ToLowerInvariant());
            cls = WordClasses.Of(folded) | (System.Text.Ascii.IsValid(text.AsSpan(start, length)) ? AsciiText : WordClass.None);
            return folded;
        }

        bool simple = true;
        bool ascii = true;
        ref char src = ref System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.CompilerServices.Unsafe.AsRef(in text.GetPinnableReference()), start);
        for (int k = 0; k < length; k = unchecked(k + 1))
        {
            char c = System.Runtime.CompilerServices.Unsafe.Add(ref src, k);
            if (c < 128)
            {
                char low = unchecked((uint)(c - 'A')) <= 'Z' - 'A' ? (char)(c | 0x20) : c;
                if (low == '`')
                {
                    low = '\'';
                }

                System.Runtime.CompilerServices.Unsafe.Add(ref buffer, k) = low;
            }
            else if (Tokenizer.IsApostrophe(c))
            {
                System.Runtime.CompilerServices.Unsafe.Add(ref buffer, k) = '\'';
                ascii = false;
            }
            else
            {
                simple = false;
                ascii = false;
                break;
            }
        }

        if (!simple)
        {
            var span = System.Runtime.InteropServices.MemoryMarshal.CreateSpan(ref buffer, length);
            text.AsSpan(start, length).ToLowerInvariant(span);
            for (int k = 0; k < span.Length; k++)
            {
                if (Tokenizer.IsApostrophe(span[k]))
                {
                    span[k] = '\'';
                }
            }
        }

        if (length > WordTable.MaxLength)
        {
            string str = new string(System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpan(ref buffer, length));
            cls = WordClasses.Of(str) | (ascii ? AsciiText : WordClass.None);
            return str;
        }

        string word = table.Get(ref buffer, length, 0, out cls, out slot);
        cls |= ascii ? AsciiText : WordClass.None;
        return word;
    }

    /// <summary>A bit of <see cref="_info"/> beside the word classes (never one of them, never stored in the word
    /// table): the token's own text is plain ASCII. Set by the lexer for words (and digit-letter mixes), which it scans
    /// anyway; other tokens are checked when asked (<see cref="IsAsciiText"/>).</summary>
    private const WordClass AsciiText = (WordClass)0x8000;

    /// <summary>Whether the text of token <paramref name="i"/> (not its lower-cased form) is plain ASCII: exactly
    /// <see cref="System.Text.Ascii.IsValid(ReadOnlySpan{char})"/> of it.</summary>
    public bool IsAsciiText(int i)
    {
        var t = Tokens[i];
        return t.Kind is TextTokenKind.Word or TextTokenKind.AlphaNumeric
            ? (_info[i] & (int)AsciiText) != 0
            : System.Text.Ascii.IsValid(Text.AsSpan(t.Start, t.Length));
    }

    /// <summary>Returns a string equal to <paramref name="s"/> from a per-thread cache of recent words, numbers and
    /// symbols, so that a text repeating its vocabulary allocates each distinct form once. The cache is bounded (it
    /// starts over when full), so memory stays small whatever the input.</summary>
    private static string Intern(WordTable table, ReadOnlySpan<char> s, out WordClass cls, out int slot)
    {
        slot = -1;
        if (s.Length > WordTable.MaxLength)
        {
            string str = s.ToString();
            cls = WordClasses.Of(str);
            return str;
        }

        return table.Get(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(s), s.Length, 0, out cls, out slot);
    }

    [ThreadStatic]
    private static WordTable? t_words;

    /// <summary>An open-addressing table of strings looked up by their characters (linear probing), preloaded with the
    /// known words; it starts over when half full. Each slot keeps the first and last four characters of its word
    /// beside it, so a hit on a word of up to eight characters is decided without reading the string.</summary>
    private sealed class WordTable
    {
        private const int Size = 1 << 14;

        /// <summary>The longest word kept in the table.</summary>
        public const int MaxLength = 24;

        /// <summary>The mask that sets the 0x20 bit of four characters: ORed into the loads of a plain word's text, it
        /// gives the loads of its lower-cased form.</summary>
        public const ulong CaseBits = 0x0020_0020_0020_0020UL;

        /// <summary>The slots: a word, its classes, its key characters and one memo (owner and value) side by side,
        /// so that the memo of a word shares the cache line the lexer just read.</summary>
        private readonly Entry[] _entries = new Entry[Size];

        private int _count;

        /// <summary>Gets the number of times the table started over (slots of an older generation are stale).</summary>
        public int Generation { get; private set; }

        public bool TryGetMemo(int slot, object owner, out int value)
        {
            ref var e = ref _entries[slot];
            value = e.MemoValue;
            return ReferenceEquals(e.MemoOwner, owner);
        }

        public void SetMemo(int slot, object owner, int value)
        {
            ref var e = ref _entries[slot];
            e.MemoValue = value;
            e.MemoOwner = owner;
        }

        public WordTable() => Preload();

        /// <summary>Looks up the word whose characters are the <paramref name="n"/> (1 to <see cref="MaxLength"/>)
        /// characters at <paramref name="c0"/>, each ORed with <paramref name="mask"/>'s bits (0, or
        /// <see cref="CaseBits"/> for a plain word's text, which lower-cases it), adding it when new.</summary>
        public string Get(ref char c0, int n, ulong mask, out WordClass cls, out int slot)
        {
            Keys(ref c0, n, mask, out ulong k0, out ulong k1);
            ulong mid = n > 8 ? Load(ref c0, (n / 2) - 2) | mask : 0;
            var entries = _entries;
            int i = Hash(k0, k1, mid, n);
            while (true)
            {
                ref var entry = ref entries[i];
                string? e = entry.Word;
                if (e is null)
                {
                    return Add(ref entry, i, ref c0, n, mask, k0, k1, out cls, out slot);
                }

                if (entry.Length == n && entry.K0 == k0 && entry.K1 == k1 && (n <= 8 || MiddleEquals(ref c0, n, mask, e)))
                {
                    cls = entry.Class;
                    slot = i;
                    return e;
                }

                i = (i + 1) & (Size - 1);
            }
        }

        private string Add(ref Entry entry, int i, ref char c0, int n, ulong mask, ulong k0, ulong k1, out WordClass cls, out int slot)
        {
            if (_count >= Size / 2)
            {
                Array.Clear(_entries);
                _count = 0;
                Generation = unchecked(Generation + 1);
                Preload();
                return Get(ref c0, n, mask, out cls, out slot);
            }

            string str = new string('\0', n);
            var chars = System.Runtime.InteropServices.MemoryMarshal.CreateSpan(ref System.Runtime.CompilerServices.Unsafe.AsRef(in str.GetPinnableReference()), n);
            char caseBit = (char)(mask & 0xFFFF);
            for (int k = 0; k < chars.Length; k++)
            {
                chars[k] = (char)(System.Runtime.CompilerServices.Unsafe.Add(ref c0, k) | caseBit);
            }

            cls = WordClasses.Of(str);
            entry.Word = str;
            entry.Class = cls;
            entry.Length = (ushort)n;
            entry.K0 = k0;
            entry.K1 = k1;
            _count++;
            slot = i;
            return str;
        }

        /// <summary>The key of a word: for four characters or more, its first four and its last four characters (which
        /// together are all of a word of up to eight); for two or three, its first two and last two; for one, that
        /// one.</summary>
        private static void Keys(ref char c0, int n, ulong mask, out ulong k0, out ulong k1)
        {
            unchecked
            {
                if (n >= 4)
                {
                    k0 = Load(ref c0, 0) | mask;
                    k1 = Load(ref c0, n - 4) | mask;
                }
                else if (n >= 2)
                {
                    ref byte b = ref System.Runtime.CompilerServices.Unsafe.As<char, byte>(ref c0);
                    k0 = System.Runtime.CompilerServices.Unsafe.ReadUnaligned<uint>(ref b) | (uint)mask;
                    k1 = System.Runtime.CompilerServices.Unsafe.ReadUnaligned<uint>(ref System.Runtime.CompilerServices.Unsafe.Add(ref b, (n - 2) * 2)) | (uint)mask;
                }
                else
                {
                    k0 = (ulong)(c0 | (char)(mask & 0xFFFF));
                    k1 = 0;
                }
            }
        }

        /// <summary>Four characters from character <paramref name="at"/> as one 8-byte load.</summary>
        private static ulong Load(ref char c0, int at) =>
            System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(ref System.Runtime.CompilerServices.Unsafe.As<char, byte>(ref System.Runtime.CompilerServices.Unsafe.Add(ref c0, at)));

        /// <summary>Whether the characters 4 to <paramref name="n"/> - 4 of a word of 9 to <see cref="MaxLength"/>
        /// characters equal those of <paramref name="word"/> (the keys compared the others), in 8-byte loads.</summary>
        private static bool MiddleEquals(ref char c0, int n, ulong mask, string word)
        {
            ref char w0 = ref System.Runtime.CompilerServices.Unsafe.AsRef(in word.GetPinnableReference());
            for (int k = 4; k < n - 4; k += 4)
            {
                int at = Math.Min(k, n - 8);
                if ((Load(ref c0, at) | mask) != Load(ref w0, at))
                {
                    return false;
                }
            }

            return true;
        }

        private struct Entry
        {
            public string? Word;
            public object? MemoOwner;
            public ulong K0;
            public ulong K1;
            public int MemoValue;
            public WordClass Class;
            public ushort Length;
        }

        /// <summary>A cheap hash of the keys, a middle load and the length, mixed by one multiplication: words are
        /// short, and probing resolves the rare collisions.</summary>
        private static int Hash(ulong k0, ulong k1, ulong mid, int n)
        {
            unchecked
            {
                ulong h = k0 ^ System.Numerics.BitOperations.RotateLeft(k1, 21) ^ System.Numerics.BitOperations.RotateLeft(mid, 42);
                h = (h ^ ((ulong)n << 59) ^ (h >> 29)) * 0x9E3779B97F4A7C15UL;
                return (int)(h >> 32) & (Size - 1);
            }
        }

        private void Preload()
        {
            foreach (var w in KnownWords.Dictionary.Keys)
            {
                if (w.Length <= MaxLength)
                {
                    Get(ref System.Runtime.CompilerServices.Unsafe.AsRef(in w.GetPinnableReference()), w.Length, 0, out _, out _);
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
