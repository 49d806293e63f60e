namespace ConflictModel.Recognition;

/// <summary>
/// Finds casualty figures and other counted quantities (strength, population, attacks, percentage of territory
/// held) in English prose and in infobox cells, with who was counted, the scope phrase, the claimant and the stance.
/// </summary>
/// <remarks>
/// <para>A figure is a number (see <see cref="NumberRecognizer"/>) tied to a casualty word (killed, dead, died,
/// death toll, deaths, executed, wounded, injured, captured, missing, kidnapped, arrested, displaced, fled,
/// casualties) and, where the text says, to whom (a role noun: soldiers, militants, rebels, civilians, fighters of
/// X). The word may follow the group ("37 ISIL militants and 30 soldiers were killed": both figures), precede it
/// ("killing five soldiers", "the death of 241 ISIS fighters and 354 rebels") or frame it ("the number of dead
/// soldiers was later updated to 200": an update). "X and N other Y" counts X too. A number without a word of its
/// own after "gave the number of" takes the category and group of the figure before it in the sentence.</para>
/// <para>Not casualty figures: numbers without a casualty, strength, population, attack or control word; counts of
/// things (villages, tanks); durations; percentages outside a statement of control.</para>
/// <para>Scope phrases ("since the start of the offensive", "by 6 December", "between 27 and 28 August") are kept
/// as text and span; resolving them to days is the date recogniser's job.</para>
/// <para>Hand-written scanners, linear in the input; never throws on any input. Immutable and thread-safe.</para>
/// </remarks>
public sealed partial class CasualtyRecognizer
{
    private readonly NumberRecognizer _numbers;
    private readonly AttributionRecognizer _attribution;

    /// <summary>Creates a recogniser.</summary>
    /// <param name="numbers">The number recogniser (its lexicon decides vague quantities).</param>
    /// <param name="attribution">The attribution recogniser (its registry names claimants).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CasualtyRecognizer(NumberRecognizer numbers, AttributionRecognizer attribution)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        ArgumentNullException.ThrowIfNull(attribution);
        _numbers = numbers;
        _attribution = attribution;
    }

    /// <summary>Gets the recogniser with the default number lexicon and entity registry.</summary>
    public static CasualtyRecognizer Default { get; } = new(NumberRecognizer.Default, AttributionRecognizer.Default);

    /// <summary>Returns the figures of one sentence of body prose, in text order. Citation markers (<c>[8]</c>) are
    /// ignored; spans are offsets in <paramref name="sentence"/>.</summary>
    /// <param name="sentence">One sentence.</param>
    /// <returns>The mentions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sentence"/> is null.</exception>
    public IReadOnlyList<CasualtyMention> Recognize(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var t = LexedText.For(BlankCitations(sentence));
        return RecognizeLexed(t, sentence, 0);
    }

    /// <summary>Returns the figures of a longer text (a paragraph or a document): the text is split into sentences
    /// (at <c>. ! ?</c> before a capital, a digit or a quote, not after common abbreviations, and at line breaks) and
    /// each is read by <see cref="Recognize"/>. Spans are offsets in <paramref name="text"/>.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The mentions, in text order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<CasualtyMention> RecognizeText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = TextChunks.ResultList<CasualtyMention>(text.Length);
        string blanked = BlankCitations(text);
        foreach (var (start, length) in SentenceSplitter.Split(blanked))
        {
            // the sentence is lexed in place (no copy): spans are offsets in the whole text, read from the original
            var t = new LexedText(blanked, start, length);
            foreach (var m in RecognizeLexed(t, text, 0))
            {
                result.Add(m);
            }
        }

        return result;
    }

    private List<CasualtyMention> RecognizeLexed(LexedText t, string original, int offset)
    {
        var result = new List<CasualtyMention>();
        if (t.Count == 0)
        {
            return result;
        }

        var hits = _numbers.Scan(t);
        if (hits.Count == 0 && !HasSingularOrDenialTrigger(t))
        {
            return result;
        }

        var clauses = t.ClauseIds;

        // claim cues and scope phrases are only read for a figure that is kept: found on the first one (most
        // sentences with a number keep none)
        List<ClaimCue>? cues = null;
        List<(int First, int End)>? scopes = null;
        var figs = new List<Fig>();
        foreach (var h in hits)
        {
            var f = new Fig { Hit = h, Registry = _attribution.Registry };
            ParseNp(t, f, hits);
            f.NpEnd = Math.Max(f.NpEnd, f.Hit.EndToken);
            if (f.IsDuration || f.IsSubsetReference)
            {
                continue;
            }

            figs.Add(f);
        }

        ResolveSharedHeads(t, figs);
        AssignGroups(t, figs);

        // categories
        for (int i = 0; i < figs.Count; i++)
        {
            var f = figs[i];
            DecideCategory(t, clauses, figs, i);
        }

        for (int i = 0; i < figs.Count; i++)
        {
            var f = figs[i];
            if (f.Category is null || f.Drop)
            {
                continue;
            }

            var estimate = f.Hit.Value;
            if (f.PlusOne)
            {
                estimate = AddOne(estimate);
            }

            int spanStart = Math.Min(f.Hit.FirstToken, f.TextStart >= 0 ? f.TextStart : int.MaxValue);
            int spanEnd = Math.Max(f.NpEnd, f.PredEnd);
            if (f.CueToken >= 0 && f.CueToken < spanStart)
            {
                spanStart = f.CueToken;
            }

            var span = t.SpanOf(spanStart, spanEnd);
            string text = original.Substring(span.Start, span.Length);
            int clause = clauses[Math.Min(f.Hit.FirstToken, clauses.Length - 1)];
            scopes ??= hits.Count == 0 ? [] : FindScopes(t, hits, clauses);
            (int sFirst, int sEnd)? scope = ChooseScope(scopes, clauses, clause, f.Hit.FirstToken);
            string? scopeText = scope is { } sc ? original.Substring(t.Tokens[sc.sFirst].Start, t.Tokens[sc.sEnd - 1].End - t.Tokens[sc.sFirst].Start) : null;
            TextSpan? scopeSpan = scope is { } sc2 ? Shift(t.SpanOf(sc2.sFirst, sc2.sEnd), offset) : null;
            string? who = f.Who(t);
            var party = PartyOf(t, f, f.Hit.FirstToken);
            if (party == CasualtyParty.Unknown && who is not null)
            {
                party = CasualtyParty.Side;
            }

            var category = f.Category.Value;
            cues ??= _attribution.CuesOf(t);
            var att = _attribution.Attribute(t, clauses, cues, f.Hit.FirstToken, f.NpEnd, Math.Max(f.PredEnd, f.NpEnd), f.IsUpdate);
            var figure = new CasualtyFigure(estimate, category, who, party, text, scopeText, null, Shift(span, offset));
            result.Add(new CasualtyMention(Shift(span, offset), text, figure, att.Claimant, att.Stance, f.IsUpdate)
            {
                CueSpan = att.CueSpan is { } cs ? Shift(cs, offset) : null,
                ScopeSpan = scopeSpan,
                RefersBack = f.RefersBack,
            });
        }

        AddSingularAndDenials(t, original, offset, clauses, cues, figs, result);
        return result;
    }

    private void AddSingularAndDenials(LexedText t, string original, int offset, int[] clauses, List<ClaimCue>? cues, List<Fig> figs, List<CasualtyMention> result)
    {
        HashSet<int>? clausesWithFigures = null;

        for (int i = 0; i < t.Count; i++)
        {
            if (!t.Is(i, WordClass.DenialOrWas))
            {
                continue;
            }

            string w = t.W(i);
            if (!t.IsWord(i) || !(w is "denied" or "denies" or "deny" or "denying" or "rejected" or "refuted" or "was"))
            {
                continue;
            }

            int clause = clauses[i];
            if (clausesWithFigures is null)
            {
                clausesWithFigures = [];
                foreach (var f in figs)
                {
                    if (f.Category is not null && !f.Drop)
                    {
                        clausesWithFigures.Add(clauses[Math.Min(f.Hit.FirstToken, clauses.Length - 1)]);
                    }
                }
            }

            bool clauseHasFigure = clausesWithFigures.Contains(clause);

            // denial: "ISIL denied the claim", "A Syrian Army official denied this claim"
            if (w is "denied" or "denies" or "deny" or "denying" or "rejected" or "refuted" && !clauseHasFigure)
            {
                int o = i + 1;
                if (t.W(o) is "the" or "this" or "these" or "that" or "such")
                {
                    o++;
                }

                string obj = t.W(o);
                bool objectOk = obj is "claim" or "claims" or "report" or "reports" or "allegation" or "allegations" or "it" or "this" or "that" or "figure" or "figures" or "account" or "reporting"
                    || (t.W(o - 1) is "this" or "that" && (t.IsPunct(o) || o >= t.Count));
                if (!objectOk)
                {
                    continue;
                }

                int npEnd = i;
                int s = npEnd;
                while (s - 1 >= 0 && npEnd - s < 8 && !t.IsPunct(s - 1) && !(t.W(s - 1) is "and" or "but" or "while" or "that" or "however" or "meanwhile"))
                {
                    s--;
                }

                var claimant = _attribution.NameClaimant(t, s, npEnd, requireSourceNoun: false);
                int end = Math.Min(t.Count, o + 1);
                var span = t.SpanOf(s, end);
                string text = original.Substring(span.Start, span.Length);
                var figure = new CasualtyFigure(CasualtyMention.NoFigure, CasualtyCategory.Other, null, CasualtyParty.Unknown, text, null, null, Shift(span, offset));
                result.Add(new CasualtyMention(Shift(span, offset), text, figure, claimant, ClaimStance.Denied, false) { CueSpan = Shift(t.SpanOf(i, i + 1), offset) });
                continue;
            }

            // one person: "the local commander, a foreigner, was killed"
            if (w == "was" && !clauseHasFigure)
            {
                int c = i + 1;
                while (t.W(c) is "reportedly" or "allegedly" or "also" or "later" or "then" or "subsequently" or "eventually")
                {
                    c++;
                }

                if (!CasualtyWords.IsCue(t, c, out var cat) || CasualtyWords.BackwardOnly.Contains(t.W(c)) || t.W(c) is "dying" or "killing")
                {
                    continue;
                }

                if (t.W(c) == "assassinated")
                {
                    cat = CasualtyCategory.Killed;
                }

                int e = i;
                int k = i - 1;
                if (t.IsPunct(k, ','))
                {
                    // skip an apposition ", a Belgian,"
                    int back = k - 1;
                    while (back >= 0 && !t.IsPunct(back, ',') && k - back < 6)
                    {
                        back--;
                    }

                    if (back >= 0 && t.IsPunct(back, ','))
                    {
                        e = back;
                        k = back - 1;
                    }
                }

                int s = e;
                bool person = false;
                while (k >= 0 && e - k <= 7 && t.IsWord(k) && !(t.W(k) is "that" or "and" or "while" or "but" or "which" or "who" or "when"))
                {
                    if (t.Is(k, WordClass.CasualtyContent) && CasualtyWords.SingularPersons.Contains(t.W(k)))
                    {
                        person = true;
                    }

                    if (ReportingVerbLike(t.W(k)))
                    {
                        break;
                    }

                    s = k;
                    k--;
                }

                if (!person || s >= e)
                {
                    continue;
                }

                int whoStart = s;
                while (whoStart < e && t.W(whoStart) is "the" or "a" or "an" or "its" or "their" or "his")
                {
                    whoStart++;
                }

                var span = t.SpanOf(s, c + 1);
                string text = original.Substring(span.Start, span.Length);
                string who = original.Substring(t.Tokens[whoStart].Start, t.Tokens[e - 1].End - t.Tokens[whoStart].Start);
                cues ??= _attribution.CuesOf(t);
                var att = _attribution.Attribute(t, clauses, cues, s, c + 1, c + 1, false);
                var figure = new CasualtyFigure(Estimate.Exactly(1), cat, who, CasualtyParty.Side, text, null, null, Shift(span, offset));
                result.Add(new CasualtyMention(Shift(span, offset), text, figure, att.Claimant, att.Stance, false) { CueSpan = att.CueSpan is { } cs ? Shift(cs, offset) : null });
            }
        }

        result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    /// <summary>Whether <see cref="AddSingularAndDenials"/> can find anything in a sentence without number hits: a
    /// denial verb with a claim-like object, or "was" (then adverbs) before a casualty cue. The same token-local
    /// conditions it checks first, so a sentence failing them is skipped without computing clauses and cues.</summary>
    private static bool HasSingularOrDenialTrigger(LexedText t)
    {
        for (int i = 0; i < t.Count; i++)
        {
            if (!t.Is(i, WordClass.DenialOrWas) || !t.IsWord(i))
            {
                continue;
            }

            string w = t.W(i);
            if (w is "denied" or "denies" or "deny" or "denying" or "rejected" or "refuted")
            {
                int o = i + 1;
                if (t.W(o) is "the" or "this" or "these" or "that" or "such")
                {
                    o++;
                }

                string obj = t.W(o);
                if (obj is "claim" or "claims" or "report" or "reports" or "allegation" or "allegations" or "it" or "this" or "that" or "figure" or "figures" or "account" or "reporting"
                    || (t.W(o - 1) is "this" or "that" && (t.IsPunct(o) || o >= t.Count)))
                {
                    return true;
                }
            }
            else if (w == "was")
            {
                int c = i + 1;
                while (t.W(c) is "reportedly" or "allegedly" or "also" or "later" or "then" or "subsequently" or "eventually")
                {
                    c++;
                }

                if (CasualtyWords.IsCue(t, c, out _) && !CasualtyWords.BackwardOnly.Contains(t.W(c)) && t.W(c) is not ("dying" or "killing"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool ReportingVerbLike(string w) => w is "reported" or "said" or "stated" or "claimed" or "announced" or "confirmed" or "that";

    private static TextSpan Shift(TextSpan s, int offset) => offset == 0 ? s : new TextSpan(s.Start + offset, s.Length);

    private static Estimate AddOne(Estimate e)
    {
        try
        {
            return e + Estimate.Exactly(1);
        }
        catch (OverflowException)
        {
            return e;
        }
    }

    private static CasualtyParty PartyOf(LexedText t, Fig f, int start)
    {
        for (int k = f.Hit.EndToken; k < f.NpEnd; k++)
        {
            string w = t.W(k);
            if (w is "civilians" or "civilian")
            {
                return CasualtyParty.Civilians;
            }

            if (w is "unidentified" or "unknown")
            {
                return CasualtyParty.Unidentified;
            }
        }

        if (t.W(start - 1) == "total" || (t.IsPunct(start - 1, ':') && t.W(start - 2) == "total"))
        {
            return CasualtyParty.Total;
        }

        return CasualtyParty.Unknown;
    }

    private static (int, int)? ChooseScope(List<(int First, int End)> scopes, int[] clauses, int clause, int figToken)
    {
        (int, int)? best = null;
        int bestDist = int.MaxValue;

        // scopes are in text order: start at the first one that can be near the figure (keeps long texts linear)
        int lo = 0;
        int hi = scopes.Count;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (scopes[mid].First < figToken - 60)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int si = lo; si < scopes.Count; si++)
        {
            var s = scopes[si];
            if (s.First > figToken + 60)
            {
                break;
            }

            if (clauses[s.First] != clause || s.First < figToken - 60)
            {
                continue;
            }

            int d = Math.Abs(s.First - figToken);
            if (d < bestDist)
            {
                bestDist = d;
                best = s;
            }
        }

        if (best is null && scopes.Count > 0 && scopes[0].First <= 1)
        {
            best = scopes[0];
        }

        return best;
    }

    /// <summary>Replaces citation markers ("[8]", "[a]", "[note 3]", "[citation needed]") by spaces, keeping offsets.</summary>
    internal static string BlankCitations(string text)
    {
        int open = text.IndexOf('[');
        if (open < 0)
        {
            return text;
        }

        char[]? buffer = null;
        int i = open;
        while (i >= 0 && i < text.Length)
        {
            int close = text.IndexOf(']', i + 1);
            if (close < 0)
            {
                break;
            }

            bool marker = close - i - 1 is > 0 and <= 20;
            for (int k = i + 1; k < close && marker; k++)
            {
                char c = text[k];
                if (!(char.IsLetterOrDigit(c) || c == ' ' || c == '-' || c == ','))
                {
                    marker = false;
                }
            }

            if (marker)
            {
                buffer ??= text.ToCharArray();
                for (int k = i; k <= close; k++)
                {
                    buffer[k] = ' ';
                }

                i = text.IndexOf('[', close + 1);
            }
            else
            {
                i = text.IndexOf('[', i + 1);
            }
        }

        return buffer is null ? text : new string(buffer);
    }

    private sealed class Fig
    {
        public NumberHit Hit;
        public int NpEnd = -1;
        public int WhoStart = -1;
        public int WhoEnd = -1;
        public int Head = -1;
        public int ModifierEnd = -1;
        public int Prefix = -1;
        public string? WhoText;
        public CasualtyCategory? NounCategory;
        public CasualtyCategory? ModifierCategory;
        public CasualtyCategory? Category;
        public int PredEnd = -1;
        public int CueToken = -1;
        public int TextStart = -1;
        public bool HasOther;
        public bool PlusOne;
        public bool IsUpdate;
        public bool IsDuration;
        public bool IsSubsetReference;
        public bool PendingSharedHead;
        public bool IsPercentFig;
        public bool Drop;
        public bool NounHead;
        public bool NoWhoFallback;
        public bool RefersBack;
        public int SharedWith = -1;
        public int Group;
        public EntityRegistry? Registry;

        public string? Who(LexedText t)
        {
            if (WhoText is not null || NoWhoFallback)
            {
                return WhoText;
            }

            if (WhoStart < 0 || WhoEnd <= WhoStart)
            {
                return null;
            }

            int s = WhoStart;
            while (s < WhoEnd && (t.IsQuote(s) || t.W(s) is "the"))
            {
                s++;
            }

            int e = WhoEnd;
            while (e > s && t.IsQuote(e - 1))
            {
                e--;
            }

            if (e <= s)
            {
                return null;
            }

            string text = t.Slice(s, e);
            if (Prefix >= 0)
            {
                text = t.Slice(Prefix, Prefix + 1) + " " + text;
            }

            return text;
        }
    }
}
