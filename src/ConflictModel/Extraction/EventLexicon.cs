using System.Collections.Frozen;

namespace ConflictModel.Extraction;

/// <summary>
/// A documented, replaceable lexicon of phrases that signal events (capture, recapture, attack, bombing, airstrike,
/// shelling, execution, assassination, ambush, retreat, defection, truce, siege, reinforcement, clashes), each with
/// its grammatical kind (a verb that takes a subject, or a noun). Matching is by whole words, case-insensitive, in
/// one pass over the sentence (linear in its length).
/// </summary>
/// <remarks>Immutable after construction and thread-safe.</remarks>
public sealed class EventLexicon
{
    // A phrase: words, each a literal or "*" (one to two arbitrary words), its kind, and whether it is a verb.
    private sealed record Phrase(string[] Words, EventKind Kind, bool IsVerb, bool IsParticiple);

    private readonly FrozenDictionary<string, Phrase[]> _byFirstWord;

    private readonly FrozenDictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWordBySpan;

    // A cheap pre-check before the dictionary: a bit set (a one-hash Bloom filter) over the first two characters and
    // the length of every phrase's first word; words that miss it (most words of a sentence) cost no hash lookup.
    private readonly ulong[] _firstWordShapes = new ulong[ShapeBits / 64];

    private const int ShapeBits = 1 << 14;

    /// <summary>Gets the built-in English lexicon.</summary>
    public static EventLexicon Default { get; } = new(DefaultEntries());

    /// <summary>Creates a lexicon from entries.</summary>
    /// <param name="entries">Each entry: the phrase (words separated by spaces, <c>*</c> for one or two arbitrary
    /// words), its kind, and whether it is a verb (verbs take a subject; past participles can be passive).</param>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An entry's phrase is empty or starts with <c>*</c>.</exception>
    public EventLexicon(IEnumerable<(string Phrase, EventKind Kind, bool IsVerb)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var map = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        foreach (var (text, kind, isVerb) in entries)
        {
            var words = (text ?? string.Empty).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || words[0] == "*")
            {
                throw new ArgumentException($"The lexicon phrase '{text}' must start with a word.", nameof(entries));
            }

            var last = words[^1];
            var participle = isVerb && (last.EndsWith("ed", StringComparison.Ordinal) || last is "taken" or "overrun"
                or "withdrawn" or "retaken" or "seized" or "besieged" or "shot" or "struck" or "hit" or "blown" or "driven");
            if (!map.TryGetValue(words[0], out var list))
            {
                map[words[0]] = list = [];
            }

            list.Add(new Phrase(words, kind, isVerb, participle));
        }

        foreach (var first in map.Keys)
        {
            var bit = Shape(first.AsSpan());
            _firstWordShapes[bit >> 6] |= 1UL << (bit & 63);
            if (first.Length is >= 2 and < 32 && first[0] is >= 'a' and <= 'z' && first[1] is >= 'a' and <= 'z' && first[^1] is >= 'a' and <= 'z')
            {
                _pairLengths[((first[0] - 'a') * 26) + (first[1] - 'a')] |= 1u << first.Length;
                _lastLengths[first[^1] - 'a'] |= 1u << first.Length;
            }
        }

        _byFirstWord = map.ToFrozenDictionary(
            p => p.Key,
            p => p.Value.OrderByDescending(x => x.Words.Length).ToArray(),
            StringComparer.Ordinal);
        _byFirstWordBySpan = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Returns the event triggers in <paramref name="sentence"/>, in order, without overlaps (the longest
    /// phrase wins at each position).</summary>
    /// <param name="sentence">One sentence.</param>
    /// <returns>The triggers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sentence"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<EventTrigger> Find(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Find(sentence, Words.Tokenize(sentence));
    }

    /// <summary>Returns the event triggers of a sentence already split into words (by <see cref="Words.Tokenize(string)"/>).</summary>
    internal IReadOnlyList<EventTrigger> Find(string sentence, WordList words)
    {
        List<EventTrigger>? result = null;
        var source = words.Source;
        var i = 0;
        while (i < words.Count)
        {
            var matched = false;
            var (wordStart, wordEnd) = words.BoundsAt(i);
            if (MayStartPhrase(wordStart, wordEnd, source) && _byFirstWordBySpan.TryGetValue(source.AsSpan(wordStart, wordEnd - wordStart), out var phrases))
            {
                foreach (var phrase in phrases)
                {
                    var end = Match(words, i, phrase.Words);
                    if (end < 0)
                    {
                        continue;
                    }

                    var span = TextSpan.FromBounds(words[i].Start, words[end].End);
                    var voice = !phrase.IsVerb ? TriggerVoice.Nominal
                        : phrase.IsParticiple && IsPassive(words, i) ? TriggerVoice.Passive
                        : TriggerVoice.Active;
                    (result ??= []).Add(new EventTrigger(phrase.Kind, span, sentence.Substring(span.Start, span.Length), voice));
                    i = end + 1;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                i++;
            }
        }

        return result ?? (IReadOnlyList<EventTrigger>)[];
    }

    private bool MayStartPhrase(int start, int end, string source)
    {
        unchecked
        {
            // most words: two lower-case ASCII letters first, then an exact table of the lengths of the first words
            // that begin with them
            var length = end - start;
            if ((uint)(length - 2) < 30u && (uint)start < (uint)source.Length && (uint)(start + 1) < (uint)source.Length)
            {
                var a = (uint)(source[start] - 'a');
                var b = (uint)(source[start + 1] - 'a');
                var last = end - 1;
                var z = (uint)last < (uint)source.Length ? (uint)(source[last] - 'a') : uint.MaxValue;
                if (a < 26u && b < 26u && z < 26u)
                {
                    return (_pairLengths[(a * 26) + b] & _lastLengths[z] & (1u << length)) != 0;
                }
            }
        }

        var bit = Shape(source.AsSpan(start, end - start));
        return (_firstWordShapes[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    // For the first words of 2 to 31 characters whose first two and last characters are lower-case ASCII letters: a
    // letter pair (26 x first + second) to a bit set of the lengths of the words that begin with it, and a last letter
    // to a bit set of the lengths of the words that end with it. A word of that shape passes when both sets hold its
    // length.
    private readonly uint[] _pairLengths = new uint[26 * 26];

    private readonly uint[] _lastLengths = new uint[26];

    // The filter position of a word: its first two characters and its length.
    private static int Shape(ReadOnlySpan<char> word)
    {
        unchecked
        {
            var h = (uint)word.Length;
            h = (h * 0x9E3779B1u) ^ (word.Length > 0 ? word[0] : 0u);
            h = (h * 0x85EBCA77u) ^ (word.Length > 1 ? word[1] : 0u);
            h ^= h >> 15;
            h *= 0xC2B2AE3Du;
            h ^= h >> 13;
            return (int)(h & (ShapeBits - 1));
        }
    }

    // Returns the index of the last word matched, or -1.
    private static int Match(WordList words, int start, string[] pattern)
    {
        var w = start;
        for (var p = 0; p < pattern.Length; p++)
        {
            if (pattern[p] == "*")
            {
                // one or two arbitrary words, then the next literal
                if (p + 1 >= pattern.Length)
                {
                    return -1;
                }

                var next = pattern[p + 1];
                var found = -1;
                for (var skip = 1; skip <= 2 && w + skip < words.Count; skip++)
                {
                    if (words[w + skip].Span.SequenceEqual(next))
                    {
                        found = w + skip;
                        break;
                    }
                }

                if (found < 0)
                {
                    return -1;
                }

                w = found;
                p++;
                if (p == pattern.Length - 1)
                {
                    return w;
                }

                w++;
                continue;
            }

            if (w >= words.Count || !words[w].Span.SequenceEqual(pattern[p]))
            {
                return -1;
            }

            if (p == pattern.Length - 1)
            {
                return w;
            }

            w++;
        }

        return -1;
    }

    private static bool IsPassive(WordList words, int index)
    {
        // "was captured", "were reportedly captured", "had been seized", "being attacked"
        for (var k = index - 1; k >= 0 && k >= index - 3; k--)
        {
            var w = words[k].Span;
            if (w is "was" or "were" or "been" or "being" or "be" or "is" or "are" or "got" or "get")
            {
                return true;
            }

            if (!(w.EndsWith("ly", StringComparison.Ordinal) || w is "also" or "then" or "later" or "not" or "eventually"
                    or "reportedly" or "allegedly" or "all" or "both"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Returns the built-in entries (phrase, kind, is-verb), for extending the lexicon.</summary>
    /// <returns>The entries.</returns>
    public static IEnumerable<(string Phrase, EventKind Kind, bool IsVerb)> DefaultEntries()
    {
        static IEnumerable<(string, EventKind, bool)> Verbs(EventKind kind, params string[] phrases) =>
            phrases.Select(p => (p, kind, true));
        static IEnumerable<(string, EventKind, bool)> Nouns(EventKind kind, params string[] phrases) =>
            phrases.Select(p => (p, kind, false));

        return Verbs(EventKind.Capture,
                "captured", "capture", "captures", "capturing", "seized", "seize", "seizes", "seizing",
                "took control", "taken control", "take control", "takes control", "taking control",
                "took full control", "took complete control", "taken full control", "taking complete control",
                "took over", "taken over", "taking over", "take over", "takes over", "overran", "overrun", "gained control", "gain control", "gains control",
                "gaining control", "controlled between", "controlled * of", "controlled * to", "was in full control", "were in full control", "took the", "took parts",
                "took several", "took most", "took large", "fallen to", "fell to", "expelled", "expel",
                "secured", "fully secured", "won the battle", "routed", "took hold")
            .Concat(Verbs(EventKind.Recapture,
                "recaptured", "recapture", "recaptures", "recapturing", "regained", "regain", "regained control",
                "regaining", "retook", "retaken", "retake", "reclaimed", "reclaiming", "took back", "taken back",
                "won back", "gained some of it back"))
            .Concat(Verbs(EventKind.Attack,
                "attacked", "stormed", "storm", "launched an attack", "launched a * attack", "launched an assault",
                "launched a * assault", "launched an offensive", "launched a * offensive", "launched a counterattack",
                "launched a counter-attack", "launched a * counter-offensive", "launched an operation",
                "breached", "pushed into", "repelled", "pushed back", "started to continuously attack",
                "counter-attacked", "counterattacked", "started an offensive", "announced an offensive"))
            .Concat(Nouns(EventKind.Attack,
                "attack", "attacks", "assault", "assaults", "counterattack", "counter-attack", "counter-offensive",
                "offensive", "raid", "incursion", "operations in"))
            .Concat(Verbs(EventKind.Bombing,
                "detonated", "blew himself up", "blew themselves up", "exploded", "blown up"))
            .Concat(Nouns(EventKind.Bombing,
                "suicide bomber", "suicide bombers", "suicide bombing", "suicide bombings", "suicide attack",
                "suicide attacks", "car bomb", "car bombs", "car-bomb", "car-bombs", "car-bomber", "car bomber",
                "suicide car-bomber", "suicide car-bomb", "suicide car bomb", "suicide cars", "suicide car",
                "vbied", "vbieds", "roadside bomb", "explosion", "double bombing", "triple suicide bombing",
                "bombings", "bombing"))
            .Concat(Nouns(EventKind.Airstrike,
                "airstrike", "airstrikes", "air strike", "air strikes", "air raid", "air raids", "warplanes",
                "fighter jets", "aerial bombardment", "bombing missions", "air power", "air drops"))
            .Concat(Verbs(EventKind.Airstrike, "bombed", "bombing oil"))
            .Concat(Verbs(EventKind.Shelling, "shelled", "pounding", "pounded"))
            .Concat(Nouns(EventKind.Shelling, "shelling", "artillery fire", "mortar fire", "bombardment",
                "mortars", "mortar shells"))
            .Concat(Verbs(EventKind.Execution,
                "executed", "execute", "summarily executed", "massacred", "beheaded", "massacre"))
            .Concat(Nouns(EventKind.Execution,
                "execution", "executions", "mass execution", "massacre", "massacres", "summary executions"))
            .Concat(Verbs(EventKind.Assassination, "assassinated", "assassinate"))
            .Concat(Nouns(EventKind.Assassination, "assassination"))
            .Concat(Verbs(EventKind.Ambush, "ambushed", "ambush"))
            .Concat(Nouns(EventKind.Ambush, "an ambush"))
            .Concat(Verbs(EventKind.Retreat,
                "withdrew", "withdrawn", "withdraw", "withdrawing", "retreated", "retreating", "retreat", "retreats",
                "pulled out", "pulled back", "pulled away", "pulled back from", "fled", "pushed out", "lost control",
                "driven out", "abandoned", "evacuated"))
            .Concat(Nouns(EventKind.Retreat, "withdrawal"))
            .Concat(Verbs(EventKind.Defection,
                "defected", "defect", "pledged loyalty", "pledged allegiance", "switched sides"))
            .Concat(Nouns(EventKind.Defection, "defection", "defections", "mass defection"))
            .Concat(Nouns(EventKind.Truce,
                "truce", "ceasefire", "cease-fire", "agreement", "deal", "mediation", "reconciliation"))
            .Concat(Verbs(EventKind.Truce, "agreed to", "signed"))
            .Concat(Verbs(EventKind.Siege,
                "besieged", "besiege", "besieges", "besieging", "laid siege", "laying siege", "imposed a siege",
                "surrounded", "encircled", "encircling", "enveloping"))
            .Concat(Nouns(EventKind.Siege, "siege"))
            .Concat(Verbs(EventKind.Reinforcement,
                "reinforcements arrived", "sent reinforcements", "bolstered by reinforcements", "reinforced",
                "joined", "bolstered", "dispatched"))
            .Concat(Nouns(EventKind.Reinforcement, "reinforcements"))
            .Concat(Verbs(EventKind.Clashes, "clashed", "clash", "fought", "battling", "fighting erupted",
                "clashes erupted"))
            .Concat(Nouns(EventKind.Clashes, "clashes", "fighting", "battles", "battle", "infighting",
                "heavy fighting", "firefight", "exchanges", "the violence"));
    }
}

/// <summary>A word of a sentence: its span and the lower-case text it is read from (the sentence in lower case, same
/// offsets), so that a word costs no allocation.</summary>
internal readonly record struct Word(int Start, int End, string Source)
{
    /// <summary>Gets the word in lower case, without allocating.</summary>
    public ReadOnlySpan<char> Span => Source.AsSpan(Start, End - Start);

    /// <summary>Gets the word in lower case as a new string (allocates: prefer <see cref="Span"/>).</summary>
    public string Lower => Source.Substring(Start, End - Start);
}

/// <summary>The words of a text, in order: their bounds in the text's lower-case form (<see cref="Source"/>). A word is
/// made on demand (<see cref="this[int]"/>), so filling the list stores two integers per word and no object reference.
/// A list may be refilled (<see cref="Words.TokenizeInto(WordList, string, string)"/>): one list serves a sentence at a time.</summary>
internal sealed class WordList
{
    private int[] _bounds;

    /// <summary>Creates an empty list with room for <paramref name="capacity"/> words.</summary>
    public WordList(int capacity) => _bounds = new int[Math.Max(2, capacity * 2)];

    /// <summary>Gets the lower-case text the words are read from.</summary>
    public string Source { get; private set; } = string.Empty;

    /// <summary>Gets the number of words.</summary>
    public int Count { get; private set; }

    /// <summary>Gets word <paramref name="index"/>.</summary>
    public Word this[int index]
    {
        get
        {
            unchecked
            {
                // index < Count <= _bounds.Length / 2: the doubled index cannot overflow
                return (uint)index < (uint)Count ? new Word(_bounds[2 * index], _bounds[(2 * index) + 1], Source) : throw new ArgumentOutOfRangeException(nameof(index));
            }
        }
    }

    /// <summary>Gets the start and end of word <paramref name="index"/> without making the word.</summary>
    public (int Start, int End) BoundsAt(int index)
    {
        unchecked
        {
            return (uint)index < (uint)Count ? (_bounds[2 * index], _bounds[(2 * index) + 1]) : throw new ArgumentOutOfRangeException(nameof(index));
        }
    }

    /// <summary>Whether some word satisfies <paramref name="predicate"/>.</summary>
    public bool Any(Func<Word, bool> predicate)
    {
        for (var i = 0; i < Count; i++)
        {
            if (predicate(this[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the words as new lower-case strings.</summary>
    public List<string> Lowers()
    {
        var result = new List<string>(Count);
        for (var i = 0; i < Count; i++)
        {
            result.Add(this[i].Lower);
        }

        return result;
    }

    /// <summary>Refills the list with the words of <paramref name="text"/> from <paramref name="start"/> on, at most
    /// <paramref name="maxWords"/>, read from <paramref name="lower"/> (its invariant lower case, same length): a word is
    /// a run of letters and digits, joined across inner hyphens and apostrophes.</summary>
    internal void Fill(string text, string lower, int start, int maxWords)
    {
        Source = lower;
        start = Math.Max(start, 0);
        _ = maxWords == int.MaxValue && System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated
            ? FillBlocks(text, start)
            : FillScalar(text, start, maxWords);
    }

    /// <summary>The plain scan: every character in turn (the definition <see cref="FillBlocks"/> keeps). Sets and
    /// returns <see cref="Count"/>.</summary>
    internal int FillScalar(string text, int start, int maxWords)
    {
        var count = 0;
        unchecked
        {
            // offsets stay within the text: no overflow checks in the scan (they keep the JIT from removing bounds checks)
            var span = text.AsSpan();
            var i = start;
            while (i < span.Length && count < maxWords)
            {
                if (!Words.IsWordChar(span[i]))
                {
                    i++;
                    continue;
                }

                var s = i;
                i++;
                while (i < span.Length)
                {
                    var c = span[i];
                    if (Words.IsWordChar(c) || (c is '-' or '\'' or '’' && i + 1 < span.Length && Words.IsWordChar(span[i + 1])))
                    {
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                Add(s, i, ref count);
            }
        }

        Count = count;
        return count;
    }

    /// <summary>The same words as <see cref="FillScalar"/>, sixteen characters at a time: in a block of ASCII
    /// characters without hyphens or apostrophes the words are the runs of letters and digits, read off one bit mask;
    /// any other block goes character by character through the same rule. Sets and returns <see cref="Count"/>.</summary>
    internal int FillBlocks(string text, int start)
    {
        var count = 0;
        var wordStart = -1; // the start of the word being read, or -1 between words
        unchecked
        {
            ref var chars = ref System.Runtime.CompilerServices.Unsafe.As<char, ushort>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(text.AsSpan()));
            var i = start;
            while (i <= text.Length - 16)
            {
                var v = System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref chars, (nuint)i);
                var special = System.Runtime.Intrinsics.Vector256.GreaterThanOrEqual(v, System.Runtime.Intrinsics.Vector256.Create((ushort)128))
                    | System.Runtime.Intrinsics.Vector256.Equals(v, System.Runtime.Intrinsics.Vector256.Create((ushort)'-'))
                    | System.Runtime.Intrinsics.Vector256.Equals(v, System.Runtime.Intrinsics.Vector256.Create((ushort)'\''));
                if (special != System.Runtime.Intrinsics.Vector256<ushort>.Zero)
                {
                    for (var end = i + 16; i < end; i++)
                    {
                        Step(text, i, ref wordStart, ref count);
                    }

                    continue;
                }

                var letters = System.Runtime.Intrinsics.Vector256.LessThanOrEqual(
                    (v | System.Runtime.Intrinsics.Vector256.Create((ushort)0x20)) - System.Runtime.Intrinsics.Vector256.Create((ushort)'a'),
                    System.Runtime.Intrinsics.Vector256.Create((ushort)('z' - 'a')));
                var digits = System.Runtime.Intrinsics.Vector256.LessThanOrEqual(
                    v - System.Runtime.Intrinsics.Vector256.Create((ushort)'0'), System.Runtime.Intrinsics.Vector256.Create((ushort)9));
                var bits = System.Runtime.Intrinsics.Vector256.ExtractMostSignificantBits(letters | digits);
                var from = 0; // the first position of the block not yet read
                if (wordStart >= 0)
                {
                    // the word of the previous block goes on to the first non-word character
                    var gaps = ~bits & 0xFFFFu;
                    if (gaps == 0)
                    {
                        i += 16;
                        continue;
                    }

                    var e = System.Numerics.BitOperations.TrailingZeroCount(gaps);
                    Add(wordStart, i + e, ref count);
                    wordStart = -1;
                    from = e;
                }

                var rest = bits & (0xFFFFu << from);
                while (rest != 0)
                {
                    var s = System.Numerics.BitOperations.TrailingZeroCount(rest);
                    var gaps = ~rest & 0xFFFFu & (0xFFFFu << s);
                    if (gaps == 0)
                    {
                        wordStart = i + s; // the word goes on into the next block
                        break;
                    }

                    var e = System.Numerics.BitOperations.TrailingZeroCount(gaps);
                    Add(i + s, i + e, ref count);
                    rest &= 0xFFFFu << e;
                }

                i += 16;
            }

            for (; i < text.Length; i++)
            {
                Step(text, i, ref wordStart, ref count);
            }

            if (wordStart >= 0)
            {
                Add(wordStart, text.Length, ref count);
            }
        }

        Count = count;
        return count;
    }

    // One character of the plain rule, as a state machine: a word character starts or continues a word; a hyphen or
    // apostrophe followed by a word character continues it; anything else ends it.
    private void Step(string text, int i, ref int wordStart, ref int count)
    {
        unchecked
        {
            var c = text[i];
            if (Words.IsWordChar(c))
            {
                if (wordStart < 0)
                {
                    wordStart = i;
                }
            }
            else if (wordStart >= 0 && !(c is '-' or '\'' or '’' && i + 1 < text.Length && Words.IsWordChar(text[i + 1])))
            {
                Add(wordStart, i, ref count);
                wordStart = -1;
            }
        }
    }

    private void Add(int start, int end, ref int count)
    {
        unchecked
        {
            var bounds = _bounds;
            var at = 2 * count;
            if (at + 1 >= bounds.Length)
            {
                bounds = Grow();
            }

            bounds[at] = start;
            bounds[at + 1] = end;
            count++;
        }
    }

    // Doubles the room for bounds (kept out of the scan: a local passed by reference would live on the stack).
    private int[] Grow()
    {
        var bigger = new int[_bounds.Length * 2];
        _bounds.CopyTo(bigger, 0);
        _bounds = bigger;
        return bigger;
    }
}

/// <summary>Splits text into words (letters, digits, inner hyphens and apostrophes).</summary>
internal static class Words
{
    public static WordList Tokenize(string text) => Tokenize(text, text.ToLowerInvariant());

    /// <summary>Tokenizes <paramref name="text"/> given its invariant lower-case form (same length): the words point
    /// into <paramref name="lower"/> and cost no allocation.</summary>
    public static WordList Tokenize(string text, string lower) => Tokenize(text, lower, 0, int.MaxValue);

    /// <summary>Tokenizes <paramref name="text"/> from <paramref name="start"/>, at most <paramref name="maxWords"/> words,
    /// given its invariant lower-case form <paramref name="lower"/> (same length).</summary>
    public static WordList Tokenize(string text, string lower, int start, int maxWords)
    {
        var result = new WordList(maxWords == int.MaxValue ? ((text.Length - start) / 5) + 1 : Math.Min(maxWords, 16));
        TokenizeInto(result, text, lower, start, maxWords);
        return result;
    }

    /// <summary>Like <see cref="Tokenize(string, string)"/>, into <paramref name="result"/> (emptied first), so that a
    /// caller reading one sentence at a time reuses one list.</summary>
    public static void TokenizeInto(WordList result, string text, string lower) => TokenizeInto(result, text, lower, 0, int.MaxValue);

    private static void TokenizeInto(WordList result, string text, string lower, int start, int maxWords) => result.Fill(text, lower, start, maxWords);

    // char.IsLetterOrDigit with a fast path for ASCII.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool IsWordChar(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);
}
