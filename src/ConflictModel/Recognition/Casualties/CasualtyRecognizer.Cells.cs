namespace ConflictModel.Recognition;

/// <content>Infobox cells: <see cref="ParseCell"/>.</content>
public sealed partial class CasualtyRecognizer
{
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
        var t = LexedText.For(BlankCitations(cell));
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
            f.NpEnd = Math.Max(f.NpEnd, f.Hit.EndToken);
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
                for (int j = i + 1; j < figs.Count && j <= i + 6 && cat is null; j++)
                {
                    int lim2 = j + 1 < figs.Count ? figs[j + 1].Hit.FirstToken : t.Count;
                    for (int k = figs[j].NpEnd; k < lim2; k++)
                    {
                        if (t.W(k) is "estimated")
                        {
                            estimated = true;
                        }

                        if (CasualtyWords.IsCue(t, k, out var c2))
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

            // a count of equipment ("12 tanks destroyed") is not a count of people
            bool materiel = false;
            for (int k = f.Hit.EndToken; k < f.NpEnd; k++)
            {
                materiel |= t.Is(k, WordClass.CasualtyContent) && CasualtyWords.Materiel.Contains(t.W(k));
            }

            var category = isStrength ? CasualtyCategory.Strength
                : materiel ? CasualtyCategory.Other
                : cat ?? CasualtyCategory.Casualties;

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

    private static bool IsTimeLike(LexedText t, int s, int e)
    {
        string first = t.W(s);
        if (first is "by" or "since" or "until" or "till" or "from" or "between" or "as" or "during" or "ongoing" or "before" or "after" or "throughout")
        {
            return true;
        }

        for (int k = s; k < e; k++)
        {
            if (t.Is(k, WordClass.Month))
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
}
