using ConflictModel.Recognition;

namespace ConflictModel.Extraction;

internal sealed partial class DocumentExtraction
{
    private readonly List<(ContestedReason Reason, ClaimRecord A, ClaimRecord B)> _links = [];

    private static bool CategoryFamily(CasualtyCategory? a, CasualtyCategory? b, bool loose)
    {
        if (a == b)
        {
            return true;
        }

        if (!loose || a is null || b is null)
        {
            return false;
        }

        static bool Deaths(CasualtyCategory c) => c is CasualtyCategory.Killed or CasualtyCategory.KilledOrMissing or CasualtyCategory.Casualties or CasualtyCategory.KilledAndWounded or CasualtyCategory.Executed;
        return Deaths(a.Value) && Deaths(b.Value);
    }

    // "later updated to 200" supersedes the earlier figure of the same quantity; a denial attaches to the claim before.
    private void LinkRevisionsAndDenials()
    {
        var body = new List<ClaimRecord>(_claims.Count);
        foreach (var c in _claims)
        {
            if (!c.FromInfobox)
            {
                body.Add(c);
            }
        }

        for (var i = 0; i < body.Count; i++)
        {
            var c = body[i];
            if (c.Claim.Stance == ClaimStance.Denied)
            {
                ClaimRecord? target = null;
                for (var j = i - 1; j >= 0; j--)
                {
                    var p = body[j];
                    if (p.Claim.Stance != ClaimStance.Denied && p.Claim.Subject.Aspect == ClaimAspect.Count && p.Paragraph >= c.Paragraph - 1)
                    {
                        target = p;
                        break;
                    }
                }

                if (target is not null)
                {
                    c.Claim = c.Claim with
                    {
                        Subject = target.Claim.Subject,
                        Scope = c.Claim.Scope ?? target.Claim.Scope,
                    };
                    AttachClaim(target.Claim.Subject.EventId, c.Claim.Id);
                    _links.Add((ContestedReason.Denial, target, c));
                }

                continue;
            }

            if (!c.IsUpdate || c.Claim.Subject.Aspect != ClaimAspect.Count)
            {
                continue;
            }

            ClaimRecord? previous = null;
            for (var j = i - 1; j >= 0; j--)
            {
                var p = body[j];
                if (p.Sentence == c.Sentence || p.Claim.Stance == ClaimStance.Denied || p.IsSubset)
                {
                    continue;
                }

                if (p.Category != c.Category || !WhoCompatible(p.WhoKey, c.WhoKey) || p.WhoKey is "total" != c.WhoKey is "total")
                {
                    continue;
                }

                if (!(p.Cumulative || p.IsUpdate))
                {
                    continue;
                }

                previous = p;
                break;
            }

            if (previous is not null)
            {
                c.Claim = c.Claim with
                {
                    Supersedes = previous.Claim.Id,
                    Scope = c.ScopeIsOwn && c.Claim.Scope is { } own && own.DayCount is null or > 1 ? own : previous.Claim.Scope,
                    Subject = c.Claim.Subject with { EventId = previous.Claim.Subject.EventId },
                };
                c.Cumulative = true;
                _links.Add((ContestedReason.Revision, previous, c));
            }
            else if (c.Claim.Stance == ClaimStance.Updated)
            {
                // a running toll with nothing before it counts from the start of its episode (the section)
                var end = c.Claim.Scope?.Latest;
                if (_sectionFirstDate.TryGetValue(c.Section, out var first) && first?.Earliest is { } start && end is { } e && start <= e)
                {
                    c.Claim = c.Claim with { Scope = UncertainDate.FromBounds(start, e) };
                    c.Cumulative = true;
                }
            }
        }
    }

    // Two figures whose own words name different places are about different quantities (the places of claim i of
    // the list read once, in places[i]).
    private bool NamesOtherPlace(List<ClaimRecord> body, HashSet<string>?[] places, int a, int b)
    {
        var pa = places[a] ??= Places(body[a].Claim.Text);
        if (pa.Count == 0)
        {
            return false;
        }

        var pb = places[b] ??= Places(body[b].Claim.Text);
        return pb.Count > 0 && !pa.Overlaps(pb);
    }

    private HashSet<string> Places(string? text) =>
        text is null ? [] : _rec.Registry.FindAll(text).Where(m => m.Entity.Kind == EntityKind.Place).Select(m => m.Entity.Id).ToHashSet(StringComparer.Ordinal);

    private List<ContestedGroup> FindContested()
    {
        var body = new List<ClaimRecord>();
        foreach (var c in _claims)
        {
            if (!c.FromInfobox && c.Claim.Quantity is not null)
            {
                body.Add(c);
            }
        }

        // one report set against another: "another report put the number at 100"
        for (var i = 0; i < body.Count; i++)
        {
            var c = body[i];
            var name = c.Claim.Claimant.Name;
            var contrast = LowerStartsWith(name, "another") || LowerStartsWith(name, "other ") || LowerStartsWith(name, "a different");
            if (!contrast)
            {
                continue;
            }

            var candidates = body.Take(i).Where(p => p.Paragraph == c.Paragraph && CategoryFamily(p.Category, c.Category, true)).ToList();
            var best = candidates.LastOrDefault(p => p.WhoKey is not null && string.Equals(p.WhoKey, c.WhoKey, StringComparison.Ordinal))
                ?? candidates.LastOrDefault(p => WhoCompatible(p.WhoKey, c.WhoKey))
                ?? candidates.LastOrDefault(p => p.Sentence >= c.Sentence - 1);
            if (best is not null)
            {
                _links.Add((ContestedReason.AlternativeReport, best, c));
                if (!c.ScopeIsOwn)
                {
                    // another report on the same quantity counts over the same time
                    c.Claim = c.Claim with { Scope = best.Claim.Scope };
                }
            }
        }

        // different claimants, one quantity, one scope, different figures (same paragraph)
        var places = new HashSet<string>?[body.Count];

        // what the pairs compare first, read once per claim
        var keys = new (int Paragraph, bool IsSubset, CasualtyCategory? Category, string? WhoKey)[body.Count];
        for (var i = 0; i < body.Count; i++)
        {
            var c = body[i];
            keys[i] = (c.Paragraph, c.IsSubset, c.Category, c.WhoKey);
        }

        for (var i = 0; i < body.Count; i++)
        {
            var ki = keys[i];
            if (ki.IsSubset)
            {
                continue; // every pair with it is left out
            }

            for (var j = i + 1; j < body.Count && keys[j].Paragraph == ki.Paragraph; j++)
            {
                var kj = keys[j];
                if (kj.IsSubset || ki.Category != kj.Category || !WhoCompatible(ki.WhoKey, kj.WhoKey))
                {
                    continue;
                }

                var a = body[i];
                var b = body[j];

                if ((a.WhoKey is null || b.WhoKey is null) && a.Sentence != b.Sentence)
                {
                    continue;
                }

                if (string.Equals(a.Claim.Claimant.Identity, b.Claim.Claimant.Identity, StringComparison.Ordinal))
                {
                    continue;
                }

                if (a.Claim.Scope is not { } sa || b.Claim.Scope is not { } sb || sa.Earliest != sb.Earliest || sa.Latest != sb.Latest)
                {
                    continue;
                }

                if (a.Sentence != b.Sentence && NamesOtherPlace(body, places, i, j))
                {
                    continue;
                }

                if (a.Claim.Quantity == b.Claim.Quantity || _links.Any(l => ReferenceEquals(l.A, a) && ReferenceEquals(l.B, b)))
                {
                    continue;
                }

                if (a.Claim.Quantity is { } qa && b.Claim.Quantity is { } qb && qa.Low == qb.Low && qa.High == qb.High)
                {
                    continue;
                }

                _links.Add((ContestedReason.Disagreement, a, b));
            }
        }

        // union the links into groups (a claim belongs to one group per reason)
        var groups = new List<(ContestedReason Reason, List<ClaimRecord> Members)>();
        foreach (var (reason, a, b) in _links)
        {
            var g = groups.FirstOrDefault(x => x.Reason == reason && (x.Members.Contains(a) || x.Members.Contains(b)));
            if (g.Members is null)
            {
                groups.Add((reason, [a, b]));
                continue;
            }

            if (!g.Members.Contains(a))
            {
                g.Members.Add(a);
            }

            if (!g.Members.Contains(b))
            {
                g.Members.Add(b);
            }
        }

        var result = new List<ContestedGroup>();
        foreach (var (reason, members) in groups)
        {
            members.Sort((x, y) => x.Order.CompareTo(y.Order));
            var first = members[0].Claim;
            var ids = members.Select(m => m.Claim.Id).ToList();
            var about = string.Join(" · ", new[]
            {
                first.Subject.Category?.ToString().ToLowerInvariant(),
                first.Subject.Who,
                first.Scope?.ToString(),
            }.Where(s => !string.IsNullOrEmpty(s)));
            result.Add(new ContestedGroup(
                ExtractionIds.ForGroup("cg", _doc, ids.Prepend(reason.ToString())),
                reason,
                about,
                first.Subject,
                ids.ToEquatableArray()));
        }

        if (result.Count > 1)
        {
            // by the order of the first claim with each group's first id (looked up once per group)
            var keyed = new List<(ContestedGroup Group, int Order)>(result.Count);
            foreach (var g in result)
            {
                keyed.Add((g, FirstOrder(g)));
            }

            keyed.Sort((x, y) => x.Order.CompareTo(y.Order));
            for (var i = 0; i < keyed.Count; i++)
            {
                result[i] = keyed[i].Group;
            }
        }

        return result;

        int FirstOrder(ContestedGroup g)
        {
            var id = g.ClaimIds[0];
            foreach (var c in _claims)
            {
                if (string.Equals(c.Claim.Id, id, StringComparison.Ordinal))
                {
                    return c.Order;
                }
            }

            throw new InvalidOperationException("Sequence contains no matching element");
        }
    }

    // Whether the invariant lower case of a text starts with a lower-case ASCII prefix (lower case maps char by char;
    // a surrogate never maps to ASCII).
    internal static bool LowerStartsWith(string text, string prefix)
    {
        if (text.Length < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if (char.ToLowerInvariant(text[i]) != prefix[i])
            {
                return false;
            }
        }

        return true;
    }
}
