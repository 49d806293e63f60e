using System.Collections.Frozen;

namespace ConflictModel.Recognition;

/// <summary>One vague quantifier and the figures it stands for.</summary>
/// <param name="Phrase">The phrase in lower case, words separated by single spaces ("dozens", "tens of thousands").</param>
/// <param name="Low">The lowest figure the phrase is taken to mean.</param>
/// <param name="High">The highest figure, or <see langword="null"/> when the phrase sets no upper bound.</param>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public sealed record VagueQuantity(string Phrase, long Low, long? High);

/// <summary>
/// Maps vague quantifiers ("several", "dozens", "hundreds") to estimates. The mapping is a documented convention,
/// not a fact about the world, so it is a replaceable value: pass another lexicon to <see cref="NumberRecognizer"/>.
/// </summary>
/// <remarks>
/// <para>The <see cref="Default"/> lexicon follows the plural-of-a-unit reading used by conflict datasets: a plural
/// "dozens" is at least two dozen (24), "scores" at least two score (40), "hundreds" at least 200, "thousands" at least
/// 2,000; none of these sets an upper bound. "several" is 3 to 9, "a few" 2 to 5, "a handful" 2 to 5, "multiple"
/// and "a number of" at least 2, "many" is not mapped (too open). Every figure from the lexicon is
/// <see cref="EstimateKind.Vague"/>.</para>
/// <para>Matching is on whole lower-cased words, longest phrase first ("tens of thousands" before "thousands").</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class VagueQuantityLexicon
{
    private readonly FrozenDictionary<string, VagueQuantity> _byPhrase;
    private readonly FrozenSet<string> _firstWords;
    private readonly FrozenDictionary<string, VagueQuantity>.AlternateLookup<ReadOnlySpan<char>> _byPhraseSpan;

    /// <summary>Creates a lexicon from its entries.</summary>
    /// <param name="entries">The entries; a later entry for the same phrase replaces an earlier one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    /// <exception cref="ArgumentException">An entry has an empty phrase, a negative low or a high below low.</exception>
    public VagueQuantityLexicon(IEnumerable<VagueQuantity> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var map = new Dictionary<string, VagueQuantity>(StringComparer.Ordinal);
        int max = 1;
        foreach (var e in entries)
        {
            if (e is null || string.IsNullOrWhiteSpace(e.Phrase))
            {
                throw new ArgumentException("Every entry needs a non-empty phrase.", nameof(entries));
            }

            if (e.Low < 0 || (e.High is { } h && h < e.Low))
            {
                throw new ArgumentException($"Entry '{e.Phrase}' has invalid bounds.", nameof(entries));
            }

            string phrase = string.Join(' ', e.Phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
            map[phrase] = e with { Phrase = phrase };
            max = Math.Max(max, phrase.Split(' ').Length);
        }

        _byPhrase = map.ToFrozenDictionary(StringComparer.Ordinal);
        _byPhraseSpan = _byPhrase.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstWords = map.Keys.Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
        _secondWords = map.Keys.Select(k => k.Split(' ')).Where(w => w.Length > 1).Select(w => w[1]).Distinct(StringComparer.Ordinal).ToArray();
        MaxWords = max;
    }

    /// <summary>The second words of the phrases of two words or more.</summary>
    private readonly string[] _secondWords;

    /// <summary>Gets the default lexicon (see the type remarks for its values).</summary>
    public static VagueQuantityLexicon Default { get; } = new(
    [
        new("several", 3, 9),
        new("a few", 2, 5),
        new("a handful", 2, 5),
        new("multiple", 2, null),
        new("a number", 2, null),
        new("dozens", 24, null),
        new("scores", 40, null),
        new("hundreds", 200, null),
        new("thousands", 2000, null),
        new("tens of thousands", 20000, null),
        new("hundreds of thousands", 200000, null),
        new("millions", 2000000, null),
    ]);

    /// <summary>Gets the entries.</summary>
    public IEnumerable<VagueQuantity> Entries => _byPhrase.Values;

    /// <summary>Gets the number of words of the longest phrase.</summary>
    public int MaxWords { get; }

    /// <summary>Returns whether some phrase of two words or more has this lower-cased word second (a cheap filter for
    /// scanners: a handful of words, compared in turn).</summary>
    internal bool IsSecondWord(string word)
    {
        foreach (var w in _secondWords)
        {
            if (string.Equals(w, word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns whether some phrase starts with this lower-cased word (a cheap filter for scanners).</summary>
    internal bool StartsPhrase(string word) => _firstWords.Contains(word);

    /// <summary>Returns the entry for the phrase of the <paramref name="count"/> lower-cased words from
    /// <paramref name="first"/> joined by single spaces (as <see cref="Find"/> of <c>string.Join(' ', ...)</c>), without
    /// building the string.</summary>
    internal VagueQuantity? FindWords(string[] words, int first, int count)
    {
        int length = count - 1;
        for (int k = first; k < first + count; k++)
        {
            length += words[k].Length;
        }

        if (length > 256)
        {
            return Find(string.Join(' ', words, first, count));
        }

        Span<char> buffer = stackalloc char[256];
        int at = 0;
        for (int k = first; k < first + count; k++)
        {
            if (k > first)
            {
                buffer[at++] = ' ';
            }

            words[k].CopyTo(buffer[at..]);
            at += words[k].Length;
        }

        return _byPhraseSpan.TryGetValue(buffer[..at], out var e) ? e : null;
    }

    /// <summary>Returns the entry for a lower-cased phrase, or <see langword="null"/>.</summary>
    /// <param name="phrase">Lower-case words separated by single spaces.</param>
    /// <returns>The entry or <see langword="null"/>.</returns>
    public VagueQuantity? Find(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return _byPhrase.TryGetValue(phrase, out var e) ? e : null;
    }
}
