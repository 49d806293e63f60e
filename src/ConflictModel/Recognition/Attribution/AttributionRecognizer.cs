using System.Collections.Frozen;

namespace ConflictModel.Recognition;

/// <summary>
/// Reads attribution and stance from one sentence: claimant phrases (<c>according to X</c>, <c>X reported / said /
/// stated / claimed / announced / confirmed / denied</c>, <c>X gave the number of</c>, <c>X put the number at</c>,
/// <c>X named / listed</c>) and hedges (<c>reportedly</c>, <c>allegedly</c>, <c>supposedly</c>, <c>purportedly</c>,
/// <c>was said to</c>, <c>it was revealed</c>).
/// </summary>
/// <remarks>
/// <para>Claimants come only from the figure's own sentence. The cue in the figure's own clause wins (clauses are
/// split at <c>;</c> and at <c>while</c>, <c>whereas</c>, <c>but</c>, <c>although</c>); otherwise a cue elsewhere in the
/// sentence applies. A claimant found in the registry (<see cref="EntityRegistry"/>) is <see cref="ClaimantKind.Named"/>
/// with the entity id as key; a description ("a military source", "opposition sources") is
/// <see cref="ClaimantKind.Descriptive"/> without its article. A claim an outlet relays ("AFP, citing the SOHR,
/// said", "according to AFP, citing the SOHR") names the primary claimant, with the outlet in
/// <see cref="Claimant.RelayedBy"/>, so that merging counts it once.</para>
/// <para>Stance: a hedge in the figure's own phrase decides (reportedly → <see cref="ClaimStance.Reportedly"/>;
/// allegedly, supposedly, purportedly → <see cref="ClaimStance.Claimed"/>); otherwise the claimant's verb (claimed →
/// Claimed, confirmed → Confirmed, denied → Denied, disputed → Disputed, any other reporting verb or "according to" →
/// Reported); an update ("updated to") is <see cref="ClaimStance.Updated"/> whatever else the phrase says, because
/// its main verb decides. With no cue the stance is <see cref="ClaimStance.Asserted"/>.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class AttributionRecognizer
{
    private static FrozenDictionary<string, ClaimStance> ReportingVerbs => AttributionWords.ReportingVerbs;

    private static readonly FrozenSet<string> SourceNouns = QuantityLexicon.Set(
        "source", "sources", "report", "reports", "official", "officials", "officer", "officers", "spokesman",
        "spokesperson", "spokeswoman", "activist", "activists", "monitor", "monitors", "observers", "media", "outlet",
        "outlets", "agency", "agencies", "military", "army", "residents", "witnesses", "doctors", "medics", "government",
        "ministry", "statement", "statements", "commander", "infographic", "observatory", "group", "channel",
        "network", "newspaper", "journalist", "journalists", "correspondent", "analysts", "estimates", "figures",
        "authorities", "police", "hospital", "sources", "another", "one", "others", "some");

    private static readonly FrozenSet<string> PassiveAux = QuantityLexicon.Set(
        "was", "were", "is", "are", "been", "being", "be", "it's");

    private static readonly FrozenSet<string> NpStop = QuantityLexicon.Set(
        "that", "which", "who", "whom", "and", "or", "while", "whereas", "but", "although", "though", "meanwhile",
        "also", "had", "has", "have", "after", "before", "when", "as", "if", "because", "since", "then", "later",
        "on", "in", "at", "during", "from", "into", "to", "by");

    private const int Window = 80;

    private readonly EntityRegistry _registry;

    /// <summary>Creates a recogniser resolving claimants through a registry.</summary>
    /// <param name="registry">The registry.</param>
    /// <exception cref="ArgumentNullException"><paramref name="registry"/> is null.</exception>
    public AttributionRecognizer(EntityRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _registry = registry;
    }

    /// <summary>Gets the recogniser over <see cref="EntityRegistry.Default"/>.</summary>
    public static AttributionRecognizer Default { get; } = new(EntityRegistry.Default);

    /// <summary>Gets the registry used to name claimants.</summary>
    public EntityRegistry Registry => _registry;

    /// <summary>Returns the attribution and stance of a figure standing at <paramref name="figure"/> in
    /// <paramref name="sentence"/>.</summary>
    /// <param name="sentence">One sentence.</param>
    /// <param name="figure">The figure's span in the sentence.</param>
    /// <returns>The attribution (<see cref="Attribution.Asserted"/> when the sentence names no source and has no hedge).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sentence"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="figure"/> lies outside the sentence.</exception>
    public Attribution Attribute(string sentence, TextSpan figure)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (figure.End > sentence.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(figure), "The figure's span lies outside the sentence.");
        }

        var t = LexedText.For(sentence);
        var clauses = t.ClauseIds;
        int first = 0;
        while (first < t.Count && t.Tokens[first].End <= figure.Start)
        {
            first++;
        }

        int end = first;
        while (end < t.Count && t.Tokens[end].Start < figure.End)
        {
            end++;
        }

        var cues = CuesOf(t);
        return Attribute(t, clauses, cues, first, Math.Max(end, first + 1), Math.Min(t.Count, end + 4), isUpdate: false);
    }

    /// <summary>Returns the claimant a noun phrase names: a registry entity when one is named in it, else a
    /// description without its leading article; <see langword="null"/> for an empty phrase.</summary>
    /// <param name="phrase">A noun phrase ("the SOHR", "a military source").</param>
    /// <returns>The claimant or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="phrase"/> is null.</exception>
    public Claimant? ClaimantFromPhrase(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var t = LexedText.For(phrase);
        return NameClaimant(t, 0, t.Count, requireSourceNoun: false);
    }

    internal Attribution Attribute(LexedText t, int[] clauses, List<ClaimCue> cues, int figFirst, int figEnd, int predicateEnd, bool isUpdate)
    {
        int clause = figFirst < clauses.Length ? clauses[figFirst] : 0;

        // hedge adverbs in the figure's own phrase
        ClaimStance? hedge = null;
        TextSpan? hedgeSpan = null;
        int hFrom = Math.Max(0, figFirst - 3);
        int hTo = Math.Min(t.Count, Math.Max(predicateEnd, figEnd + 4));
        for (int k = hFrom; k < hTo; k++)
        {
            if (clauses[k] != clause)
            {
                continue;
            }

            string w = t.W(k);
            ClaimStance? s = w switch
            {
                "reportedly" => ClaimStance.Reportedly,
                "allegedly" or "supposedly" or "purportedly" or "ostensibly" => ClaimStance.Claimed,
                _ => null,
            };
            if (s is null && k >= figEnd && t.W(k + 1) is "reported" or "said" or "believed" or "thought" && PassiveAux.Contains(w))
            {
                s = ClaimStance.Reportedly;
            }

            if (s is not null)
            {
                hedge = s;
                hedgeSpan = t.SpanOf(k, k + 1);
                break;
            }
        }

        // the cue: own clause first (nearest before, else nearest after), then the rest of the sentence
        ClaimCue? best = null;
        int bestDist = int.MaxValue;

        // cues are in text order; only those within a window of the figure can apply (keeps long texts linear)
        int lo = 0;
        int hi = cues.Count;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (cues[mid].AnchorToken < figFirst - Window)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        int firstCue = lo;
        int endCue = firstCue;
        while (endCue < cues.Count && cues[endCue].AnchorToken <= figEnd + Window)
        {
            endCue++;
        }

        for (int ci = firstCue; ci < endCue; ci++)
        {
            var c = cues[ci];
            if (c.Clause != clause)
            {
                continue;
            }

            int dist = c.AnchorToken < figFirst ? figFirst - c.AnchorToken : 1000 + c.AnchorToken - figEnd;
            if (dist < bestDist)
            {
                bestDist = dist;
                best = c;
            }
        }

        if (best is null)
        {
            for (int ci = firstCue; ci < endCue; ci++)
            {
                var c = cues[ci];
                if (c.Claimant is null)
                {
                    continue;
                }

                int dist = Math.Abs(c.AnchorToken - figFirst);
                if (dist < bestDist)
                {
                    bestDist = dist;
                    best = c;
                }
            }
        }

        var claimant = best?.Claimant;
        TextSpan? cueSpan = best is { } b ? t.SpanOf(b.FirstToken, b.EndToken) : hedgeSpan;
        ClaimStance stance;
        if (isUpdate)
        {
            stance = ClaimStance.Updated;
        }
        else if (best is { Stance: ClaimStance.Denied or ClaimStance.Confirmed or ClaimStance.Claimed or ClaimStance.Disputed } bc && bc.Clause == clause)
        {
            stance = bc.Stance;
        }
        else if (hedge is { } h)
        {
            stance = h;
        }
        else if (best is { } b2)
        {
            stance = b2.Stance;
        }
        else
        {
            stance = ClaimStance.Asserted;
        }

        return new Attribution(claimant, stance, cueSpan);
    }

    /// <summary>The claim cues of a text (<see cref="FindCues"/> over its clauses), found once per text and
    /// recogniser. The list is shared: never written.</summary>
    internal List<ClaimCue> CuesOf(LexedText t)
    {
        if (!t.TryGetCues(this, out var cues))
        {
            cues = FindCues(t, t.ClauseIds);
            t.SetCues(this, cues);
        }

        return cues;
    }

    /// <summary>Finds the claim cues of a text.</summary>
    /// <param name="t">The lexed text.</param>
    /// <param name="clauses">Its clause ids.</param>
    /// <param name="precheck">Whether words are first screened by their length and class, so that most are never read
    /// (the fast path; false only to test it against the plain scan).</param>
    internal List<ClaimCue> FindCues(LexedText t, int[] clauses, bool precheck = true)
    {
        var cues = new List<ClaimCue>();
        var relays = FindRelays(t, precheck);
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        for (int i = 0; i < tokens.Length; i++)
        {
            var tok = tokens[i];
            if (tok.Kind != TextTokenKind.Word)
            {
                continue;
            }

            // the words tested below by their text have 2 ("it") or 9 ("according") letters, or are reporting verbs:
            // the token's length and class spare reading every other word (the lower-cased word has the token's length)
            if (precheck && tok.Length is not (2 or 9) && !t.Is(i, WordClass.ReportingVerb))
            {
                continue;
            }

            string w = t.W(i);

            // according to X
            if (w == "according" && t.W(i + 1) == "to")
            {
                int s = i + 2;
                int e = s;
                while (e < t.Count && e < s + 9 && (!IsNpBreak(t, e, allowOf: true) || t.W(e) is "report" or "reports" or "claims" or "estimates" or "figures" or "statement"))
                {
                    // "according to a military source the army had taken": a new noun phrase starts
                    if (e > s && t.W(e) is "the" or "a" or "an")
                    {
                        break;
                    }

                    e++;
                }

                var cl = NameClaimant(t, s, e, requireSourceNoun: false);
                if (cl is not null)
                {
                    // "according to AFP, citing the SOHR": the monitor's claim, relayed by AFP
                    if (RelayAt(relays, e, e + 2) is { } rel)
                    {
                        cl = rel.Primary with { RelayedBy = new EquatableArray<string>([cl.Name]) };
                        e = rel.End;
                    }

                    cues.Add(new ClaimCue(i, e, i, cl, ClaimStance.Reported, clauses[i]));
                }

                i = e - 1;
                continue;
            }

            // it was revealed / it was reported (that)
            if (w == "it" && PassiveAux.Contains(t.W(i + 1)) && (ReportingVerbs.ContainsKey(t.W(i + 2)) || (t.W(i + 2) == "also" && ReportingVerbs.ContainsKey(t.W(i + 3)))))
            {
                int v = t.W(i + 2) == "also" ? i + 3 : i + 2;
                var st = ReportingVerbs[t.W(v)];
                cues.Add(new ClaimCue(i, v + 1, v, null, st == ClaimStance.Reported ? ClaimStance.Reportedly : st, clauses[i]));
                continue;
            }

            if (!t.Is(i, WordClass.ReportingVerb) || !ReportingVerbs.TryGetValue(w, out var stance))
            {
                continue;
            }

            // passive: "were reported killed", "was said to": a hedge, handled per figure
            if (PassiveAux.Contains(t.W(i - 1)) || (t.W(i - 1) is "also" or "later" or "widely" && PassiveAux.Contains(t.W(i - 2))))
            {
                continue;
            }

            // "confirmed soldiers", "the claimed figure": adjectives
            if (t.W(i - 1) is "the" or "of" or "a" or "an" or "these" or "those" || t.Is(i + 1, WordClass.RoleNoun))
            {
                continue;
            }

            // subject: the noun phrase before the verb
            int end = i;
            int k = i - 1;
            while (k >= 0 && t.W(k) is "also" or "later" or "then" or "had" or "has" or "have" or "further" or "officially" or "previously")
            {
                k--;
            }

            // "AFP, citing the SOHR, said": the relayed claimant
            if (t.IsPunct(k, ',') && RelayEndingAt(relays, k) is { } relay)
            {
                cues.Add(new ClaimCue(relay.RelayStart, end + 1, i, relay.Primary with { RelayedBy = new EquatableArray<string>([relay.Relay.Name]) }, stance, clauses[i]));
                continue;
            }

            int npEnd = k + 1;
            int start = npEnd;
            while (start - 1 >= 0 && npEnd - start < 10 && (!IsNpBreak(t, start - 1, allowOf: true) || (t.W(start - 1) is "in" or "on" or "by" or "at" or "from" && start - 2 >= 0 && !t.IsPunct(start - 2))))
            {
                start--;
            }

            var claimant = NameClaimant(t, start, npEnd, requireSourceNoun: true);
            if (claimant is null && npEnd > 0 && t.IsCapitalized(npEnd - 1) && !(t.W(npEnd - 1) is "the" or "it" or "they" or "he" or "she" or "this" or "that"))
            {
                // a person named as the subject: "Smith said"
                int p = npEnd - 1;
                while (p - 1 >= start && t.IsCapitalized(p - 1))
                {
                    p--;
                }

                claimant = new Claimant(t.Slice(p, npEnd), null, ClaimantKind.Named);
            }

            if (claimant is null)
            {
                continue;
            }

            // "another stated", "one said": the report named earlier in the sentence
            if (claimant is { Kind: ClaimantKind.Descriptive, Name: "another" or "one" or "Another" or "One" })
            {
                for (int r = 0; r < i; r++)
                {
                    if (t.W(r) is "report" or "reports")
                    {
                        claimant = claimant with { Name = claimant.Name.ToLowerInvariant() + " report" };
                        break;
                    }

                    if (t.W(r) is "source" or "sources")
                    {
                        claimant = claimant with { Name = claimant.Name.ToLowerInvariant() + " source" };
                        break;
                    }
                }
            }

            cues.Add(new ClaimCue(start, end + 1, i, claimant, stance, clauses[i]));
        }

        return cues;
    }

    /// <summary>Finds "A, citing B" / "A quoting B": B is the primary claimant, A the outlet that relays it.</summary>
    private List<RelayPhrase> FindRelays(LexedText t, bool precheck)
    {
        var relays = new List<RelayPhrase>();
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        for (int i = 1; i < tokens.Length; i++)
        {
            // the token's length first: the lower-cased word has the same, and most words are not read at all
            if ((precheck && tokens[i].Length is not (6 or 7)) || tokens[i].Kind != TextTokenKind.Word || !(t.W(i) is "citing" or "quoting"))
            {
                continue;
            }

            int e = i + 1;
            while (e < t.Count && e - i <= 9 && !IsNpBreak(t, e, allowOf: true))
            {
                e++;
            }

            var primary = NameClaimant(t, i + 1, e, requireSourceNoun: false);
            int a = t.IsPunct(i - 1, ',') ? i - 1 : i;
            int s = a;
            while (s - 1 >= 0 && a - s < 6 && !IsNpBreak(t, s - 1, allowOf: true))
            {
                s--;
            }

            var relay = NameClaimant(t, s, a, requireSourceNoun: false);
            if (primary is not null && relay is not null)
            {
                relays.Add(new RelayPhrase(s, i, t.IsPunct(e, ',') ? e : e - 1, e, primary, relay));
            }
        }

        return relays;
    }

    private static RelayPhrase? RelayAt(List<RelayPhrase> relays, int from, int to)
    {
        foreach (var r in relays)
        {
            if (r.CueToken >= from && r.CueToken <= to)
            {
                return r;
            }
        }

        return null;
    }

    private static RelayPhrase? RelayEndingAt(List<RelayPhrase> relays, int comma)
    {
        foreach (var r in relays)
        {
            if (r.CommaToken == comma)
            {
                return r;
            }
        }

        return null;
    }

    private sealed record RelayPhrase(int RelayStart, int CueToken, int CommaToken, int End, Claimant Primary, Claimant Relay);

    private static bool IsNpBreak(LexedText t, int i, bool allowOf)
    {
        if (i < 0 || i >= t.Count)
        {
            return true;
        }

        if (t.IsPunct(i))
        {
            return !(t.IsDash(i) || t.IsPunct(i, '.') || t.IsPunct(i, '(') || t.IsPunct(i, ')') || t.IsPunct(i, '\'') || t.IsPunct(i, '’'));
        }

        string w = t.W(i);
        if (w == "of" || w == "for" || w == "by")
        {
            return !allowOf;
        }

        if (w is "report" or "reports" or "claims" or "claim" or "estimates" or "statement")
        {
            return false;
        }

        return NpStop.Contains(w) || ReportingVerbs.ContainsKey(w) || QuantityLexicon.Auxiliaries.Contains(w) && w is not ("said" or "reported" or "claimed" or "confirmed" or "listed");
    }

    /// <summary>Names the claimant of tokens [s, e): a registry entity if one is named, else a description that must
    /// hold a source noun when <paramref name="requireSourceNoun"/> is set.</summary>
    internal Claimant? NameClaimant(LexedText t, int s, int e, bool requireSourceNoun)
    {
        if (e <= s)
        {
            return null;
        }

        var mentions = _registry.FindInTokens(t, s, e);
        Entity? chosen = null;
        foreach (var m in mentions)
        {
            // a monitor or agency beats an actor named in the same phrase ("an infographic produced by Amaq");
            // otherwise the name nearest the verb is the subject's head ("from the rebels The army claimed")
            if (chosen is null || m.Entity.Kind == EntityKind.Claimant || chosen.Kind != EntityKind.Claimant)
            {
                chosen = m.Entity;
            }
        }

        if (chosen is not null)
        {
            return new Claimant(chosen.DisplayName, chosen.Id, ClaimantKind.Named);
        }

        bool hasSource = false;
        for (int k = s; k < e; k++)
        {
            if (SourceNouns.Contains(t.W(k)))
            {
                hasSource = true;
            }
        }

        if (requireSourceNoun && !hasSource)
        {
            return null;
        }

        // strip a leading article and trailing punctuation
        int a = s;
        while (a < e && (t.W(a) is "the" or "a" or "an" || t.IsPunct(a)))
        {
            a++;
        }

        int z = e;
        while (z > a && t.IsPunct(z - 1))
        {
            z--;
        }

        if (z <= a)
        {
            return null;
        }

        // a person named with a title: "Col. John Smith" stays as written
        string name = t.Slice(a, z);
        if (name.Length > 80)
        {
            return null;
        }

        return new Claimant(name, null, ClaimantKind.Descriptive);
    }
}

/// <summary>Splits a sentence's tokens into clauses for attribution and predicates.</summary>
internal static class Clauses
{
    public static int[] Compute(LexedText t)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(t.Tokens);
        var ids = new int[tokens.Length];
        int clause = 0;
        for (int i = 0; i < tokens.Length && i < ids.Length; i++)
        {
            var tok = tokens[i];
            bool breaks = tok.Kind switch
            {
                TextTokenKind.Punct => t.Text[tok.Start] switch
                {
                    ';' => true,
                    '.' => i + 1 < tokens.Length && tokens[i + 1].SpaceBefore && t.IsCapitalized(i + 1) && !IsAbbreviation(t, i - 1),
                    _ => false,
                },
                TextTokenKind.Word => t.Is(i, WordClass.ClauseBreak),
                _ => false,
            };
            if (breaks)
            {
                clause++;
            }

            ids[i] = clause;
        }

        return ids;
    }

    private static bool IsAbbreviation(LexedText t, int i) =>
        t.W(i) is "jan" or "feb" or "mar" or "apr" or "jun" or "jul" or "aug" or "sep" or "sept" or "oct" or "nov" or "dec"
            or "col" or "gen" or "lt" or "maj" or "capt" or "brig" or "mr" or "dr" or "st" or "no" or "u" or "s" or "sgt";
}
