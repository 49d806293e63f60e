namespace ConflictModel.Recognition;

/// <content>The counted group after a number ("15 other rebels", "members of the X tribe") and lists of figures sharing a predicate.</content>
public sealed partial class CasualtyRecognizer
{
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

            if (t.W(k + 1) is "these" or "those")
            {
                f.RefersBack = true;
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
            if (t.IsAllCaps(k) && t.Tokens[k].Length >= 2 && !CasualtyWords.IsCue(t, k, out _))
            {
                // "IS fighters", "SAA soldiers": an acronym, never the verb "is"
                k++;
                continue;
            }

            bool content = t.Is(k, WordClass.CasualtyContent);
            if (content && k == start && QuantityLexicon.DurationNouns.Contains(w))
            {
                f.IsDuration = true;
                f.NpEnd = k + 1;
                return;
            }

            if (content && QuantityLexicon.AttackNouns.Contains(w))
            {
                f.NounCategory = CasualtyCategory.Attacks;
                k++;
                if (t.Is(k, WordClass.CasualtyContent) && QuantityLexicon.AttackNouns.Contains(t.W(k)))
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
                if (t.Is(k + 1, WordClass.RoleNoun))
                {
                    CasualtyWords.IsCue(w, out var adj);
                    f.ModifierCategory = adj;
                    k++;
                    continue;
                }

                break;
            }

            if (t.Is(k, WordClass.RoleNoun))
            {
                head = k;
                k++;
                while (t.Is(k, WordClass.RoleNoun) && t.IsWord(k))
                {
                    head = k;
                    k++;
                }

                break;
            }

            if (w == "and" && head < 0)
            {
                // "14 Nusra and rebel fighters": a head follows without a number; "40 ISIL and 12 rebel fighters": shared head
                if (StartsHit(hits, k + 1))
                {
                    f.PendingSharedHead = true;
                    break;
                }

                bool headFollows = false;
                for (int j = k + 1; j < n && j <= k + 4; j++)
                {
                    string wj = t.W(j);
                    if (t.Is(j, WordClass.RoleNoun))
                    {
                        headFollows = true;
                        break;
                    }

                    if (!t.IsWord(j) && !t.IsDash(j) || t.Is(j, WordClass.NpBreak) || (CasualtyWords.IsCue(t, j, out _) && !t.Is(j + 1, WordClass.RoleNoun)))
                    {
                        break;
                    }
                }

                if (!headFollows)
                {
                    break;
                }

                k++;
                continue;
            }

            if (t.Is(k, WordClass.NpBreak) || CasualtyWords.IsCue(t, k, out _))
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

            // "a 300-men strong assault force": the force is the group
            if (t.W(head) is "men" or "man" or "fighters" or "troops" or "soldiers" && t.W(end) == "strong")
            {
                int j = end + 1;
                while (j < n && j - end < 7 && t.IsWord(j) && !t.Is(j, WordClass.NpBreak))
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
                while (j < limit && t.IsWord(j) && !t.Is(j, WordClass.NpBreak) && !t.Is(j, WordClass.RoleNoun) && !CasualtyWords.IsCue(t, j, out _))
                {
                    j++;
                }

                if (j < n && t.Is(j, WordClass.RoleNoun) && !StartsHit(hits, end + 1))
                {
                    f.WhoEnd = j + 1;
                    end = j + 1;
                }
            }

            // "members of a tribe", "fighters of Jaysh al-Islam"
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
                f.NpEnd = Math.Max(f.WhoEnd, f.Hit.EndToken);
            }
        }

        // "Syrian 170 soldiers"
        if (f.Hit.FirstToken > 0 && t.Is(f.Hit.FirstToken - 1, WordClass.CasualtyContent) && CasualtyWords.Nationalities.Contains(t.W(f.Hit.FirstToken - 1)) && head >= 0)
        {
            f.Prefix = f.Hit.FirstToken - 1;
        }

        CheckPlusOne(t, f);
    }

    private static void CheckPlusOne(LexedText t, Fig f)
    {
        // "a named commander and 9 other rebels": the named person counts too
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
        // hits are in text order: binary search
        int lo = 0;
        int hi = hits.Count - 1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) / 2);
            int v = hits[mid].FirstToken;
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
}
