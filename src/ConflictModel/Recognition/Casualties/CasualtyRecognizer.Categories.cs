namespace ConflictModel.Recognition;

/// <content>What a figure counts: its own noun, the predicate after its list, a cue before it, a "number of" frame, or a statement of control.</content>
public sealed partial class CasualtyRecognizer
{
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
                f.NoWhoFallback = true;
                f.NpEnd = f.Hit.EndToken;
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

            if (t.W(before) == "to" && t.Is(v, WordClass.CasualtyContent) && CasualtyWords.UpdateVerbs.Contains(t.W(v)))
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

                // "the bodies of 18 rebels were found ... after they were executed": the fate named later
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

        // 3b. a count in parentheses after a name, "Homs (80) and Hama (31) provinces saw more car
        // bombings": what the clause counts
        if (cat is null && t.IsPunct(f.Hit.FirstToken - 1, '(') && t.IsPunct(f.Hit.EndToken, ')') && t.IsCapitalized(f.Hit.FirstToken - 2))
        {
            for (int k = f.Hit.EndToken + 1; k < t.Count && clauses[k] == clause && k - f.Hit.EndToken < 20; k++)
            {
                if (t.Is(k, WordClass.CasualtyContent) && QuantityLexicon.AttackNouns.Contains(t.W(k)))
                {
                    cat = CasualtyCategory.Attacks;
                    break;
                }

                if (CasualtyWords.IsCue(t, k, out var c) && !CasualtyWords.Transitive.Contains(t.W(k)))
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
        if (cat is null && i > 0 && figs[i - 1].Category is { } prevCat && t.W(f.Hit.FirstToken - 1) is "including" or "mostly" or "among" or "of" or "which" or "whom" or "them" && clauses[Math.Min(figs[i - 1].Hit.FirstToken, clauses.Length - 1)] == clause)
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

        // counts of things ("captured two villages", "one report", "seized 3 tanks") are not figures, unless the
        // words are the group's own predicate ("76 unidentified killed")
        if (f.Head < 0 && !f.NounHead && f.WhoStart >= 0 && f.WhoEnd > f.WhoStart && !f.PendingSharedHead && f.WhoText is null && (namedGroupNeeded || f.PredEnd < 0))
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
            if (cat is null && CasualtyWords.IsCue(t, m, out var c))
            {
                cat = c == CasualtyCategory.Missing && w == "fate" ? null : c;
            }

            if (roleTok < 0 && m > frame && t.Is(m, WordClass.RoleNoun))
            {
                roleTok = m;
                roleStart = m;
                while (roleStart - 1 > frame && t.IsWord(roleStart - 1) && !t.Is(roleStart - 1, WordClass.NpBreak) && !CasualtyWords.IsCue(t, roleStart - 1, out _) && t.W(roleStart - 1) is not ("of" or "confirmed"))
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
                    while (e < f.Hit.FirstToken && t.IsWord(e) && !t.Is(e, WordClass.NpBreak))
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
                if (t.Is(nx, WordClass.CasualtyFunction) && CasualtyWords.AsideStarters.Contains(w2))
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

                if (t.Is(nx, WordClass.Auxiliary) || (t.Is(nx, WordClass.CasualtyContent) && CasualtyWords.Population.Contains(w2)))
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
            if (CasualtyWords.IsCue(t, k, out var cat) && !CasualtyWords.BackwardOnly.Contains(w))
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

            bool content = t.Is(k, WordClass.CasualtyContent);
            if (content && CasualtyWords.Strength.Contains(w))
            {
                predEnd = k + 1;
                return CasualtyCategory.Strength;
            }

            if (content && CasualtyWords.Population.Contains(w))
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

            if (t.Is(k, WordClass.Auxiliary))
            {
                aux = true;
                k++;
                continue;
            }

            if (!prepSkipped && !aux && t.Is(k, WordClass.CasualtyFunction) && CasualtyWords.Prepositions.Contains(w))
            {
                // "35 soldiers from the ambushed unit were captured"
                int j = k + 1;
                while (j < n && j - k < 7 && t.IsWord(j) && !t.Is(j, WordClass.Auxiliary) && !CasualtyWords.IsCue(t, j, out _))
                {
                    j++;
                }

                if (j < n && (t.Is(j, WordClass.Auxiliary) || (CasualtyWords.IsCue(t, j, out _) && !CasualtyWords.Transitive.Contains(t.W(j)))))
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
        // figures are in text order: binary search
        int lo = 0;
        int hi = figs.Count - 1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) / 2);
            int v = figs[mid].Hit.FirstToken;
            if (v == token)
            {
                return true;
            }

            if (v < token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
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
        int j = k + 1;
        while (j < t.Count && t.W(j) is "and" or "or" or "and/or")
        {
            int m = j + 1;
            while (t.W(m) is "summarily" or "later" or "then" or "subsequently" or "brutally" or "publicly" or "were" or "was" or "been" or "reportedly")
            {
                m++;
            }

            if (!CasualtyWords.IsCue(t, m, out var c) || CasualtyWords.BackwardOnly.Contains(t.W(m)))
            {
                break;
            }

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
            if (t.IsPunct(k, ',') && !(t.W(k + 1) is "and" or "as" or "including" or "with" or "along" or "plus" or "of" or "among" or "mostly" or "mainly" || t.IsNumber(k + 1) || t.W(k + 1) is "at" or "over" or "more" or "some" or "about" or "up" or "nearly" or "almost"))
            {
                return null;
            }

            if (t.IsWord(k))
            {
                if (CasualtyWords.IsCue(t, k, out var cat) && !(w is "dead" or "died" or "dying" or "missing" or "fled" or "casualties" or "losses"))
                {
                    if (w == "fate")
                    {
                        cueToken = k;
                        return CasualtyCategory.Missing;
                    }

                    cueToken = k;

                    // "killing and wounding dozens"
                    if (t.W(k - 1) == "and" && CasualtyWords.IsCue(t, k - 2, out var c0))
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

                if (t.Is(k, WordClass.CasualtyContent) && CasualtyWords.StrengthBackward.Contains(w))
                {
                    cueToken = k;
                    return CasualtyCategory.Strength;
                }

                if (t.Is(k, WordClass.CasualtyContent) && CasualtyWords.PopulationBackward.Contains(w))
                {
                    cueToken = k;
                    return CasualtyCategory.Population;
                }

                // a finite verb that is not a cue ends the search ("ISIS captured the town and 20 ...") and so does
                // another action ("captured the prison, releasing 70 prisoners")
                if (w is "were" or "was" or "are" or "is" or "had" or "have" or "has"
                    || (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal) && w is not ("including" or "during" or "following" or "according" or "regarding" or "concerning" or "totalling" or "totaling" or "numbering")))
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
            if (clauses[k] == clause && t.Is(k, WordClass.CasualtyContent) && CasualtyWords.Control.Contains(t.W(k)))
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

        // "brought 60% of the district under army control"
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
}
