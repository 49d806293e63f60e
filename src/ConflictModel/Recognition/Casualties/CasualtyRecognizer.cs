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
public sealed class CasualtyRecognizer
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
        var t = new LexedText(BlankCitations(sentence));
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
        var result = new List<CasualtyMention>();
        string blanked = BlankCitations(text);
        foreach (var (start, length) in SentenceSplitter.Split(blanked))
        {
            string sentence = blanked.Substring(start, length);
            var t = new LexedText(sentence);
            foreach (var m in RecognizeLexed(t, text.Substring(start, length), start))
            {
                result.Add(m);
            }
        }

        return result;
    }

    /// <summary>Reads an infobox cell: one side's casualty or strength text, e.g. <c>414 killed (10–11 April; 30
    /// April–10 June)</c>, <c>250+ militants killed, (by 6 December)</c>, <c>Total: 5,641–6,991 killed</c>,
    /// <c>an additional 1,200 combatants and 150 civilians estimated killed</c>, <c>3,000+ militants (by
    /// September)</c>. A parenthesised time ("by 6 December", a date range) becomes the scope; another parenthesised
    /// qualifier ("(reinforcements)") stays in the figure's text. Citation markers are ignored.</summary>
    /// <param name="cell">The cell text.</param>
    /// <param name="isStrength">Whether the cell is a strength cell: every figure is then
    /// <see cref="CasualtyCategory.Strength"/>.</param>
    /// <returns>The figures, in text order; spans are offsets in <paramref name="cell"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cell"/> is null.</exception>
    public IReadOnlyList<CasualtyFigure> ParseCell(string cell, bool isStrength = false)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var t = new LexedText(BlankCitations(cell));
        var hits = _numbers.Scan(t);
        var result = new List<CasualtyFigure>();
        var figs = new List<Fig>();
        foreach (var h in hits)
        {
            if (h.IsPercent)
            {
                continue;
            }

            var f = new Fig { Hit = h };
            ParseNp(t, f, hits);
            if (f.IsDuration)
            {
                continue;
            }

            figs.Add(f);
        }

        ResolveSharedHeads(t, figs);
        for (int i = 0; i < figs.Count; i++)
        {
            var f = figs[i];
            int limit = i + 1 < figs.Count ? figs[i + 1].Hit.FirstToken : t.Count;

            // category words after the group, up to the next figure
            CasualtyCategory? cat = f.NounCategory;
            bool estimated = false;
            int predEnd = f.NpEnd;
            for (int k = f.NpEnd; k < limit && cat is null; k++)
            {
                string w = t.W(k);
                if (w is "estimated" or "est")
                {
                    estimated = true;
                }

                if (t.IsPunct(k, '('))
                {
                    break;
                }

                if (CasualtyWords.IsCue(w, out var c))
                {
                    cat = Combine(t, k, c, out int cueEnd);
                    predEnd = cueEnd;
                }
            }

            // a group sharing a later predicate ("1,200 combatants and 150 civilians estimated killed")
            if (cat is null && t.W(f.NpEnd) == "and" && i + 1 < figs.Count && figs[i + 1].Hit.FirstToken <= f.NpEnd + 2)
            {
                for (int j = i + 1; j < figs.Count && cat is null; j++)
                {
                    int lim2 = j + 1 < figs.Count ? figs[j + 1].Hit.FirstToken : t.Count;
                    for (int k = figs[j].NpEnd; k < lim2; k++)
                    {
                        if (t.W(k) is "estimated")
                        {
                            estimated = true;
                        }

                        if (CasualtyWords.IsCue(t.W(k), out var c2))
                        {
                            cat = Combine(t, k, c2, out _);
                            break;
                        }
                    }
                }
            }

            if (t.W(f.Hit.FirstToken - 1) == "estimated" || (t.W(f.Hit.FirstToken - 1) == "an" && t.W(f.Hit.FirstToken) == "estimated"))
            {
                estimated = true;
            }

            var category = isStrength ? CasualtyCategory.Strength : cat ?? CasualtyCategory.Casualties;

            // a parenthesised scope or qualifier after the figure
            int textEnd = Math.Max(predEnd, f.NpEnd);
            string? scope = null;
            int k2 = textEnd;
            if (t.IsPunct(k2, ','))
            {
                k2++;
            }

            if (t.IsPunct(k2, '(') && k2 < limit + 1)
            {
                int close = k2 + 1;
                while (close < t.Count && !t.IsPunct(close, ')') && close - k2 < 40)
                {
                    close++;
                }

                if (close < t.Count && t.IsPunct(close, ')') && close > k2 + 1)
                {
                    var inner = t.SpanOf(k2 + 1, close);
                    string innerText = cell.Substring(inner.Start, inner.Length).Trim();
                    if (IsTimeLike(t, k2 + 1, close))
                    {
                        scope = innerText;
                    }
                    else
                    {
                        textEnd = close + 1;
                    }
                }
            }

            int textStart = f.Hit.FirstToken;
            var party = PartyOf(t, f, textStart);
            if (party == CasualtyParty.Total && t.W(textStart - 1) == "total" && t.IsPunct(textStart - 1) == false)
            {
                textStart--;
            }
            else if (party == CasualtyParty.Total && t.IsPunct(textStart - 1, ':') && t.W(textStart - 2) == "total")
            {
                textStart -= 2;
            }

            var span = t.SpanOf(textStart, textEnd);
            string text = cell.Substring(span.Start, span.Length);
            var estimate = f.Hit.Value;
            if (estimated && estimate.Kind == EstimateKind.Exact && estimate.Best is { } b)
            {
                estimate = Estimate.Approximately(b);
            }

            if (f.PlusOne)
            {
                estimate = AddOne(estimate);
            }

            string? who = f.Who(t);
            if (party == CasualtyParty.Unknown)
            {
                party = CasualtyParty.Side;
            }

            result.Add(new CasualtyFigure(estimate, category, who, party, text, scope, null, span));
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
        var clauses = Clauses.Compute(t);
        var cues = _attribution.FindCues(t, clauses);
        var scopes = FindScopes(t, hits, clauses);
        var figs = new List<Fig>();
        foreach (var h in hits)
        {
            var f = new Fig { Hit = h, Registry = _attribution.Registry };
            ParseNp(t, f, hits);
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
            (int sFirst, int sEnd)? scope = ChooseScope(scopes, clauses, clause, f.Hit.FirstToken);
            string? scopeText = scope is { } sc ? original.Substring(t.Tokens[sc.sFirst].Start, t.Tokens[sc.sEnd - 1].End - t.Tokens[sc.sFirst].Start) : null;
            TextSpan? scopeSpan = scope is { } sc2 ? Shift(t.SpanOf(sc2.sFirst, sc2.sEnd), offset) : null;
            string? who = f.WhoText ?? f.Who(t);
            var party = PartyOf(t, f, f.Hit.FirstToken);
            if (party == CasualtyParty.Unknown && who is not null)
            {
                party = CasualtyParty.Side;
            }

            var category = f.Category.Value;
            var att = _attribution.Attribute(t, clauses, cues, f.Hit.FirstToken, f.NpEnd, Math.Max(f.PredEnd, f.NpEnd), f.IsUpdate);
            var figure = new CasualtyFigure(estimate, category, who, party, text, scopeText, null, Shift(span, offset));
            result.Add(new CasualtyMention(Shift(span, offset), text, figure, att.Claimant, att.Stance, f.IsUpdate)
            {
                CueSpan = att.CueSpan is { } cs ? Shift(cs, offset) : null,
                ScopeSpan = scopeSpan,
            });
        }

        AddSingularAndDenials(t, original, offset, clauses, cues, figs, result);
        return result;
    }

    private void AddSingularAndDenials(LexedText t, string original, int offset, int[] clauses, List<ClaimCue> cues, List<Fig> figs, List<CasualtyMention> result)
    {
        for (int i = 0; i < t.Count; i++)
        {
            string w = t.W(i);
            int clause = clauses[i];
            bool clauseHasFigure = figs.Exists(f => f.Category is not null && !f.Drop && clauses[Math.Min(f.Hit.FirstToken, clauses.Length - 1)] == clause);

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

            // one person: "the local ISIL commander, a Belgian, was killed"
            if (w == "was" && !clauseHasFigure)
            {
                int c = i + 1;
                while (t.W(c) is "reportedly" or "allegedly" or "also" or "later" or "then" or "subsequently" or "eventually")
                {
                    c++;
                }

                if (!CasualtyWords.IsCue(t.W(c), out var cat) || CasualtyWords.BackwardOnly.Contains(t.W(c)) || t.W(c) is "dying" or "killing")
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
                    if (CasualtyWords.SingularPersons.Contains(t.W(k)))
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
                var att = _attribution.Attribute(t, clauses, cues, s, c + 1, c + 1, false);
                var figure = new CasualtyFigure(Estimate.Exactly(1), cat, who, CasualtyParty.Side, text, null, null, Shift(span, offset));
                result.Add(new CasualtyMention(Shift(span, offset), text, figure, att.Claimant, att.Stance, false) { CueSpan = att.CueSpan is { } cs ? Shift(cs, offset) : null });
            }
        }

        result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
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

    private static bool IsTimeLike(LexedText t, int s, int e)
    {
        string first = t.W(s);
        if (first is "by" or "since" or "until" or "till" or "from" or "between" or "as" or "during" or "ongoing" or "before" or "after" or "throughout")
        {
            return true;
        }

        for (int k = s; k < e; k++)
        {
            if (QuantityLexicon.Months.Contains(t.W(k)))
            {
                return true;
            }

            if (t.IsNumber(k) && t.Lower[k].Length == 4 && t.Lower[k].IndexOf(',') < 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads the counted group after a number: modifiers, a role-noun head, a coordinated second group
    /// without a number, and an "of X" complement.</summary>
    private static void ParseNp(LexedText t, Fig f, List<NumberHit> hits)
    {
        int k = f.Hit.EndToken;
        int n = t.Count;

        // "-men strong": "640-men"
        if (t.IsDash(k) && !t.Tokens[k].SpaceBefore && t.IsWord(k + 1))
        {
            k++;
        }

        while (t.IsQuote(k))
        {
            k++;
        }

        // "20 of his men", "146 of the dead combatants", "36 of these bombings"
        int possessive = -1;
        if (t.W(k) == "of" && CasualtyWords.Determiners.Contains(t.W(k + 1)))
        {
            if (t.W(k + 1) is "whom" or "which")
            {
                f.IsSubsetReference = true;
                f.NpEnd = k + 2;
                return;
            }

            if (t.W(k + 1) is "them")
            {
                f.WhoStart = k + 1;
                f.WhoEnd = k + 2;
                f.Head = k + 1;
                f.NpEnd = k + 2;
                return;
            }

            if (t.W(k + 1) is "his" or "their" or "its" or "her" or "our")
            {
                possessive = k + 1;
            }

            k += 2;
        }
        else if (f.Hit.IsVague && t.W(k) == "of")
        {
            // "hundreds of people", "dozens of insurgents"
            k++;
            if (t.W(k) is "the" or "these" or "those")
            {
                k++;
            }
        }

        if (t.W(k) is "other" or "others")
        {
            f.HasOther = true;
            if (t.W(k) == "others")
            {
                f.WhoStart = k;
                f.WhoEnd = k + 1;
                f.Head = k;
                f.NpEnd = k + 1;
                CheckPlusOne(t, f);
                return;
            }

            k++;
        }
        else if (t.W(k) is "more" or "additional" or "further" or "new")
        {
            k++;
        }

        int start = k;
        int head = -1;
        int steps = 0;
        while (k < n && steps < 8)
        {
            steps++;
            if (t.IsQuote(k))
            {
                k++;
                continue;
            }

            if (t.IsDash(k) && t.IsWord(k + 1) && t.IsWord(k - 1))
            {
                k++;
                continue;
            }

            if (!t.IsWord(k))
            {
                break;
            }

            string w = t.W(k);
            if (t.IsAllCaps(k) && t.Tokens[k].Length >= 2)
            {
                // "IS fighters", "SAA soldiers": an acronym, never the verb "is"
                k++;
                continue;
            }

            if (QuantityLexicon.DurationNouns.Contains(w) && k == start)
            {
                f.IsDuration = true;
                f.NpEnd = k + 1;
                return;
            }

            if (QuantityLexicon.AttackNouns.Contains(w))
            {
                f.NounCategory = CasualtyCategory.Attacks;
                k++;
                if (QuantityLexicon.AttackNouns.Contains(t.W(k)))
                {
                    k++;
                }

                // who made the attacks is the actor of the clause, found later
                f.NpEnd = k;
                f.NounHead = true;
                CheckPlusOne(t, f);
                return;
            }

            if (w == "casualties" || w == "losses" || w == "fatalities" || w == "deaths")
            {
                f.NounCategory = w == "deaths" || w == "fatalities" ? CasualtyCategory.Killed : CasualtyCategory.Casualties;

                // "17 ISIL casualties": who are the words before the noun
                f.NpEnd = k + 1;
                f.NounHead = true;
                if (k > start)
                {
                    f.WhoStart = start;
                    f.WhoEnd = k;
                }

                return;
            }

            if (w is "dead" or "killed" or "wounded" or "injured" or "executed" or "missing" or "captured" && k == start)
            {
                // an adjective before a role noun ("dead combatants"), otherwise the predicate ("414 killed")
                if (QuantityLexicon.RoleNouns.Contains(t.W(k + 1)))
                {
                    CasualtyWords.IsCue(w, out var adj);
                    f.ModifierCategory = adj;
                    k++;
                    continue;
                }

                break;
            }

            if (QuantityLexicon.RoleNouns.Contains(w))
            {
                head = k;
                k++;
                while (QuantityLexicon.RoleNouns.Contains(t.W(k)) && t.IsWord(k))
                {
                    head = k;
                    k++;
                }

                break;
            }

            if (w == "and" && head < 0)
            {
                // "26 Al-Nusra and rebel fighters": a head follows without a number; "70 ISIL and 20 rebel fighters": shared head
                if (StartsHit(hits, k + 1))
                {
                    f.PendingSharedHead = true;
                    break;
                }

                k++;
                continue;
            }

            if (CasualtyWords.NpBreak.Contains(w) || (CasualtyWords.IsCue(w, out _) && !(t.IsCapitalized(k) && k == start && false)))
            {
                break;
            }

            k++;
        }

        if (head >= 0)
        {
            f.Head = head;
            f.WhoStart = possessive >= 0 ? possessive : start;
            f.WhoEnd = head + 1;
            int end = head + 1;

            // "a 640-men strong Islamic State assault force": the force is the group
            if (t.W(head) is "men" or "man" or "fighters" or "troops" or "soldiers" && t.W(end) == "strong")
            {
                int j = end + 1;
                while (j < n && j - end < 7 && t.IsWord(j) && !CasualtyWords.NpBreak.Contains(t.W(j)))
                {
                    if (t.W(j) is "force" or "forces" or "army" or "unit" or "group" or "column" or "convoy" or "contingent" or "detachment" or "battalion" or "brigade")
                    {
                        f.WhoStart = end + 1;
                        f.WhoEnd = j + 1;
                        f.NpEnd = j + 1;
                        f.PredEnd = end + 1;
                        f.NounCategory = CasualtyCategory.Strength;
                        CheckPlusOne(t, f);
                        return;
                    }

                    j++;
                }
            }

            // "rebels and local gunmen", "soldiers and NDF fighters": a second group without a number
            if (t.W(end) == "and" && !StartsHit(hits, end + 1))
            {
                int j = end + 1;
                int limit = Math.Min(n, j + 4);
                while (j < limit && t.IsWord(j) && !CasualtyWords.NpBreak.Contains(t.W(j)) && !QuantityLexicon.RoleNouns.Contains(t.W(j)) && !CasualtyWords.IsCue(t.W(j), out _))
                {
                    j++;
                }

                if (j < n && QuantityLexicon.RoleNouns.Contains(t.W(j)) && !StartsHit(hits, end + 1))
                {
                    f.WhoEnd = j + 1;
                    end = j + 1;
                }
            }

            // "members of the Shaatat tribe", "fighters of Jaysh al-Islam"
            if (t.W(end) == "of" && !StartsHit(hits, end + 1))
            {
                int j = end + 1;
                if (t.W(j) == "the")
                {
                    j++;
                }

                if (t.IsCapitalized(j))
                {
                    int last = j;
                    int m = j;
                    while (m < n && m - j < 6 && (t.IsCapitalized(m) || t.IsDash(m) || EntityKey.IsArticle(t.W(m)) || t.W(m) is "tribe" or "brigade" or "battalion" or "division" or "regiment" or "army" or "forces" or "group" or "front" or "movement" or "clan"))
                    {
                        if (t.IsWord(m))
                        {
                            last = m;
                        }

                        m++;
                    }

                    f.WhoEnd = last + 1;
                    end = last + 1;
                }
            }

            f.NpEnd = end;
        }
        else
        {
            f.NpEnd = k;
            f.ModifierEnd = k;
            if (k > start)
            {
                f.WhoStart = start;
                f.WhoEnd = k;
            }

            // trim trailing "and" of a pending shared head
            while (f.WhoEnd > f.WhoStart && f.WhoStart >= 0 && t.W(f.WhoEnd - 1) is "and")
            {
                f.WhoEnd--;
            }

            if (f.PendingSharedHead)
            {
                f.NpEnd = f.WhoEnd;
            }
        }

        // "Syrian 170 soldiers"
        if (f.Hit.FirstToken > 0 && CasualtyWords.Nationalities.Contains(t.W(f.Hit.FirstToken - 1)) && head >= 0)
        {
            f.Prefix = f.Hit.FirstToken - 1;
        }

        CheckPlusOne(t, f);
    }

    private static void CheckPlusOne(LexedText t, Fig f)
    {
        // "Adnan Bakour and 15 other rebels": the named person counts too
        if (!f.HasOther || t.W(f.Hit.FirstToken - 1) != "and")
        {
            return;
        }

        int k = f.Hit.FirstToken - 2;
        int first = -1;
        while (k >= 0 && t.IsCapitalized(k) && f.Hit.FirstToken - 2 - k < 5)
        {
            first = k;
            k--;
        }

        if (first >= 0)
        {
            f.PlusOne = true;
            f.TextStart = first;
        }
    }

    private static bool StartsHit(List<NumberHit> hits, int token)
    {
        foreach (var h in hits)
        {
            if (h.FirstToken == token)
            {
                return true;
            }

            if (h.FirstToken > token)
            {
                break;
            }
        }

        return false;
    }

    private static void ResolveSharedHeads(LexedText t, List<Fig> figs)
    {
        for (int i = 0; i + 1 < figs.Count; i++)
        {
            var f = figs[i];
            if (f.PendingSharedHead && figs[i + 1].Head >= 0)
            {
                string mods = f.WhoStart >= 0 && f.WhoEnd > f.WhoStart ? t.Slice(f.WhoStart, f.WhoEnd) + " " : string.Empty;
                f.WhoText = mods + t.Slice(figs[i + 1].Head, figs[i + 1].Head + 1);
                f.SharedWith = i + 1;
            }
        }
    }

    /// <summary>Groups figures joined by "and", commas, "as well as", "along with" into one list sharing a predicate.</summary>
    private static void AssignGroups(LexedText t, List<Fig> figs)
    {
        int group = 0;
        for (int i = 0; i < figs.Count; i++)
        {
            if (i > 0)
            {
                var prev = figs[i - 1];
                int a = prev.NpEnd;
                int b = figs[i].Hit.FirstToken;
                if (figs[i].TextStart >= 0)
                {
                    b = figs[i].TextStart;
                }

                bool joined = b >= a && b - a <= 4;
                for (int k = a; k < b && joined; k++)
                {
                    string w = t.W(k);
                    if (!(t.IsPunct(k, ',') || w is "and" or "as" or "well" or "along" or "with" or "plus" or "or"))
                    {
                        joined = false;
                    }
                }

                if (!joined || prev.IsPercentFig != figs[i].IsPercentFig)
                {
                    group++;
                }
            }

            figs[i].Group = group;
        }
    }

    private static void DecideCategory(LexedText t, int[] clauses, List<Fig> figs, int i)
    {
        var f = figs[i];
        int clause = clauses[Math.Min(f.Hit.FirstToken, clauses.Length - 1)];
        if (f.Hit.IsPercent)
        {
            f.IsPercentFig = true;
            if (HasControlCue(t, clauses, clause, f.Hit.FirstToken, f.Hit.EndToken))
            {
                f.Category = CasualtyCategory.TerritorialControlPercent;
                f.WhoText = ControlSubject(t, clauses, clause, f.Hit.FirstToken);
            }

            return;
        }

        // an update: "raised to 86", "was later updated to 200"
        int before = f.Hit.FirstToken - 1;
        if (t.W(before) is "to" or "at")
        {
            int v = before - 1;
            while (v >= 0 && t.W(v) is "later" or "further" or "then" or "subsequently" or "again" or "sharply" or "officially")
            {
                v--;
            }

            if (t.W(before) == "to" && CasualtyWords.UpdateVerbs.Contains(t.W(v)))
            {
                f.IsUpdate = true;
            }
        }
        else if (t.W(before) is "reached" or "reaching" && f.Head < 0)
        {
            f.IsUpdate = true;
        }

        // 1. the group's own noun ("17 ISIL casualties", "1,112 suicide attacks") or adjective ("dead combatants")
        CasualtyCategory? cat = f.NounCategory ?? f.ModifierCategory;
        bool namedGroupNeeded = false;

        // 2. the predicate after the group (this figure's, else the last of its list's)
        if (cat is null && !f.IsUpdate)
        {
            cat = ForwardPredicate(t, clauses, figs, f, out int predEnd);
            if (cat is not null)
            {
                f.PredEnd = predEnd;
            }
            else
            {
                for (int j = i + 1; j < figs.Count && figs[j].Group == f.Group; j++)
                {
                    cat = ForwardPredicate(t, clauses, figs, figs[j], out _);
                    if (cat is not null)
                    {
                        break;
                    }
                }
            }
        }

        // 2b. a frame: "put the number of executed prisoners at 100", "the death toll rose to 60"
        if (cat is null && t.W(f.Hit.FirstToken - 1) is "at" or "to" or "of" or "reached" or "reaching")
        {
            cat = NumberOfFrame(t, clauses, clause, f, figs, i);
        }

        // 3. a word before it ("killing five soldiers", "the death of 241 ISIS fighters and 354 rebels")
        if (cat is null && !f.IsUpdate)
        {
            int firstOfGroup = i;
            while (firstOfGroup > 0 && figs[firstOfGroup - 1].Group == f.Group)
            {
                firstOfGroup--;
            }

            int from = figs[firstOfGroup].TextStart >= 0 ? figs[firstOfGroup].TextStart : figs[firstOfGroup].Hit.FirstToken;
            cat = BackwardCue(t, clauses, clause, from, out int cueTok);
            if (cat is not null)
            {
                f.CueToken = cueTok;
                namedGroupNeeded = true;

                // "the bodies of 70 rebels were delivered ... after they were executed": the fate named later
                if (t.W(cueTok) == "bodies")
                {
                    for (int k = f.NpEnd; k < Math.Min(t.Count, f.NpEnd + 25); k++)
                    {
                        if (t.W(k) is "executed" or "beheaded")
                        {
                            cat = CasualtyCategory.Executed;
                            break;
                        }
                    }
                }
            }
        }

        // 3b. a count in parentheses after a name, "Aleppo (150) and Hasakah (49) provinces witnessed more suicide
        // bombings": what the clause counts
        if (cat is null && t.IsPunct(f.Hit.FirstToken - 1, '(') && t.IsPunct(f.Hit.EndToken, ')') && t.IsCapitalized(f.Hit.FirstToken - 2))
        {
            for (int k = f.Hit.EndToken + 1; k < t.Count && clauses[k] == clause && k - f.Hit.EndToken < 20; k++)
            {
                if (QuantityLexicon.AttackNouns.Contains(t.W(k)))
                {
                    cat = CasualtyCategory.Attacks;
                    break;
                }

                if (CasualtyWords.IsCue(t.W(k), out var c) && !CasualtyWords.Transitive.Contains(t.W(k)))
                {
                    cat = c;
                    break;
                }
            }

            if (cat is not null)
            {
                f.TextStart = f.Hit.FirstToken - 2;
                f.PredEnd = f.Hit.EndToken + 1;
                f.WhoStart = -1;
                f.WhoEnd = -1;
                f.Head = -1;
            }
        }

        // 4. a subset or list after "including": the enclosing figure's category
        if (cat is null && i > 0 && figs[i - 1].Category is { } prevCat && t.W(f.Hit.FirstToken - 1) is "including" or "mostly" or "among" or "of" && clauses[Math.Min(figs[i - 1].Hit.FirstToken, clauses.Length - 1)] == clause)
        {
            cat = prevCat;
        }

        // 5. "the number of dead soldiers was updated to 200", "gave the number of 45", "put the number of executed prisoners at 100"
        if (cat is null)
        {
            cat = NumberOfFrame(t, clauses, clause, f, figs, i);
        }

        if (cat is null)
        {
            return;
        }

        // counts of things ("captured two villages", "seized 3 tanks") are not figures
        if (namedGroupNeeded && f.Head < 0 && !f.NounHead && f.WhoStart >= 0 && f.WhoEnd > f.WhoStart && !f.PendingSharedHead && f.WhoText is null)
        {
            f.Drop = true;
            return;
        }

        // a bare number after "and" or a comma inherits the group of the figure before it ("and 2,850 were wounded")
        if (f.Head < 0 && f.WhoText is null && (f.WhoStart < 0 || f.WhoEnd <= f.WhoStart) && i > 0 && figs[i - 1].Category is not null && t.W(f.Hit.FirstToken - 1) is "and" or "while" or "with")
        {
            f.WhoText = figs[i - 1].WhoText ?? figs[i - 1].Who(t);
        }

        f.Category = cat;
        if (cat == CasualtyCategory.Attacks)
        {
            f.WhoText = f.Registry is { } reg ? ActorBefore(t, reg, clauses, clause, f.TextStart >= 0 ? f.TextStart : f.Hit.FirstToken) : null;
        }
    }

    private static string? ActorBefore(LexedText t, EntityRegistry registry, int[] clauses, int clause, int before)
    {
        int from = before;
        while (from > 0 && clauses[from - 1] == clause && before - from < 25)
        {
            from--;
        }

        string? found = null;
        foreach (var m in registry.FindInTokens(t, from, before))
        {
            if (m.Entity.Kind is EntityKind.Actor or EntityKind.Unit)
            {
                found = m.Text;
            }
        }

        return found;
    }

    private static CasualtyCategory? NumberOfFrame(LexedText t, int[] clauses, int clause, Fig f, List<Fig> figs, int i)
    {
        int k = f.Hit.FirstToken - 1;
        int limit = Math.Max(0, f.Hit.FirstToken - 16);
        int frame = -1;
        for (; k >= limit; k--)
        {
            if (clauses[k] != clause)
            {
                break;
            }

            if (t.W(k) is "number" or "toll" or "tally" or "figure" or "count")
            {
                frame = k;
                break;
            }
        }

        if (frame < 0)
        {
            return null;
        }

        CasualtyCategory? cat = null;
        int roleTok = -1;
        int roleStart = -1;
        for (int m = Math.Max(0, frame - 2); m < f.Hit.FirstToken; m++)
        {
            string w = t.W(m);
            if (cat is null && CasualtyWords.IsCue(w, out var c))
            {
                cat = c == CasualtyCategory.Missing && w == "fate" ? null : c;
            }

            if (roleTok < 0 && m > frame && QuantityLexicon.RoleNouns.Contains(w))
            {
                roleTok = m;
                roleStart = m;
                while (roleStart - 1 > frame && t.IsWord(roleStart - 1) && !CasualtyWords.NpBreak.Contains(t.W(roleStart - 1)) && !CasualtyWords.IsCue(t.W(roleStart - 1), out _) && t.W(roleStart - 1) is not ("of" or "confirmed"))
                {
                    roleStart--;
                }
            }
        }

        if (roleTok >= 0)
        {
            f.WhoText = t.Slice(roleStart, roleTok + 1);
        }
        else if (t.W(frame) == "toll" && frame >= 2 && t.W(frame - 1) == "death" && t.IsWord(frame - 2) && t.W(frame - 2) is not ("the" or "a"))
        {
            // "the rebel death toll"
            f.WhoText = t.Slice(frame - 2, frame - 1);
        }
        else
        {
            // "the number of dead on both sides"
            for (int m = frame + 1; m < f.Hit.FirstToken - 1; m++)
            {
                if (t.W(m) is "on" or "among" && t.IsWord(m + 1))
                {
                    int e = m + 1;
                    while (e < f.Hit.FirstToken && t.IsWord(e) && !CasualtyWords.NpBreak.Contains(t.W(e)))
                    {
                        e++;
                    }

                    if (e > m + 1)
                    {
                        f.WhoText = t.Slice(m + 1, e);
                    }

                    break;
                }
            }
        }

        if (cat is null && i > 0 && figs[i - 1].Category is { } prev)
        {
            f.WhoText ??= figs[i - 1].WhoText ?? figs[i - 1].Who(t);
            cat = prev;
        }

        f.CueToken = frame - (frame >= 1 && t.W(frame - 1) is "death" ? 1 : 0);
        return cat;
    }

    private static CasualtyCategory? ForwardPredicate(LexedText t, int[] clauses, List<Fig> figs, Fig f, out int predEnd)
    {
        predEnd = f.NpEnd;
        int k = f.NpEnd;
        int n = t.Count;
        int clause = clauses[Math.Min(f.Hit.FirstToken, clauses.Length - 1)];
        bool aux = false;
        bool prepSkipped = false;
        int steps = 0;
        while (k < n && steps < 14)
        {
            steps++;
            if (clauses[k] != clause || t.IsPunct(k, ';') || t.IsPunct(k, '.'))
            {
                return null;
            }

            if (StartsFig(figs, k))
            {
                return null;
            }

            if (t.IsPunct(k, '('))
            {
                int close = k + 1;
                while (close < n && !t.IsPunct(close, ')') && close - k < 20)
                {
                    close++;
                }

                k = close + 1;
                continue;
            }

            if (t.IsQuote(k))
            {
                k++;
                continue;
            }

            if (t.IsPunct(k, ','))
            {
                int nx = k + 1;
                while (t.IsQuote(nx))
                {
                    nx++;
                }

                string w2 = t.W(nx);
                if (CasualtyWords.AsideStarters.Contains(w2))
                {
                    int close = nx;
                    while (close < n && !t.IsPunct(close, ',') && !t.IsPunct(close, ';') && clauses[close] == clause && close - nx < 16)
                    {
                        close++;
                    }

                    if (close < n && t.IsPunct(close, ','))
                    {
                        k = close + 1;
                        continue;
                    }

                    return null;
                }

                if (QuantityLexicon.Auxiliaries.Contains(w2) || CasualtyWords.IsCue(w2, out _) || CasualtyWords.Population.Contains(w2))
                {
                    k = nx;
                    continue;
                }

                return null;
            }

            if (!t.IsWord(k))
            {
                return null;
            }

            string w = t.W(k);
            if (CasualtyWords.IsCue(w, out var cat) && !CasualtyWords.BackwardOnly.Contains(w))
            {
                bool bare = f.Head < 0 && (f.WhoStart < 0 || f.WhoEnd <= f.WhoStart);
                if (CasualtyWords.Transitive.Contains(w) && !aux && !bare && TakesObject(t, figs, k + 1))
                {
                    return null;
                }

                if (w is "killing" or "wounding" or "capturing" or "executing" or "injuring" && !aux)
                {
                    return null;
                }

                var combined = Combine(t, k, cat, out int end);
                predEnd = end;
                return combined;
            }

            if (CasualtyWords.Strength.Contains(w))
            {
                predEnd = k + 1;
                return CasualtyCategory.Strength;
            }

            if (CasualtyWords.Population.Contains(w))
            {
                predEnd = k + 1;
                return CasualtyCategory.Population;
            }

            if (w == "unknown" && aux)
            {
                predEnd = k + 1;
                return CasualtyCategory.Missing;
            }

            if (w is "took" && t.W(k + 1) == "part")
            {
                predEnd = k + 2;
                return CasualtyCategory.Strength;
            }

            if (QuantityLexicon.Auxiliaries.Contains(w))
            {
                aux = true;
                k++;
                continue;
            }

            if (!prepSkipped && !aux && CasualtyWords.Prepositions.Contains(w))
            {
                // "50 soldiers from the ambushed group were captured"
                int j = k + 1;
                while (j < n && j - k < 7 && t.IsWord(j) && !QuantityLexicon.Auxiliaries.Contains(t.W(j)) && !CasualtyWords.IsCue(t.W(j), out _))
                {
                    j++;
                }

                if (j < n && (QuantityLexicon.Auxiliaries.Contains(t.W(j)) || (CasualtyWords.IsCue(t.W(j), out _) && !CasualtyWords.Transitive.Contains(t.W(j)))))
                {
                    prepSkipped = true;
                    k = j;
                    continue;
                }

                return null;
            }

            return null;
        }

        return null;
    }

    private static bool StartsFig(List<Fig> figs, int token)
    {
        foreach (var g in figs)
        {
            if (g.Hit.FirstToken == token)
            {
                return true;
            }
        }

        return false;
    }

    private static bool TakesObject(LexedText t, List<Fig> figs, int k)
    {
        if (k >= t.Count)
        {
            return false;
        }

        if (StartsFig(figs, k))
        {
            return true;
        }

        string w = t.W(k);
        return w is "the" or "a" or "an" or "his" or "their" or "its" or "them" or "him" or "her" or "dozens" or "hundreds" or "several" or "all" || (t.IsCapitalized(k) && t.IsWord(k));
    }

    /// <summary>Joins "killed and wounded", "dead or missing", "captured and summarily executed".</summary>
    private static CasualtyCategory Combine(LexedText t, int k, CasualtyCategory first, out int end)
    {
        end = k + 1;
        var cats = new List<CasualtyCategory> { first };
        bool or = false;
        int j = k + 1;
        while (j < t.Count && t.W(j) is "and" or "or" or "and/or")
        {
            int m = j + 1;
            while (t.W(m) is "summarily" or "later" or "then" or "subsequently" or "brutally" or "publicly" or "were" or "was" or "been" or "reportedly")
            {
                m++;
            }

            if (!CasualtyWords.IsCue(t.W(m), out var c) || CasualtyWords.BackwardOnly.Contains(t.W(m)))
            {
                break;
            }

            or |= t.W(j) == "or";
            cats.Add(c);
            end = m + 1;
            j = m + 1;
        }

        if (cats.Count == 1)
        {
            return first;
        }

        bool killed = cats.Contains(CasualtyCategory.Killed);
        if (killed && cats.Contains(CasualtyCategory.Wounded))
        {
            return CasualtyCategory.KilledAndWounded;
        }

        if (killed && cats.Contains(CasualtyCategory.Missing))
        {
            return CasualtyCategory.KilledOrMissing;
        }

        _ = or;
        return cats[^1];
    }

    private static CasualtyCategory? BackwardCue(LexedText t, int[] clauses, int clause, int from, out int cueToken)
    {
        cueToken = -1;
        int k = from - 1;
        int steps = 0;
        while (k >= 0 && steps < 10)
        {
            steps++;
            if (clauses[k] != clause || t.IsPunct(k, ';') || t.IsPunct(k, '.') || t.IsPunct(k, ':'))
            {
                return null;
            }

            string w = t.W(k);
            if (t.IsWord(k))
            {
                if (CasualtyWords.IsCue(w, out var cat) && !(w is "dead" or "died" or "dying" or "missing" or "fled" or "casualties" or "losses"))
                {
                    if (w == "fate")
                    {
                        cueToken = k;
                        return CasualtyCategory.Missing;
                    }

                    cueToken = k;

                    // "killing and wounding dozens"
                    if (t.W(k - 1) == "and" && CasualtyWords.IsCue(t.W(k - 2), out var c0))
                    {
                        cueToken = k - 2;
                        if ((c0 == CasualtyCategory.Killed && cat == CasualtyCategory.Wounded) || (cat == CasualtyCategory.Killed && c0 == CasualtyCategory.Wounded))
                        {
                            return CasualtyCategory.KilledAndWounded;
                        }

                        return cat;
                    }

                    return cat;
                }

                if (CasualtyWords.StrengthBackward.Contains(w))
                {
                    cueToken = k;
                    return CasualtyCategory.Strength;
                }

                if (CasualtyWords.PopulationBackward.Contains(w))
                {
                    cueToken = k;
                    return CasualtyCategory.Population;
                }

                // a finite verb that is not a cue ends the search ("ISIS captured the town and 20 ...")
                if (w is "were" or "was" or "are" or "is" or "had" or "have" or "has")
                {
                    return null;
                }
            }

            k--;
        }

        return null;
    }

    private static bool HasControlCue(LexedText t, int[] clauses, int clause, int first, int end)
    {
        for (int k = Math.Max(0, first - 10); k < Math.Min(t.Count, end + 8); k++)
        {
            if (clauses[k] == clause && CasualtyWords.Control.Contains(t.W(k)))
            {
                return true;
            }
        }

        return false;
    }

    private static string? ControlSubject(LexedText t, int[] clauses, int clause, int first)
    {
        // the nearest capitalised name before the control verb ("ISIS still controlled", "the Army had secured")
        for (int k = first - 1; k >= 0 && first - k < 12 && clauses[k] == clause; k--)
        {
            if (t.IsCapitalized(k) && !(t.W(k) is "this" or "the" or "meanwhile" or "also"))
            {
                int s = k;
                while (s - 1 >= 0 && (t.IsCapitalized(s - 1) || t.IsDash(s - 1)) && !(t.W(s - 1) is "this" or "the" or "meanwhile"))
                {
                    s--;
                }

                string name = t.Slice(s, k + 1);
                return name.EndsWith("’s", StringComparison.Ordinal) || name.EndsWith("'s", StringComparison.Ordinal) ? name[..^2] : name;
            }
        }

        // "brought 75% of the island under Army control"
        for (int k = first + 1; k < t.Count && k - first < 10 && clauses[k] == clause; k++)
        {
            if (t.W(k) == "under" && t.IsCapitalized(k + 1))
            {
                int e = k + 1;
                while (e < t.Count && t.IsCapitalized(e))
                {
                    e++;
                }

                return t.Slice(k + 1, e);
            }
        }

        return null;
    }

    /// <summary>Finds scope phrases: "since X", "by X", "between X and Y Month", "from X until Y", "during the previous
    /// N days", "as of X", "throughout X".</summary>
    private static List<(int First, int End)> FindScopes(LexedText t, List<NumberHit> hits, int[] clauses)
    {
        var scopes = new List<(int, int)>();
        var hitStarts = new HashSet<int>();
        foreach (var h in hits)
        {
            hitStarts.Add(h.FirstToken);
        }

        int n = t.Count;
        for (int i = 0; i < n; i++)
        {
            if (!t.IsWord(i))
            {
                continue;
            }

            string w = t.W(i);
            string nx = t.W(i + 1);
            bool dateNext = t.IsNumber(i + 1) || QuantityLexicon.Months.Contains(nx) || nx is "early" or "mid" or "late" or "the" or "this" or "that" or "then" or "mid-" or "end";
            int end = -1;
            if (w == "since" || (w == "by" && dateNext) || (w == "as" && nx == "of") || (w == "throughout" && dateNext))
            {
                end = ScopeEnd(t, hitStarts, clauses, i + 1);
            }
            else if (w is "between" or "from" && (t.IsNumber(i + 1) || QuantityLexicon.Months.Contains(nx)) && !hitStarts.Contains(i + 1))
            {
                int j = i + 1;
                int month = -1;
                while (j < n && j - i < 12 && !t.IsPunct(j, ',') && !t.IsPunct(j, ';') && !hitStarts.Contains(j))
                {
                    if (QuantityLexicon.Months.Contains(t.W(j)))
                    {
                        month = j;
                    }

                    if (month >= 0 && j > month && !(t.IsNumber(j) || t.IsDash(j) || t.W(j) is "and" or "to" or "until" or "till" || QuantityLexicon.Months.Contains(t.W(j))))
                    {
                        break;
                    }

                    j++;
                }

                if (month >= 0)
                {
                    end = j;
                    while (end > i + 1 && !(t.IsNumber(end - 1) || QuantityLexicon.Months.Contains(t.W(end - 1))))
                    {
                        end--;
                    }
                }
            }
            else if (w is "during" or "over" or "in" or "within" or "for" && nx == "the" && t.W(i + 2) is "previous" or "past" or "last" or "first" or "next" or "following" or "preceding")
            {
                int j = i + 3;
                while (j < n && j - i < 7 && !QuantityLexicon.DurationNouns.Contains(t.W(j)))
                {
                    j++;
                }

                if (j < n && QuantityLexicon.DurationNouns.Contains(t.W(j)))
                {
                    end = j + 1;
                }
            }

            if (end > i + 1)
            {
                scopes.Add((i, end));
                i = end - 1;
            }
        }

        return scopes;
    }

    private static int ScopeEnd(LexedText t, HashSet<int> hitStarts, int[] clauses, int from)
    {
        int j = from;
        int clause = clauses[Math.Min(from, clauses.Length - 1)];
        while (j < t.Count && j - from < 10)
        {
            if (t.IsPunct(j) && !(t.IsDash(j) || t.IsPunct(j, '.')))
            {
                break;
            }

            if (clauses[j] != clause || hitStarts.Contains(j))
            {
                break;
            }

            string w = t.W(j);
            if (t.IsWord(j) && (QuantityLexicon.Auxiliaries.Contains(w) && w is not ("to" or "all" or "both" or "each") || QuantityLexicon.RoleNouns.Contains(w) || CasualtyWords.IsCue(w, out _) && w is not ("capture" or "death")
                || w is "led" or "left" or "saw" or "resulted" or "caused" or "brought" or "according" or "while" or "and" or "killing"))
            {
                break;
            }

            j++;
        }

        while (j > from && t.IsPunct(j - 1))
        {
            j--;
        }

        return j;
    }

    private static (int, int)? ChooseScope(List<(int First, int End)> scopes, int[] clauses, int clause, int figToken)
    {
        (int, int)? best = null;
        int bestDist = int.MaxValue;
        foreach (var s in scopes)
        {
            if (clauses[s.First] != clause)
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
        public int SharedWith = -1;
        public int Group;
        public EntityRegistry? Registry;

        public string? Who(LexedText t)
        {
            if (WhoText is not null)
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
