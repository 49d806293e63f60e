using System.Collections.Frozen;
using System.Text.Json;

namespace ConflictModel.Recognition;

/// <summary>
/// A registry of canonical entities (actors, places, claimants) found by a spelling-insensitive key.
/// </summary>
/// <remarks>
/// <para><b>Keys.</b> <see cref="Key"/> folds a name so that its common spellings meet:</para>
/// <list type="number">
/// <item>Unicode compatibility decomposition; diacritics removed; lower case (invariant).</item>
/// <item>Apostrophes and ayn/hamza signs (<c>' ’ ‘ ʿ ʾ ʼ</c>) removed; any other non-letter, non-digit (hyphen, space,
/// dot) splits words.</item>
/// <item>An Arabic article (<c>al el ul il ar er as es ash esh ad ed at et az ez iz an en ath adh</c>) is dropped when
/// another word follows it (<c>Deir ez-Zor</c>, <c>Ar-Raqqah</c>, <c>Ahrar ash-Sham</c>).</item>
/// <item>Per word: an article glued by sun-letter assimilation is dropped (vowel + doubled consonant at the start of a
/// word of five letters or more: <c>Ezzor</c> → <c>zor</c>); <c>ou</c>, <c>oo</c> and <c>o</c> become <c>u</c>;
/// <c>ee</c> becomes <c>i</c>; <c>ei</c>, <c>ey</c> and <c>e</c> become <c>a</c>; <c>q</c> becomes <c>k</c>; a final
/// <c>h</c> after a vowel is dropped (<c>Raqqah</c> → <c>Raqqa</c>).</item>
/// <item>The words are joined without separators, doubled letters are collapsed, and the word rules are repeated on
/// the result until it no longer changes (so <see cref="Key"/> is idempotent).</item>
/// </list>
/// <para>So <c>Deir ez-Zor</c>, <c>Deir Ezzor</c>, <c>Der-Ezzor</c>, <c>Deir-ez Zour</c> and <c>Deir Izzor</c> all key to
/// <c>darzur</c>; <c>al-Bokamal</c> and <c>Al-Bukamal</c> to <c>bukamal</c>. Variants the rules cannot meet
/// (<c>Abu Kamal</c>/<c>Albu Kamal</c>) are listed as aliases.</para>
/// <para><b>Finding.</b> <see cref="FindAll"/> scans tokens once, left to right, and takes the longest alias starting at
/// each token (a trie over word keys; articles and hyphens inside a name are skipped). Names only match whole words. An
/// alias of at most three letters written in capitals (<c>IS</c>, <c>SAA</c>, <c>YPG</c>) only matches a standalone
/// token in capitals, so <c>IS</c> never matches the verb "is" or the inside of "ISIS".</para>
/// <para>Instances are immutable and thread-safe; <see cref="With"/> returns a new registry.</para>
/// </remarks>
public sealed class EntityRegistry
{
    private const string UpperPrefix = "^";

    private readonly Entity[] _entities;
    private readonly FrozenDictionary<string, Entity> _byKey;
    private readonly FrozenDictionary<string, Entity> _byId;
    private readonly FrozenDictionary<string, int> _tokenIds;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _tokenLookup;
    private readonly FrozenDictionary<long, int> _edges;

    /// <summary>The edges from the root of the trie as an array by token id (0: none): every token of a text is looked
    /// up there first.</summary>
    private readonly int[] _rootEdges;
    private readonly Entity?[] _terminal;

    /// <summary>Creates a registry from entities.</summary>
    /// <param name="entities">The entities. For a name shared by two entities, the first one keeps it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    /// <exception cref="ArgumentException">An entity is null, has an empty id or name, or two entities share an id.</exception>
    public EntityRegistry(IEnumerable<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        _entities = entities.ToArray();
        var byId = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var byKey = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var tokenIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var edges = new Dictionary<long, int>();
        var terminal = new List<Entity?> { null };
        foreach (var e in _entities)
        {
            if (e is null || string.IsNullOrWhiteSpace(e.Id) || string.IsNullOrWhiteSpace(e.CanonicalName))
            {
                throw new ArgumentException("Every entity needs a non-empty Id and CanonicalName.", nameof(entities));
            }

            if (!byId.TryAdd(e.Id, e))
            {
                throw new ArgumentException($"Two entities share the id '{e.Id}'.", nameof(entities));
            }
        }

        foreach (var e in _entities)
        {
            foreach (var name in e.AllNames)
            {
                if (string.IsNullOrWhiteSpace(name))
                {
                    continue;
                }

                string key = EntityKey.Compute(name);
                if (key.Length == 0)
                {
                    continue;
                }

                byKey.TryAdd(key, e);
                var words = AliasTokenKeys(name);
                if (words.Count == 0)
                {
                    continue;
                }

                AddPath(words, e, tokenIds, edges, terminal);

                // the name written as one word ("Abukamal" for "Abu Kamal"), unless it is made of capital initials
                // ("U.N.") that would then match ordinary words ("on")
                if (words.Count > 1 && key.Length >= 4 && !words.Exists(w => w.StartsWith(UpperPrefix, StringComparison.Ordinal)))
                {
                    AddPath([key], e, tokenIds, edges, terminal);
                }
            }
        }

        _byId = byId.ToFrozenDictionary(StringComparer.Ordinal);
        _byKey = byKey.ToFrozenDictionary(StringComparer.Ordinal);
        _tokenIds = tokenIds.ToFrozenDictionary(StringComparer.Ordinal);
        var lookupSource = new Dictionary<string, int>(tokenIds, StringComparer.Ordinal);
        _tokenLookup = lookupSource.GetAlternateLookup<ReadOnlySpan<char>>();
        _edges = edges.ToFrozenDictionary();
        _rootEdges = new int[tokenIds.Count];
        foreach (var (edge, next) in edges)
        {
            if (edge >> 32 == 0)
            {
                _rootEdges[(int)edge] = next;
            }
        }

        _terminal = terminal.ToArray();
    }

    /// <summary>Gets the registry of built-in entities: armed actors, claimants and places of the Syrian and Iraqi
    /// wars.</summary>
    public static EntityRegistry Default { get; } = new(BuiltInEntities.All);

    /// <summary>Gets the entities, in registration order.</summary>
    public IReadOnlyList<Entity> Entities => _entities;

    /// <summary>Returns the spelling-insensitive key of a name (rules in the type remarks). Idempotent:
    /// <c>Key(Key(x)) == Key(x)</c>.</summary>
    /// <param name="name">A name.</param>
    /// <returns>The key; empty when the name has no letters or digits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return EntityKey.Compute(name);
    }

    /// <summary>Returns the entity a name resolves to by key, or <see langword="null"/>.</summary>
    /// <param name="name">A name in any of its spellings.</param>
    /// <returns>The entity or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public Entity? Resolve(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string key = EntityKey.Compute(name);
        return key.Length > 0 && _byKey.TryGetValue(key, out var e) ? e : null;
    }

    /// <summary>Returns the entity with an id, or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The entity or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public Entity? GetById(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.TryGetValue(id, out var e) ? e : null;
    }

    /// <summary>Returns every entity named in <paramref name="text"/>, longest match first, in text order, without
    /// overlaps. Linear in the text; never throws on any text.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The mentions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<EntityMention> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= TextChunks.Target)
        {
            return FindInTokens(LexedText.For(text), 0, int.MaxValue);
        }

        var result = TextChunks.ResultList<EntityMention>(text.Length);
        foreach (var (start, length) in TextChunks.Split(text))
        {
            // chunks are lexed in place: spans are already offsets in the whole text
            foreach (var m in FindInTokens(new LexedText(text, start, length), 0, int.MaxValue))
            {
                result.Add(m);
            }
        }

        return result;
    }

    /// <summary>Returns a new registry with more entities (an entity whose id exists replaces the old one).</summary>
    /// <param name="more">The entities to add.</param>
    /// <returns>The new registry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="more"/> is null.</exception>
    public EntityRegistry With(IEnumerable<Entity> more)
    {
        ArgumentNullException.ThrowIfNull(more);
        var added = more.ToList();
        var ids = new HashSet<string>(added.Select(e => e?.Id ?? string.Empty), StringComparer.Ordinal);
        return new EntityRegistry(added.Concat(_entities.Where(e => !ids.Contains(e.Id))));
    }

    /// <summary>Returns a new registry with the entities of a JSON document added (see <see cref="ParseJson"/>).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The new registry.</returns>
    /// <exception cref="ArgumentException">The JSON is not a valid entity list.</exception>
    public EntityRegistry WithJson(string json) => With(ParseJson(json));

    /// <summary>Reads entities from JSON: an array of objects
    /// <c>{"id", "canonicalName", "kind" ("actor"|"place"|"claimant"|"unit"|"person"|"other"), "aliases": [..],
    /// "shortName"?, "parentId"?}</c>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The entities.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ArgumentException">The JSON is malformed or an entry lacks id, canonicalName or a valid kind.</exception>
    public static IReadOnlyList<Entity> ParseJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new ArgumentException("The entity JSON must be an array.", nameof(json));
            }

            var list = new List<Entity>();
            int index = 0;
            foreach (var item in doc.RootElement.EnumerateArray())
            {
                string? id = Str(item, "id");
                string? name = Str(item, "canonicalName");
                string kindText = Str(item, "kind") ?? "other";
                if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(name))
                {
                    throw new ArgumentException($"Entity #{index} needs 'id' and 'canonicalName'.", nameof(json));
                }

                if (!Enum.TryParse<EntityKind>(kindText, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
                {
                    throw new ArgumentException($"Entity #{index} has an unknown kind '{kindText}'.", nameof(json));
                }

                var aliases = new List<string>();
                if (item.TryGetProperty("aliases", out var a) && a.ValueKind == JsonValueKind.Array)
                {
                    foreach (var s in a.EnumerateArray())
                    {
                        if (s.ValueKind == JsonValueKind.String && s.GetString() is { Length: > 0 } v)
                        {
                            aliases.Add(v);
                        }
                    }
                }

                list.Add(new Entity(id, name, kind, new EquatableArray<string>(aliases), Str(item, "shortName"), Str(item, "parentId")));
                index++;
            }

            return list;
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"The entity JSON is malformed: {ex.Message}", nameof(json), ex);
        }
    }

    /// <summary>Finds the entities named in tokens <paramref name="fromToken"/> to <paramref name="toToken"/> of a
    /// lexed text (see <see cref="FindAll"/>).</summary>
    /// <param name="t">The lexed text.</param>
    /// <param name="fromToken">The first token.</param>
    /// <param name="toToken">One past the last token.</param>
    /// <param name="precheck">Whether words that start no name at the root of the trie are skipped before the walk (the
    /// fast path; false only to test it against the plain walk).</param>
    internal IReadOnlyList<EntityMention> FindInTokens(LexedText t, int fromToken, int toToken, bool precheck = true)
    {
        var result = t.Count >= 48 ? new List<EntityMention>(t.Count / 12) : new List<EntityMention>();
        int end = Math.Min(toToken, t.Count);
        // no stackalloc here (the fold buffers live in the rare slow paths): a method with one is compiled once without
        // tiering, so without the profile-guided inlining this hot loop needs
        int i = Math.Max(0, fromToken);
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        bool memos = t.MemosUsable;
        while (i < end && i < tokens.Length)
        {
            var first = tokens[i];
            if (first.Kind == TextTokenKind.Punct)
            {
                i++;
                continue;
            }

            // the walk below stops at once on a word that starts no name at the root of the trie, in any case, and is
            // no article that could be skipped: most words
            if (precheck && RootEdge(TokenId(t, i, memos)) == 0 && !t.Is(i, WordClass.NameArticle) && !(first.Length <= 3 && t.IsAllCaps(i) && RootEdge(UpperTokenId(t, i)) != 0))
            {
                i++;
                continue;
            }

            // do not start inside a word run that continues a previous word by hyphen ("pro-ISIS" is fine)
            int node = 0;
            int bestEnd = -1;
            Entity? best = null;
            int j = i;
            bool startedOnArticle = false;
            int skipped = 0;
            while (j < end)
            {
                if (t.IsPunct(j))
                {
                    if ((t.IsDash(j) || t.IsPunct(j, '.')) && j > i && IsNameToken(t, j + 1))
                    {
                        j++;
                        continue;
                    }

                    break;
                }

                if (!IsNameToken(t, j))
                {
                    break;
                }

                int id = TokenId(t, j, memos);
                int next = -1;
                if (id >= 0)
                {
                    next = Edge(node, id);
                    if (next == 0)
                    {
                        next = -1;
                    }
                }

                if (next < 0 && t.Tokens[j].Length <= 3 && t.IsAllCaps(j))
                {
                    int upId = UpperTokenId(t, j);
                    if (upId >= 0 && Edge(node, upId) is int n2 && n2 != 0)
                    {
                        next = n2;
                    }
                }

                if (next < 0)
                {
                    // an article inside or at the start of a name is skipped ("Deir ez-Zor", "al-Nusra"); at the start
                    // only "al"/"el"-like forms or a hyphenated article, never English "as", "an", "at"
                    bool hyphenated = t.IsDash(j + 1) && !t.Tokens[j + 1].SpaceBefore;
                    if (t.Is(j, WordClass.NameArticle) && j + 1 < end && (IsNameToken(t, j + 1) || (hyphenated && IsNameToken(t, j + 2)))
                        && (j > i || hyphenated || EntityKey.IsStartArticle(t.W(j))) && ++skipped <= 1)
                    {
                        if (j == i)
                        {
                            startedOnArticle = true;
                        }

                        j++;
                        continue;
                    }

                    break;
                }

                node = next;
                skipped = 0;
                if (_terminal[node] is { } ent)
                {
                    best = ent;
                    bestEnd = j + 1;
                }

                j++;
            }

            if (best is not null)
            {
                int startTok = i;
                if (!startedOnArticle)
                {
                    // include a leading article written before the name ("al-Nusra", "Al Bukamal")
                    if (i >= 2 && t.IsDash(i - 1) && EntityKey.IsArticle(t.W(i - 2)) && IsNameToken(t, i - 2))
                    {
                        startTok = i - 2;
                    }
                }

                var span = t.SpanOf(startTok, bestEnd);
                result.Add(new EntityMention(span, t.Text.Substring(span.Start, span.Length), best));
                i = bestEnd;
            }
            else
            {
                i++;
            }
        }

        return result;
    }

    /// <summary>The node reached from the root by token id <paramref name="id"/>; 0 when none (or no id).</summary>
    private int RootEdge(int id) => unchecked((uint)id < (uint)_rootEdges.Length) ? _rootEdges[id] : 0;

    /// <summary>The node reached from <paramref name="node"/> by token id <paramref name="id"/> (at least 0); 0 when
    /// none.</summary>
    private int Edge(int node, int id) =>
        node == 0 ? RootEdge(id) : _edges.TryGetValue(((long)node << 32) | (uint)id, out int next) ? next : 0;

    private static bool IsNameToken(LexedText t, int i) =>
        i >= 0 && i < t.Count && t.Tokens[i].Kind is TextTokenKind.Word or TextTokenKind.AlphaNumeric or TextTokenKind.Number;

    /// <summary>The trie's id of token <paramref name="i"/> (-1: in no name); <paramref name="memos"/> is
    /// <see cref="LexedText.MemosUsable"/>, read once per scan.</summary>
    private int TokenId(LexedText t, int i, bool memos)
    {
        // the common case first: an ASCII word whose id this thread already remembers
        if (t.TryGetAsciiWordMemo(i, this, memos, out int known))
        {
            return known;
        }

        var tok = t.Tokens[i];
        var raw = t.Text.AsSpan(tok.Start, tok.Length);

        // plain ASCII words fold the same whatever their case: remember the id by the lower-cased word
        bool ascii = t.IsAsciiText(i);
        string lower = t.Lower[i];
        if (!ascii)
        {
            return TokenIdUncached(raw);
        }

        // the lexer's per-thread word table remembers the id of each distinct lower-cased word (for this registry)
        if (t.TryGetMemo(i, this, memos, out int memo))
        {
            return memo;
        }

        if (!_asciiIds.TryGetValue(lower, out int id0))
        {
            id0 = TokenIdUncached(raw);
            if (_asciiIds.Count < MaxAsciiIds)
            {
                _asciiIds.TryAdd(lower, id0);
            }
        }

        t.SetMemo(i, this, memos, id0);
        return id0;
    }

    private const int MaxAsciiIds = 50_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _asciiIds = new(StringComparer.Ordinal);

    private int TokenIdUncached(ReadOnlySpan<char> raw)
    {
        Span<char> buffer = stackalloc char[64];
        int len = FoldAscii(raw, buffer);
        if (len >= 0)
        {
            return _tokenLookup.TryGetValue(buffer[..len], out int id) ? id : -1;
        }

        string key = TokenKey(raw.ToString());
        return _tokenIds.TryGetValue(key, out int id2) ? id2 : -1;
    }

    private int UpperTokenId(LexedText t, int i)
    {
        Span<char> buffer = stackalloc char[64];
        var tok = t.Tokens[i];
        var raw = t.Text.AsSpan(tok.Start, tok.Length);
        buffer[0] = '^';
        int len = FoldAscii(raw, buffer[1..]);
        if (len < 0)
        {
            return -1;
        }

        return _tokenLookup.TryGetValue(buffer[..(len + 1)], out int id) ? id : -1;
    }

    /// <summary>Folds an ASCII word into its word key without allocating; -1 when not plain ASCII or too long.</summary>
    private static int FoldAscii(ReadOnlySpan<char> raw, Span<char> dest)
    {
        if (raw.Length > dest.Length - 1)
        {
            return -1;
        }

        Span<char> low = stackalloc char[raw.Length];
        int n = 0;
        foreach (char c0 in raw)
        {
            char cb = EntityKey.BaseLetter(c0);
            if (cb > 127)
            {
                if (Tokenizer.IsApostrophe(cb))
                {
                    continue;
                }

                return -1;
            }

            if (cb == '\'' || cb == '`')
            {
                continue;
            }

            low[n++] = char.ToLowerInvariant(cb);
        }

        low = low[..n];
        if (n == 0)
        {
            return 0;
        }

        // same rules as EntityKey.FoldToken, then collapse doubles
        int start = 0;
        if (n >= 5 && IsVowel(low[0]) && !IsVowel(low[1]) && low[1] == low[2] && !char.IsDigit(low[1]))
        {
            start = 2;
        }

        Span<char> tmp = stackalloc char[n];
        int m = 0;
        for (int i = start; i < n; i++)
        {
            char c = low[i];
            char next = i + 1 < n ? low[i + 1] : '\0';
            if (c == 'o' && (next == 'u' || next == 'o'))
            {
                tmp[m++] = 'u';
                i++;
            }
            else if (c == 'o')
            {
                tmp[m++] = 'u';
            }
            else if (c == 'e' && next == 'e')
            {
                tmp[m++] = 'i';
                i++;
            }
            else if (c == 'e' && (next == 'i' || next == 'y'))
            {
                tmp[m++] = 'a';
                i++;
            }
            else if (c == 'e')
            {
                tmp[m++] = 'a';
            }
            else if (c == 'q')
            {
                tmp[m++] = 'k';
            }
            else
            {
                tmp[m++] = c;
            }
        }

        if (m >= 3 && tmp[m - 1] == 'h' && IsVowel(tmp[m - 2]))
        {
            m--;
        }

        int k = 0;
        char prev = '\0';
        for (int i = 0; i < m; i++)
        {
            if (tmp[i] == prev && !char.IsDigit(tmp[i]))
            {
                continue;
            }

            dest[k++] = tmp[i];
            prev = tmp[i];
        }

        return k;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static string TokenKey(string rawToken) =>
        EntityKey.CollapseDoubles(EntityKey.FoldToken(string.Concat(EntityKey.Split(rawToken))));

    private static List<string> AliasTokenKeys(string alias)
    {
        var words = EntityKey.Split(alias);
        var raw = TokenizeRaw(alias);
        var keys = new List<string>();
        for (int i = 0; i < words.Count; i++)
        {
            if (i < words.Count - 1 && (EntityKey.IsArticle(words[i]) || (i == 0 && words[i] == "the")))
            {
                continue;
            }

            string k = EntityKey.CollapseDoubles(EntityKey.FoldToken(words[i]));
            if (k.Length == 0)
            {
                continue;
            }

            bool upper = i < raw.Count && raw[i].Length <= 3 && raw[i].All(ch => !char.IsLetter(ch) || char.IsUpper(ch)) && raw[i].Any(char.IsLetter);
            keys.Add(upper ? UpperPrefix + k : k);
        }

        return keys;
    }

    private static List<string> TokenizeRaw(string alias)
    {
        var list = new List<string>();
        var sb = new System.Text.StringBuilder();
        foreach (char c in alias)
        {
            if (Tokenizer.IsApostrophe(c))
            {
                continue;
            }

            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
            else if (sb.Length > 0)
            {
                list.Add(sb.ToString());
                sb.Clear();
            }
        }

        if (sb.Length > 0)
        {
            list.Add(sb.ToString());
        }

        return list;
    }

    private static void AddPath(List<string> words, Entity e, Dictionary<string, int> tokenIds, Dictionary<long, int> edges, List<Entity?> terminal)
    {
        int node = 0;
        foreach (var w in words)
        {
            if (!tokenIds.TryGetValue(w, out int id))
            {
                id = tokenIds.Count;
                tokenIds[w] = id;
            }

            long edge = ((long)node << 32) | (uint)id;
            if (!edges.TryGetValue(edge, out int next))
            {
                next = terminal.Count;
                terminal.Add(null);
                edges[edge] = next;
            }

            node = next;
        }

        terminal[node] ??= e;
    }

    private static string? Str(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
