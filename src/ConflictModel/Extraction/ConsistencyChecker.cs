using System.Globalization;
using ConflictModel.Recognition;
using NodaTime;

namespace ConflictModel.Extraction;

/// <summary>
/// Finds arithmetic and date relations between the figures of one document and reports whether they hold: infobox
/// totals against per-side and civilian figures, infobox figures against the sums of body figures for their
/// sub-periods, infobox ranges against the span of two body claims, equal infobox and body figures, a body total
/// against its parts, a stated breakdown, a part against its whole, the infobox start date against the first dated
/// event, and the infobox duration against its dates. Nothing is corrected.
/// </summary>
internal sealed class ConsistencyChecker
{
    private readonly DocumentExtraction _x;
    private readonly List<ConsistencyFinding> _findings = [];

    // the relations of _findings: a relation is reported once
    private readonly HashSet<string> _relations = new(StringComparer.Ordinal);

    public ConsistencyChecker(DocumentExtraction extraction) => _x = extraction;

    public List<ConsistencyFinding> Run()
    {
        var infobox = new List<ClaimRecord>();
        var body = new List<ClaimRecord>();
        foreach (var c in _x.Claims)
        {
            if (c.Value is null)
            {
                continue;
            }

            if (c.FromInfobox)
            {
                infobox.Add(c);
            }
            else if (c.Claim.Stance != ClaimStance.Denied)
            {
                body.Add(c);
            }
        }

        InfoboxTotals(infobox);
        InfoboxSumOfPeriods(infobox, body);
        InfoboxRangeOfClaims(infobox, body);
        InfoboxEqualsBody(infobox, body);
        BodyTotals(body);
        Breakdowns();
        PartOfWhole(body);
        StartDate();
        Duration();
        DateArithmetic();
        PresentFromDuration();
        Partitions();
        Comparisons(body);
        ConflictingStarts();
        return _findings;
    }

    private static string F(long v) => DocumentExtraction.Format(v);

    private static string F(Estimate e) => e.High is { } h && h != e.Low ? $"{F(e.Low)}–{F(h)}" : e.High is null && e.Kind is EstimateKind.MoreThan or EstimateKind.AtLeast ? F(e.Low) + "+" : F(e.Low);

    private static string From(ClaimRecord c) => c.FromInfobox ? $"infobox '{c.CellText}'" : $"'{c.SentenceText}'";

    private ConsistencyTerm Term(ClaimRecord c, long value) =>
        new(F(value), value, From(c), c.Claim.Id, c.Claim.Evidence.Span);

    private void Add(ConsistencyKind kind, string relation, bool holds, ConsistencyTerm[] terms, string? note = null)
    {
        if (!_relations.Add(relation))
        {
            return;
        }

        var parts = new string[terms.Length + 1];
        parts[0] = relation;
        for (var i = 0; i < terms.Length; i++)
        {
            parts[i + 1] = terms[i].ClaimId ?? terms[i].Value;
        }

        _findings.Add(new ConsistencyFinding(
            ExtractionIds.ForGroup("ck", _x.DocumentId, parts),
            kind,
            relation,
            holds,
            new EquatableArray<ConsistencyTerm>(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(terms)),
            note));
    }

    // Total: low = sum of the counted figures; high = low + the additional estimates.
    private void InfoboxTotals(List<ClaimRecord> infobox)
    {
        var total = infobox.FirstOrDefault(c => c.IsTotal && !c.IsStrength);
        if (total?.Value is not { } t)
        {
            return;
        }

        var parts = infobox.Where(c => !c.IsTotal && !c.IsStrength && !c.IsAdditional && c.Category is not CasualtyCategory.Wounded).ToList();
        var additional = infobox.Where(c => c.IsAdditional && !c.IsStrength).ToList();
        if (parts.Count >= 2)
        {
            var sum = parts.Sum(p => p.Value!.Value.Low);
            var relation = $"{F(t.Low)} = {string.Join(" + ", parts.Select(p => F(p.Value!.Value.Low)))}";
            Add(ConsistencyKind.SumOfParts, relation + (sum == t.Low ? string.Empty : $" (sum {F(sum)})"), sum == t.Low,
                parts.Select(p => Term(p, p.Value!.Value.Low)).Prepend(Term(total, t.Low)).ToArray(),
                "Infobox total (low end) against the per-side, civilian and unidentified figures.");
        }

        if (t.High is { } high && high != t.Low && additional.Count > 0)
        {
            var sum = t.Low + additional.Sum(a => a.Value!.Value.Low);
            var relation = $"{F(high)} = {F(t.Low)} + {string.Join(" + ", additional.Select(a => F(a.Value!.Value.Low)))}";
            Add(ConsistencyKind.SumOfParts, relation + (sum == high ? string.Empty : $" (sum {F(sum)})"), sum == high,
                additional.Select(a => Term(a, a.Value!.Value.Low)).Prepend(Term(total, t.Low)).Prepend(Term(total, high)).ToArray(),
                "Infobox total (high end) = the counted deaths plus the additional estimated deaths.");
        }
    }

    // An infobox figure with several sub-periods equals the sum of one body figure per sub-period.
    private void InfoboxSumOfPeriods(List<ClaimRecord> infobox, List<ClaimRecord> body)
    {
        List<ClaimRecord>? candidates = null;
        foreach (var ib in infobox)
        {
            if (ib.SubPeriods.Count < 2 || ib.Value is not { High: not null })
            {
                continue;
            }

            var target = ib.Value!.Value.Low;

            // the body figures that may count for a sub-period, then those of each sub-period (none: no sum)
            (candidates ??= []).Clear();
            foreach (var b in body)
            {
                if (b.Category == ib.Category && b.Value is { } v && v.High == v.Low && b.WhoKey is not "total" and not "civilians" && b.Claim.Scope is not null)
                {
                    candidates.Add(b);
                }
            }

            var perPeriod = new List<List<ClaimRecord>>(ib.SubPeriods.Count);
            foreach (var sp in ib.SubPeriods)
            {
                var within = new List<ClaimRecord>();
                foreach (var b in candidates)
                {
                    if (Within(b.Claim.Scope!.Value, sp))
                    {
                        within.Add(b);
                    }
                }

                if (within.Count == 0)
                {
                    break;
                }

                perPeriod.Add(within);
            }

            if (perPeriod.Count < ib.SubPeriods.Count)
            {
                continue; // a sub-period without a body figure
            }

            var found = Search(perPeriod, 0, target, []);
            if (found is null)
            {
                continue;
            }

            var relation = $"{F(target)} = {string.Join(" + ", found.Select(f => F(f.Value!.Value.Low)))}";
            Add(ConsistencyKind.SumOfPeriods, relation, true, found.Select(f => Term(f, f.Value!.Value.Low)).Prepend(Term(ib, target)).ToArray(),
                $"The infobox figure covers {string.Join("; ", ib.SubPeriods.Select(p => p.ToString()))}; one body figure per sub-period.");
        }
    }

    private static List<ClaimRecord>? Search(List<List<ClaimRecord>> perPeriod, int index, long remaining, List<ClaimRecord> chosen)
    {
        if (index == perPeriod.Count)
        {
            return remaining == 0 ? [.. chosen] : null;
        }

        foreach (var c in perPeriod[index])
        {
            var v = c.Value!.Value.Low;
            if (v > remaining || AnyWhoConflict(chosen, c))
            {
                continue;
            }

            chosen.Add(c);
            var r = Search(perPeriod, index + 1, remaining - v, chosen);
            chosen.RemoveAt(chosen.Count - 1);
            if (r is not null)
            {
                return r;
            }
        }

        return null;
    }

    private static bool AnyWhoConflict(List<ClaimRecord> chosen, ClaimRecord c)
    {
        foreach (var x in chosen)
        {
            if (!DocumentExtraction.WhoCompatible(x.WhoKey, c.WhoKey))
            {
                return true;
            }
        }

        return false;
    }

    // A scope lies in a sub-period; an open end counts when the start matches.
    private static bool Within(UncertainDate scope, UncertainDate period)
    {
        if (scope.Earliest is not { } s || period.Earliest is not { } ps || period.Latest is not { } pe)
        {
            return false;
        }

        if (scope.Latest is not { } e)
        {
            return s == ps;
        }

        return s >= ps && e <= pe;
    }

    // An infobox range equals the span of two body claims.
    private void InfoboxRangeOfClaims(List<ClaimRecord> infobox, List<ClaimRecord> body)
    {
        foreach (var ib in infobox.Where(c => c.Value is { High: not null } v && v.High != v.Low && !c.IsTotal))
        {
            var v = ib.Value!.Value;
            ClaimRecord? low = null;
            foreach (var b in body)
            {
                if (b.Category == ib.Category && b.Value is { } bv && bv.High == bv.Low && bv.Low == v.Low && ScopeFits(b, ib))
                {
                    low = b;
                    break;
                }
            }

            if (low is null)
            {
                continue;
            }

            ClaimRecord? high = null;
            foreach (var b in body)
            {
                if (b.Category == ib.Category && b.Value is { } bv && bv.High == bv.Low && bv.Low == v.High && ScopeFits(b, ib)
                    && DocumentExtraction.WhoCompatible(low.WhoKey, b.WhoKey))
                {
                    high = b;
                    break;
                }
            }

            if (high is null)
            {
                continue;
            }

            var relation = $"infobox {F(v)} = [{low.Claim.Claimant.Name} {F(v.Low)}, {high.Claim.Claimant.Name} {F(v.High!.Value)}]";
            Add(ConsistencyKind.RangeOfClaims, relation, true,
                [new ConsistencyTerm(F(v), null, From(ib), ib.Claim.Id, ib.Claim.Evidence.Span), Term(low, v.Low), Term(high, v.High!.Value)],
                "Low end = the lower claim, high end = the higher claim.");
        }
    }

    private static bool ScopeFits(ClaimRecord b, ClaimRecord ib) =>
        ib.Claim.Scope is not { } s || b.Claim.Scope is not { } bs || s.Latest is null || bs.Latest == s.Latest || s.Overlaps(bs);

    // An infobox figure (strength or casualties) equal to a body figure of the same category.
    private void InfoboxEqualsBody(List<ClaimRecord> infobox, List<ClaimRecord> body)
    {
        foreach (var ib in infobox)
        {
            var v = ib.Value!.Value;
            if (v.High is null && !ib.IsStrength)
            {
                continue;
            }

            ClaimRecord? match = null;
            foreach (var b in body)
            {
                if (b.Category == ib.Category && b.Value is { } bv && bv.Low == v.Low && bv.High == v.High)
                {
                    match = b;
                    break;
                }
            }

            if (match is null)
            {
                continue;
            }

            var relation = $"infobox {F(v)} {ib.Claim.Subject.Who ?? ib.Category?.ToString().ToLowerInvariant()} = body {F(match.Value!.Value)} {match.Claim.Subject.Who}".Trim();
            Add(ConsistencyKind.EqualFigures, relation, true,
                [new ConsistencyTerm(F(v), v.High == v.Low ? v.Low : null, From(ib), ib.Claim.Id, ib.Claim.Evidence.Span),
                 new ConsistencyTerm(F(match.Value!.Value), v.High == v.Low ? v.Low : null, From(match), match.Claim.Id, match.Claim.Evidence.Span)],
                "The same figure in the infobox and in the body.");
        }
    }

    // A body figure for both sides equals the sum of two figures for the sides within its scope.
    private void BodyTotals(List<ClaimRecord> body)
    {
        List<ClaimRecord>? parts = null;
        foreach (var t in body)
        {
            if (t.WhoKey != "total" || t.Value is not { } tv || tv.High != tv.Low || t.Claim.Scope is not { } ts)
            {
                continue; // without a scope of its own nothing is within it
            }

            var total = tv.Low;
            (parts ??= []).Clear();
            foreach (var b in body)
            {
                if (!ReferenceEquals(b, t) && b.Category == t.Category && b.WhoKey is not null and not "total"
                    && Math.Abs(b.Paragraph - t.Paragraph) <= 1
                    && b.Value is { } v && v.High == v.Low && b.Claim.Scope is { } s && ts.Contains(s))
                {
                    parts.Add(b);
                }
            }

            for (var i = 0; i < parts.Count; i++)
            {
                for (var j = i + 1; j < parts.Count; j++)
                {
                    if (string.Equals(parts[i].WhoKey, parts[j].WhoKey, StringComparison.Ordinal) || DocumentExtraction.WhoCompatible(parts[i].WhoKey, parts[j].WhoKey) && parts[i].WhoKey is not ("rebels" or "soldiers") && parts[j].WhoKey is not ("rebels" or "soldiers"))
                    {
                        continue;
                    }

                    var a = parts[i].Value!.Value.Low;
                    var b = parts[j].Value!.Value.Low;
                    if (a + b == total)
                    {
                        Add(ConsistencyKind.SumOfParts, $"{F(total)} = {F(a)} + {F(b)}", true,
                            [Term(t, total), Term(parts[i], a), Term(parts[j], b)],
                            "A toll for both sides equals the sum of the tolls for each side.");
                    }
                }
            }
        }
    }

    private static readonly string[] BreakdownCues = ["of which", "of whom", "including", "with", "among them", "among whom"];

    // "killed 31 people, of which 25 were rebel fighters and six were civilians": 31 = 25 + 6.
    private void Breakdowns()
    {
        var sentences = _x.Sentences;
        var withClaims = new bool[sentences.Count];
        foreach (var c in _x.Claims)
        {
            if (!c.FromInfobox && (uint)c.Sentence < (uint)withClaims.Length)
            {
                withClaims[c.Sentence] = true;
            }
        }

        List<NumberMention>? counts = null;
        for (var si = 0; si < sentences.Count; si++)
        {
            if (!withClaims[si])
            {
                continue;
            }

            var s = sentences[si];
            if (!s.MayHoldBreakdown)
            {
                continue;
            }

            if (NumbersOf(s) is not { } numbers || numbers.Count < 3)
            {
                continue; // a breakdown needs a total and two parts
            }

            var dates = s.Mentions;
            (counts ??= []).Clear();
            foreach (var n in numbers)
            {
                if (n.IsPercent || n.IsVague || n.Value.High != n.Value.Low || n.Value.Low <= 0 || InDate(n, dates))
                {
                    continue;
                }

                counts.Add(n);
            }

            for (var i = 0; i + 2 < counts.Count; i++)
            {
                var from0 = counts[i].Span.End;
                var between = s.Lower.AsSpan(from0, Math.Max(0, counts[i + 1].Span.Start - from0));
                if (!ContainsCue(between, BreakdownAnchorSearch, BreakdownCues))
                {
                    continue;
                }

                long sum = 0;
                for (var r = i + 1; r < counts.Count; r++)
                {
                    sum += counts[r].Value.Low;
                }

                if (sum == counts[i].Value.Low)
                {
                    var from = $"'{s.Text}'";
                    var terms = new ConsistencyTerm[counts.Count - i];
                    var relation = new System.Text.StringBuilder();
                    relation.Append(F(counts[i].Value.Low)).Append(" = ");
                    terms[0] = new ConsistencyTerm(counts[i].Text, counts[i].Value.Low, from);
                    for (var r = i + 1; r < counts.Count; r++)
                    {
                        if (r > i + 1)
                        {
                            relation.Append(" + ");
                        }

                        relation.Append(F(counts[r].Value.Low));
                        terms[r - i] = new ConsistencyTerm(counts[r].Text, counts[r].Value.Low, from);
                    }

                    Add(ConsistencyKind.SumOfParts, relation.ToString(), true, terms, "A stated breakdown adds up to its total.");
                    break;
                }
            }
        }

        static bool InDate(NumberMention n, IReadOnlyList<DateMention> dates)
        {
            for (var d = 0; d < dates.Count; d++)
            {
                var span = dates[d].Span;
                if (span.Start <= n.Span.Start && n.Span.End <= span.End)
                {
                    return true;
                }
            }

            return false;
        }
    }

    // A figure for a sub-period is not larger than the figure for the whole (same sentence), and a revised whole.
    private void PartOfWhole(List<ClaimRecord> body)
    {
        Dictionary<string, ClaimRecord>? revisions = null;
        var (grouped, runs) = Group(body, static c => c.Sentence);
        foreach (var (from, to) in runs)
        {
            if (to - from < 2)
            {
                continue; // a part and a whole
            }

            for (var pi = from; pi < to; pi++)
            {
                var part = grouped[pi];
                if (part.WhoKey is null || part.Claim.Scope is not { } ps)
                {
                    continue;
                }

                for (var wi = from; wi < to; wi++)
                {
                    var whole = grouped[wi];
                    if (ReferenceEquals(part, whole) || part.Category != whole.Category || whole.WhoKey is null || !DocumentExtraction.WhoCompatible(part.WhoKey, whole.WhoKey))
                    {
                        continue;
                    }

                    if (whole.Claim.Scope is not { } ws || !ws.Contains(ps) || ps.Earliest == ws.Earliest && ps.Latest == ws.Latest)
                    {
                        continue;
                    }

                    var p = part.Value!.Value.Low;
                    var w = whole.Value!.Value.Low;
                    revisions ??= Revisions();
                    var relation = $"{F(p)} ≤ {F(w)}";
                    var holds = p <= w;
                    ConsistencyTerm[] terms;
                    if (revisions.TryGetValue(whole.Claim.Id, out var revision))
                    {
                        var r = revision.Value!.Value.Low;
                        relation += $" ≤ {F(r)}";
                        holds &= w <= r;
                        terms = [Term(part, p), Term(whole, w), Term(revision, r)];
                    }
                    else
                    {
                        terms = [Term(part, p), Term(whole, w)];
                    }

                    Add(ConsistencyKind.Bound, relation, holds, terms, "A toll for part of the period is within the toll for the whole period (and its revision).");
                }
            }
        }

        // "108 of the missing soldiers" ≤ the missing soldiers stated before in the paragraph
        var sentences = _x.Sentences;
        for (var sIndex = 0; sIndex < sentences.Count; sIndex++)
        {
            var s = sentences[sIndex];
            if (!s.HoldsPartWord)
            {
                continue; // none of the part words below
            }

            var lower = s.Lower;

            foreach (var (word, category) in PartWords)
            {
                var at = lower.IndexOf(word, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                IReadOnlyList<NumberMention> numbers;
                try
                {
                    numbers = _x.Rec.Numbers.Recognize(s.Text[..at]);
                }
                catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or OverflowException or FormatException or IndexOutOfRangeException)
                {
                    continue;
                }

                // loops rather than lambdas: a lambda capturing the sentence would cost an allocation for every
                // sentence of the document, not only for those read here
                NumberMention? n = null;
                for (var k = numbers.Count - 1; k >= 0; k--)
                {
                    if (!numbers[k].IsPercent && numbers[k].Span.End >= at - 2)
                    {
                        n = numbers[k];
                        break;
                    }
                }

                if (n is null)
                {
                    continue;
                }

                var nounKey = _x.WhoKeyOf(s.Text[(at + word.Length)..].Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault());
                ClaimRecord? whole = null;
                for (var k = body.Count - 1; k >= 0; k--)
                {
                    var b = body[k];
                    if (b.Category == category && b.Paragraph == s.Paragraph && b.Sentence <= sIndex && b.Value is { } v
                        && v.Low != n.Value.Low && v.Kind != EstimateKind.Vague && DocumentExtraction.WhoCompatible(b.WhoKey, nounKey))
                    {
                        whole = b;
                        break;
                    }
                }

                if (whole is null)
                {
                    continue;
                }

                var w = whole.Value!.Value.Low;
                Add(ConsistencyKind.Bound, $"{F(n.Value.Low)} ≤ {F(w)}", n.Value.Low <= w,
                    [new ConsistencyTerm(n.Text, n.Value.Low, $"'{s.Text}'"), Term(whole, w)],
                    "A part named as 'N of the ...' is not larger than the group stated before.");
            }
        }
    }

    // The first claim with a figure that supersedes each claim (by the superseded claim's id).
    private Dictionary<string, ClaimRecord> Revisions()
    {
        var result = new Dictionary<string, ClaimRecord>(StringComparer.Ordinal);
        foreach (var c in _x.Claims)
        {
            if (c.Claim.Supersedes is { } old && c.Value is not null)
            {
                result.TryAdd(old, c);
            }
        }

        return result;
    }

    // The items grouped by key as GroupBy would group them (groups in the order of their first item, items in list
    // order within a group), as one list and [from, to) ranges in it. Claims and sentences are listed in reading
    // order, so the list is normally the given list itself.
    private static (List<T> Items, List<(int From, int To)> Runs) Group<T>(IReadOnlyList<T> items, Func<T, int> key)
    {
        var list = items as List<T> ?? [.. items];
        for (var i = 1; i < list.Count; i++)
        {
            if (key(list[i]) < key(list[i - 1]))
            {
                list = list.GroupBy(key).SelectMany(g => g).ToList();
                break;
            }
        }

        var runs = new List<(int From, int To)>();
        var start = 0;
        for (var i = 1; i <= list.Count; i++)
        {
            if (i == list.Count || key(list[i]) != key(list[start]))
            {
                runs.Add((start, i));
                start = i;
            }
        }

        return (list, runs);
    }

    private static readonly (string Word, CasualtyCategory Category)[] PartWords =
        [("of the missing", CasualtyCategory.Missing), ("of the captured", CasualtyCategory.Captured), ("of the dead", CasualtyCategory.Killed), ("of the wounded", CasualtyCategory.Wounded)];

    private static readonly System.Buffers.SearchValues<string> PartWordSearch =
        System.Buffers.SearchValues.Create(PartWords.Select(p => p.Word).ToArray(), StringComparison.Ordinal);

    // the last words of the part words (each part word holds its own) and " other ": rarer starts than "of the"
    private static readonly System.Buffers.SearchValues<string> PartWordOrOtherSearch =
        System.Buffers.SearchValues.Create([.. PartWords.Select(p => p.Word[(p.Word.LastIndexOf(' ') + 1)..]), " other "], StringComparison.Ordinal);

    // The numbers of a sentence, read once per document (null when they cannot be read).
    private IReadOnlyList<NumberMention>? NumbersOf(SentenceInfo s) => ReadNumbers(s, _x.Rec.Numbers);

    /// <summary>Reads (once) and returns the numbers of a sentence (null when they cannot be read).</summary>
    internal static IReadOnlyList<NumberMention>? ReadNumbers(SentenceInfo s, NumberRecognizer numbers)
    {
        if (!s.NumbersRead)
        {
            s.NumbersRead = true;
            try
            {
                s.Numbers = numbers.Recognize(s.Text);
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or OverflowException or FormatException or IndexOutOfRangeException)
            {
                s.Numbers = null;
            }
        }

        return s.Numbers;
    }

    /// <summary>Whether a paragraph may hold a partition ("N other Xs"): the only paragraphs whose numbers
    /// <see cref="Partitions"/> reads.</summary>
    internal static bool MayHoldPartition(string paragraph) => ContainsSpacedWord(paragraph, "other");

    /// <summary>Whether <paramref name="text"/> holds <paramref name="word"/> with a space either side: the letters are
    /// searched first (a first and last letter pair is far rarer than the spaces, so the vectorised search rarely stops
    /// to check), then the spaces around each find.</summary>
    internal static bool ContainsSpacedWord(ReadOnlySpan<char> text, string word)
    {
        var from = 1;
        while (from < text.Length)
        {
            var k = text[from..].IndexOf(word, StringComparison.Ordinal);
            if (k < 0)
            {
                return false;
            }

            var at = from + k;
            var after = at + word.Length;
            if (text[at - 1] == ' ' && after < text.Length && text[after] == ' ')
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }


    /// <summary>Whether a sentence (in lower case) holds a breakdown cue: the only sentences with claims whose
    /// numbers <see cref="Breakdowns"/> reads.</summary>
    internal static bool MayHoldBreakdown(string lowerSentence) => ContainsCue(lowerSentence.AsSpan(), BreakdownAnchorSearch, BreakdownCues);

    /// <summary>Whether <paramref name="text"/> holds one of <paramref name="cues"/>, found through their anchors (each
    /// cue without a leading "of ", which is so frequent that a search for it would stop at every one): at each anchor
    /// found, the cues that contain it there are compared.</summary>
    private static bool ContainsCue(ReadOnlySpan<char> text, System.Buffers.SearchValues<string> anchors, string[] cues)
    {
        var from = 0;
        while (from < text.Length)
        {
            var k = text[from..].IndexOfAny(anchors);
            if (k < 0)
            {
                return false;
            }

            var at = from + k;
            foreach (var cue in cues)
            {
                var start = cue.StartsWith(Of, StringComparison.Ordinal) ? at - Of.Length : at;
                if (start >= 0 && text[start..].StartsWith(cue, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            from = at + 1;
        }

        return false;
    }

    private const string Of = "of ";

    private static System.Buffers.SearchValues<string> Anchors(string[] cues) =>
        System.Buffers.SearchValues.Create(cues.Select(c => c.StartsWith(Of, StringComparison.Ordinal) ? c[Of.Length..] : c).Distinct().ToArray(), StringComparison.Ordinal);

    /// <summary>The bit of <see cref="Cues"/>: a breakdown cue (<see cref="MayHoldBreakdown"/>).</summary>
    internal const int BreakdownCue = 1;

    /// <summary>The bit of <see cref="Cues"/>: a part word ("of the missing"), the only sentences
    /// <see cref="PartOfWhole"/> reads parts in.</summary>
    internal const int PartWordCue = 2;

    /// <summary>The bit of <see cref="Cues"/>: " other " in the lower case, which the text needs to hold " other "
    /// (<see cref="MayHoldPartition"/>).</summary>
    internal const int OtherCue = 4;

    /// <summary>The cues a sentence (in lower case) holds, as bits.</summary>
    internal static int Cues(string lowerSentence)
    {
        var span = lowerSentence.AsSpan();
        var cues = MayHoldBreakdown(lowerSentence) ? BreakdownCue : 0;
        if (span.ContainsAny(PartWordOrOtherSearch))
        {
            // rare: the exact searches
            cues |= (span.ContainsAny(PartWordSearch) ? PartWordCue : 0) | (ContainsSpacedWord(span, "other") ? OtherCue : 0);
        }

        return cues;
    }

    private static readonly System.Buffers.SearchValues<string> BreakdownAnchorSearch = Anchors(BreakdownCues);

    private int IndexOf(SentenceInfo s)
    {
        for (var i = 0; i < _x.Sentences.Count; i++)
        {
            if (ReferenceEquals(_x.Sentences[i], s))
            {
                return i;
            }
        }

        return -1;
    }

    // The infobox start date equals the first dated body event.
    private void StartDate()
    {
        if (_x.SummaryEvent?.Period is not { } period || period.Start.Earliest is not { } start)
        {
            return;
        }

        var first = _x.BodyEvents.FirstOrDefault(e => e.Date is { Earliest: { } d } && e.Evidence.Section is not null
            && e.Date.Value.IsSingleDay && e.Kind is EventKind.Attack or EventKind.Offensive or EventKind.Capture or EventKind.Clashes or EventKind.Bombing);
        if (first?.Date?.Earliest is not { } day)
        {
            return;
        }

        var holds = day == start;
        Add(ConsistencyKind.StartDate, "infobox start date = first dated event", holds,
            [new ConsistencyTerm(Iso(start), null, $"infobox 'Date: {period.Text ?? period.ToString()}'"),
             new ConsistencyTerm(Iso(day), null, $"'{first.Evidence.Sentence}'")],
            holds ? "The first dated event of the body opens the period." : "The first dated event of the body does not fall on the infobox start date.");
    }

    // The parenthesised duration fits the infobox dates.
    private void Duration()
    {
        var box = _x.Article.Infobox;
        if (box?.DurationText is not { Length: > 0 } text || box.Date?.Period is not { } period || period.IsOngoing
            || period.Start.Earliest is not { } start || period.End?.Latest is not { } end)
        {
            return;
        }

        var stated = ReadDuration(text);
        if (stated is null)
        {
            return;
        }

        if (SafePlus(start, stated) is not { } expected)
        {
            return;
        }

        var holds = expected == end;
        var actual = Period.Between(start, end, PeriodUnits.Months | PeriodUnits.Days);
        Add(ConsistencyKind.Duration, $"{Iso(start)} + {text.Trim('(', ')', ' ')} = {Iso(end)}", holds,
            [new ConsistencyTerm(Iso(start), null, "infobox date"), new ConsistencyTerm(text, null, "infobox duration"), new ConsistencyTerm(Iso(end), null, "infobox date")],
            holds ? "The duration fits the dates." : $"{Iso(start)} + {text.Trim('(', ')', ' ')} is {Iso(expected)}, not {Iso(end)}; the dates span {actual.Months} months and {actual.Days} days ({Period.Between(start, end, PeriodUnits.Days).Days} days).");
    }

    // "2 months, 1 week and 3 days" (digits only; anything else is not read).
    private static Period? ReadDuration(string text)
    {
        var words = Words.Tokenize(text.Replace('\u00a0', ' '));
        var builder = new PeriodBuilder();
        var any = false;
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (!int.TryParse(words[i].Span, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                continue;
            }

            switch (words[i + 1].Lower)
            {
                case "year" or "years": builder.Years = n; any = true; break;
                case "month" or "months": builder.Months = n; any = true; break;
                case "week" or "weeks": builder.Weeks = n; any = true; break;
                case "day" or "days": builder.Days = n; any = true; break;
            }
        }

        return any ? builder.Build() : null;
    }

    private static string DayMonth(LocalDate d) => d.ToString("d MMMM", CultureInfo.InvariantCulture);

    // "Around 10 August ... After two weeks of fighting, ... on 24 August": the earlier date plus the duration.
    private void DateArithmetic()
    {
        LocalDate? previous = null;
        string previousText = string.Empty;
        var durations = new List<(int Sentence, DateMention Mention)>();
        for (var si = 0; si < _x.Sentences.Count; si++)
        {
            var s = _x.Sentences[si];
            var mentions = s.Mentions;
            for (var i = 0; i < mentions.Count; i++)
            {
                var m = mentions[i];
                if (m.Kind == DateMentionKind.Duration && m.Duration is not null)
                {
                    durations.Add((si, m)); // for PresentFromDuration
                }

                if (m.Kind == DateMentionKind.Duration && m.Duration is { } duration && previous is { } start)
                {
                    // the lower-case text has the same length and maps char by char
                    var head = s.Lower.AsSpan(0, m.Span.Start).TrimEnd();
                    var isAfter = head.EndsWith("after", StringComparison.Ordinal) || m.Text.StartsWith("after", StringComparison.OrdinalIgnoreCase);
                    DateMention? next = null;
                    for (var k = i + 1; isAfter && k < mentions.Count; k++)
                    {
                        var x = mentions[k];
                        if (x.IsResolved && x.Kind == DateMentionKind.Day && x.Date.IsSingleDay)
                        {
                            next = x;
                            break;
                        }
                    }

                    if (isAfter && next?.Date.Earliest is { } end)
                    {
                        if (SafePlus(start, duration) is not { } expected)
                        {
                            continue;
                        }

                        var words = m.Text.StartsWith("after", StringComparison.OrdinalIgnoreCase) ? m.Text[5..].Trim() : m.Text;
                        var cut = words.IndexOf(" of ", StringComparison.Ordinal);
                        words = cut > 0 ? words[..cut] : words;
                        Add(ConsistencyKind.DateArithmetic, $"{DayMonth(start)} + {words} = {DayMonth(end)}", expected == end,
                            [new ConsistencyTerm(Iso(start), null, $"'{previousText}'"), new ConsistencyTerm(m.Text, null, $"'{s.Text}'"), new ConsistencyTerm(Iso(end), null, $"'{s.Text}'")],
                            expected == end ? "The stated duration leads from the earlier date to the later one." : $"{DayMonth(start)} + {words} is {DayMonth(expected)}.");
                    }
                }

                if (m.IsResolved && m.Kind is DateMentionKind.Day && m.Date.IsSingleDay && m.Date.Earliest is { } d)
                {
                    previous = d;
                    previousText = s.Text;
                }
            }
        }

        _durations = durations;
    }

    // The duration mentions of the sentences in reading order, with their sentence index (found by DateArithmetic).
    private List<(int Sentence, DateMention Mention)>? _durations;

    // "since March 2013. In the three years since": the document's present is the start plus the duration.
    private void PresentFromDuration()
    {
        if (_durations is null)
        {
            _durations = [];
            for (var si = 0; si < _x.Sentences.Count; si++)
            {
                foreach (var m in _x.Sentences[si].Mentions)
                {
                    if (m.Kind == DateMentionKind.Duration && m.Duration is not null)
                    {
                        _durations.Add((si, m));
                    }
                }
            }
        }

        foreach (var (si, m) in _durations)
        {
            var s = _x.Sentences[si];
            var duration = m.Duration!;
            var tail = s.Lower.AsSpan(m.Span.End).TrimStart();
            if (!tail.StartsWith("since", StringComparison.Ordinal) || tail.StartsWith("since the", StringComparison.Ordinal))
            {
                continue;
            }

            var anchor = s.Mentions.LastOrDefault(x => x.Span.End <= m.Span.Start && x.Kind == DateMentionKind.OpenEnd)
                ?? (si > 0 && _x.Sentences[si - 1].Paragraph == s.Paragraph ? _x.Sentences[si - 1].Mentions.LastOrDefault(x => x.Kind == DateMentionKind.OpenEnd) : null);
            if (anchor?.Date.Earliest is not { } start)
            {
                continue;
            }

            if (SafePlus(start, duration) is not { } present)
            {
                continue;
            }

            var monthEnd = present.With(DateAdjusters.EndOfMonth);
            var later = _x.Sentences.SelectMany(x => x.Mentions).Where(x => x.IsResolved && x.YearSource == DateYearSource.Stated && x.Date.Earliest is { } e && e > monthEnd).ToList();
            var years = duration.Years + (duration.Months == 6 ? "½" : string.Empty);
            var relation = $"{start.ToString("MMMM yyyy", CultureInfo.InvariantCulture)} + {years} years = {present.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}";
            if (duration.Months is not (0 or 6))
            {
                relation = $"{start.ToString("MMMM yyyy", CultureInfo.InvariantCulture)} + {m.Text} = {present.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}";
            }

            Add(ConsistencyKind.DateArithmetic, relation, later.Count == 0,
                [new ConsistencyTerm(anchor.Text, null, $"'{(anchor.Span.End <= m.Span.Start ? s.Text : _x.Sentences[si - 1].Text)}'"), new ConsistencyTerm(m.Text, null, $"'{s.Text}'")],
                later.Count == 0
                    ? "Places the document's present; no date with a stated year lies after it."
                    : $"Places the document's present, but {later.Count} date(s) with a stated year lie after it.");
        }
    }

    // "Three groups were pulled out ... One of the retreating groups ... two other groups": 3 = 1 + 2.
    private void Partitions()
    {
        var (sentences, runs) = Group(_x.Sentences, static s => s.Paragraph);
        foreach (var (start, to) in runs)
        {
            // cheap filter: a partition needs "N other Xs" somewhere in the paragraph
            var any = false;
            for (var i = start; i < to && !any; i++)
            {
                any = sentences[i].LowerHoldsOther && MayHoldPartition(sentences[i].Text);
            }

            if (!any)
            {
                continue;
            }

            // the sentence of each part and whole; its quoted text is built only for a finding
            var wholes = new List<(long Value, string Noun, SentenceInfo From)>();
            var parts = new List<(long Value, string Noun, SentenceInfo From)>();
            for (var si = start; si < to; si++)
            {
                var s = sentences[si];
                if (NumbersOf(s) is not { } numbers)
                {
                    continue;
                }

                foreach (var n in numbers)
                {
                    if (n.IsPercent || n.Value.High != n.Value.Low || n.Value.Low > 1000)
                    {
                        continue;
                    }

                    // the (up to five) words after the number, in lower case
                    var after = Words.Tokenize(s.Text, s.Lower, n.Span.End, 5);
                    if (after.Count == 0)
                    {
                        continue;
                    }

                    var first = after[0].Span;
                    if (first.SequenceEqual("other") && after.Count > 1 && IsPlural(after[1].Span))
                    {
                        parts.Add((n.Value.Low, after[1].Lower, s));
                    }
                    else if (first.SequenceEqual("of") && after.Count > 2 && after[1].Span.SequenceEqual("the"))
                    {
                        for (var k = 2; k < after.Count; k++)
                        {
                            if (IsPlural(after[k].Span))
                            {
                                parts.Add((n.Value.Low, after[k].Lower, s));
                                break;
                            }
                        }
                    }
                    else if (IsPlural(first) && n.Value.Low > 1)
                    {
                        wholes.Add((n.Value.Low, after[0].Lower, s));
                    }
                }
            }

            foreach (var whole in wholes)
            {
                var same = parts.Where(p => p.Noun == whole.Noun).ToList();
                if (same.Count >= 2 && same.Sum(p => p.Value) == whole.Value)
                {
                    Add(ConsistencyKind.SumOfParts, $"{F(whole.Value)} = {string.Join(" + ", same.Select(p => F(p.Value)))} ({whole.Noun})", true,
                        same.Select(p => new ConsistencyTerm(F(p.Value), p.Value, $"'{p.From.Text}'")).Prepend(new ConsistencyTerm(F(whole.Value), whole.Value, $"'{whole.From.Text}'")).ToArray(),
                        "A group is divided into parts named later in the paragraph.");
                }
            }
        }
    }

    // Whether the text starts with "only" once in lower case (invariant lower case maps char by char).
    internal static bool StartsWithOnly(string text) =>
        text.Length >= 4 && char.ToLowerInvariant(text[0]) == 'o' && char.ToLowerInvariant(text[1]) == 'n'
        && char.ToLowerInvariant(text[2]) == 'l' && char.ToLowerInvariant(text[3]) == 'y';

    private static bool IsPlural(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] == 's' && word[^2] != 's' && word is not ("days" or "weeks" or "months" or "years" or "hours" or "times" or "was" or "has" or "is");

    // "Only the Homs (80) and Hama (31) provinces saw more car bombings": each > the figure before.
    private void Comparisons(List<ClaimRecord> body)
    {
        var (grouped, runs) = Group(body, static c => c.Sentence);
        foreach (var (from, to) in runs)
        {
            var sentenceText = grouped[from].SentenceText;
            if (!StartsWithOnly(sentenceText))
            {
                continue; // cheap check of the first words, as the lower-case text below would see them
            }

            var text = sentenceText.ToLowerInvariant();
            if (!(text.StartsWith("only", StringComparison.Ordinal) && (text.Contains(" more ", StringComparison.Ordinal) || text.Contains(" fewer ", StringComparison.Ordinal))))
            {
                continue;
            }

            var inSentence = new List<ClaimRecord>();
            for (var i = from; i < to; i++)
            {
                if (grouped[i].Value is not null)
                {
                    inSentence.Add(grouped[i]);
                }
            }

            var first = inSentence.FirstOrDefault();
            if (first is null)
            {
                continue;
            }

            var reference = body.LastOrDefault(b => b.Sentence < first.Sentence && b.Paragraph == first.Paragraph && b.Category == first.Category && b.Value is not null);
            if (reference is null)
            {
                continue;
            }

            var more = text.Contains(" more ", StringComparison.Ordinal);
            var r = reference.Value!.Value.Low;
            var values = inSentence.Select(c => c.Value!.Value.Low).ToList();
            var holds = values.All(v => more ? v > r : v < r);
            var op = more ? " > " : " < ";
            var ordered = more ? values.OrderByDescending(v => v).ToList() : values.Order().ToList();
            Add(ConsistencyKind.Bound, string.Join(op, ordered.Select(F).Append(F(r))), holds,
                inSentence.Select(c => Term(c, c.Value!.Value.Low)).Append(Term(reference, r)).ToArray(),
                "Figures said to be more (or fewer) than an earlier figure of the same kind.");
        }
    }

    // "On 4 March, the group launched an offensive against ... in X" and later "In May 2015, the group launched an offensive
    // against ... in X": one start told twice with dates that do not meet.
    private void ConflictingStarts()
    {
        var starts = new List<ConflictEvent>();
        string? lastSentence = null;
        var lastLaunched = false;
        foreach (var e in _x.BodyEvents)
        {
            if (e.Date is not { Earliest: not null, Latest: not null })
            {
                continue;
            }

            // the events of one sentence share its text: read it once
            var sentence = e.Evidence.Sentence;
            if (!ReferenceEquals(sentence, lastSentence))
            {
                lastSentence = sentence;
                lastLaunched = sentence.Contains("launched an offensive", StringComparison.OrdinalIgnoreCase);
            }

            if (lastLaunched && HasInitiatorAndPlace(e))
            {
                starts.Add(e);
            }
        }

        static bool HasInitiatorAndPlace(ConflictEvent e)
        {
            var initiator = false;
            foreach (var a in e.Actors)
            {
                initiator |= a.Role == ActorRole.Initiator && a.Key is not null;
            }

            if (!initiator)
            {
                return false;
            }

            foreach (var k in e.PlaceKeys)
            {
                if (k is not null)
                {
                    return true;
                }
            }

            return false;
        }

        for (var i = 0; i < starts.Count; i++)
        {
            for (var j = i + 1; j < starts.Count; j++)
            {
                var a = starts[i];
                var b = starts[j];
                var actor = a.Actors.First(x => x.Role == ActorRole.Initiator && x.Key is not null);
                if (!b.Actors.Any(x => x.Role == ActorRole.Initiator && string.Equals(x.Key, actor.Key, StringComparison.Ordinal)))
                {
                    continue;
                }

                var place = a.PlaceKeys.FirstOrDefault(k => k is not null && b.PlaceKeys.Contains(k));
                if (place is null || a.Date!.Value.Overlaps(b.Date!.Value))
                {
                    continue;
                }

                var da = a.Date!.Value;
                var db = b.Date!.Value;
                if (Math.Abs(Period.Between(da.Earliest!.Value, db.Earliest!.Value, PeriodUnits.Days).Days) > 62)
                {
                    continue;
                }

                var name = a.Places[a.PlaceKeys.AsImmutableArray().IndexOf(place)];
                Add(ConsistencyKind.StartDate, $"start of {actor.Name}'s offensive in {name}: {da} = {db}", false,
                    [new ConsistencyTerm(da.ToString(), null, $"'{a.Evidence.Sentence}'"), new ConsistencyTerm(db.ToString(), null, $"'{b.Evidence.Sentence}'")],
                    "Two sentences give the launch of the same actor's offensive in the same place on dates that do not meet.");
            }
        }
    }

    /// <summary>Adds a period to a date, or returns <see langword="null"/> when the result is out of range.</summary>
    internal static LocalDate? SafePlus(LocalDate date, Period period)
    {
        try
        {
            return date.Plus(period);
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or OverflowException or InvalidOperationException)
        {
            return null;
        }
    }

    // "uuuu-MM-dd" written directly for the years 1 to 9999 (the pattern's own output there), else by the pattern.
    internal static string Iso(LocalDate d) => d.Year is >= 1 and <= 9999
        ? string.Create(10, d, static (dest, v) =>
        {
            v.Year.TryFormat(dest[..4], out _, "D4", CultureInfo.InvariantCulture);
            dest[4] = '-';
            v.Month.TryFormat(dest.Slice(5, 2), out _, "D2", CultureInfo.InvariantCulture);
            dest[7] = '-';
            v.Day.TryFormat(dest.Slice(8, 2), out _, "D2", CultureInfo.InvariantCulture);
        })
        : d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
