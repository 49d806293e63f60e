using System.Text;
using System.Text.Json;
using ConflictModel.Merge;
using ConflictModel.Pipeline;
using ConflictModel.Tests.Support;
using Xunit.Abstractions;

namespace ConflictModel.Tests.Merge;

/// <summary>
/// Issue 6's cross-document target: read the five seeds with the default pipeline, merge them, and count the entries of
/// ../shared/gold/cross-document.json that come out as stated. Target: at least 18 of 20 (90 %).
/// </summary>
/// <remarks>
/// <para>A gold mention is located by its document and its <c>sentenceStart</c> (the first 8 words of the sentence, or
/// the infobox value / list item for a <c>location</c> mention): every source event whose sentence or title contains
/// it. A mention may have several source events (a sentence with two triggers); it "lands" in each of their merged
/// events.</para>
/// <para>Events are grouped into same-as components (one merged event, plus <see cref="EventRelationKind.SameAs"/>
/// relations). <c>same</c>: some component holds an event of every mention. <c>one-summarises-several</c>: the
/// mentions of one document (the summary side) reach every mention of the other documents: the other mention lands in
/// the same same-as group, or a summary-side mention's group summarises or contains it; at least one is reached through
/// such a relation.</para>
/// </remarks>
public class CrossDocumentGoldTests(ITestOutputHelper output)
{
    /// <summary>What the integration achieves now; raise it as entries are fixed, never above what passes.</summary>
    private const int Floor = 18;

    private static readonly Lazy<MergedTimeline> Timeline = new(() =>
    {
        var pipeline = ConflictModelPipeline.Default;
        var docs = SharedData.SeedIds.Select(id => pipeline.Process(SharedData.SeedText(id), id + ".txt")).ToArray();
        return pipeline.Merge(docs);
    });

    [SharedFact]
    public void CrossDocumentGold_EntriesComeOutAsStated_AtLeastFloor()
    {
        var timeline = Timeline.Value;
        var scorer = new Scorer(timeline);
        var passed = 0;
        var entries = SharedData.CrossDocument().EnumerateArray().ToArray();
        for (var i = 0; i < entries.Length; i++)
        {
            var (ok, detail) = scorer.Score(entries[i]);
            passed += ok ? 1 : 0;
            output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"[{(ok ? "PASS" : "FAIL")}] #{i + 1} {entries[i].GetProperty("relation").GetString()}: {entries[i].GetProperty("event").GetString()}"));
            output.WriteLine(detail);
        }

        output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"TOTAL {passed}/{entries.Length} (target >= 18)"));
        Assert.Equal(20, entries.Length);
        Assert.True(passed >= Floor, $"{passed}/{entries.Length} cross-document entries come out as stated; floor {Floor}.");
    }

    /// <summary>Spot check: every same-as group (one merged event, or merged events linked same-as) that holds reports
    /// from more than one document, and every report in such a group that is none of the gold's mentions. Each was
    /// read by hand; the ones judged correct are listed in <see cref="Judged"/> with a reason, so a new cross-document
    /// merge fails the test until someone reads it.</summary>
    [SharedFact]
    public void CrossDocumentSpotCheck_NoFalseMergesOutsideTheGold()
    {
        var timeline = Timeline.Value;
        var scorer = new Scorer(timeline);
        var goldStarts = SharedData.CrossDocument().EnumerateArray()
            .SelectMany((e, i) => e.GetProperty("mentions").EnumerateArray().Select(m => (Entry: i, Mention: m)))
            .Select(x => (x.Entry, File: x.Mention.GetProperty("file").GetString()!, Start: Normalise(x.Mention.GetProperty("sentenceStart").GetString()!)))
            .ToArray();
        var unjudged = new List<string>();
        var groups = 0;
        foreach (var group in timeline.Events.GroupBy(e => scorer.ComponentOf(e.Id)).OrderBy(g => g.Key))
        {
            var mentions = group.SelectMany(e => e.Mentions).ToArray();
            var documents = mentions.Select(m => m.Document).Distinct(StringComparer.Ordinal).Count();
            if (documents < 2)
            {
                continue;
            }

            groups++;
            var stray = mentions.Where(m => !goldStarts.Any(g => g.File == m.Document && Normalise(m.Text).Contains(g.Start, StringComparison.Ordinal)))
                .Select(m => m.Document[..3] + ": " + string.Join(' ', Normalise(m.Text).Split(' ').Take(8)))
                .Distinct(StringComparer.Ordinal).ToArray();
            // a group may hold the mentions of one gold entry only (entries that share a mention count as one)
            var entries = mentions.Select(m => goldStarts.Where(g => g.File == m.Document && Normalise(m.Text).Contains(g.Start, StringComparison.Ordinal))
                    .Select(g => g.Entry).ToHashSet())
                .Where(set => set.Count > 0).ToArray();
            if (entries.Length > 1 && entries.Skip(1).Aggregate(new HashSet<int>(entries[0]), (acc, set) => { acc.IntersectWith(set); return acc; }).Count == 0)
            {
                unjudged.Add($"group c{group.Key} mixes gold entries " + string.Join(",", entries.SelectMany(x => x).Distinct().Order().Select(x => "#" + (x + 1))));
            }

            output.WriteLine($"group c{group.Key}: {documents} documents, {mentions.Length} mentions, {stray.Length} outside the gold");
            foreach (var m in mentions)
            {
                output.WriteLine($"    {m.Document[..3]}: {Short(Normalise(m.Text))}");
            }

            if (SameArticleTitle(timeline, mentions))
            {
                output.WriteLine("    judged: every report is a reference to an article of the same title");
                continue;
            }

            unjudged.AddRange(stray.Where(k => !Judged.Any(j => k.StartsWith(j, StringComparison.Ordinal))));
        }

        output.WriteLine($"{groups} multi-document same-as groups; reports in them outside the gold and not yet judged: {unjudged.Count}");
        foreach (var u in unjudged)
        {
            output.WriteLine("    UNJUDGED " + u);
        }

        Assert.Empty(unjudged);
    }

    // Reports that sit in a multi-document same-as group without being a gold mention, read by hand and judged
    // correct (key = document prefix + first words of the sentence), with the reason. Spot check of 2026-11-21: the 13
    // multi-document groups (all 000 × 003) each hold the mentions of exactly one gold entry: #1, #3 (the "By late May"
    // sentences), #4–#8, #10–#14, and #2's execution sentence; every member sentence was read and none reports another
    // event, so nothing needed judging. The inverse traps were checked too: 003's "Following this, ISIL
    // captured … Quniya" is not merged with its "Between 1 and 3 July" capture, and 000's two 5 June events are not
    // merged with its 2 June ones. Re-checked after reference events (crossdoc2): 15 multi-document groups; the two new
    // ones are #18's two "Siege of … (years)" references (002 × 004) and the two identical "… clashes (years)" See-also
    // items of 002 and 004 (judged by SameArticleTitle); #20's group joins 002's undated "Siege of …" item with 003's
    // siege and siege-end sentences, and 003's recapture event itself stays apart. Re-checked after news states
    // (crossdoc3): 16 groups; #18's group now also holds 001's "prolonged siege ... since mid-2014" sentence (a gold
    // mention), and 001's other sieges (the "besieged enclave" quote, undated; the airbase's siege of one January day)
    // stay apart from it. #19's new group (001 × 004) holds 004's "… offensive (January 2016)" See-also item, 001's
    // briefing sentence (its "operations in …", dated to the month of the briefing) and 001's "Jan. 2016 raid"
    // sentence: all three are gold mentions; 001's execution event of that sentence stays apart (another kind).
    private static readonly string[] Judged = [];

    // A group made only of "See also" / "Part of" references whose names (before the parenthesised qualifier) are
    // equal: two documents pointing at the same article, which is one event by construction.
    private static bool SameArticleTitle(MergedTimeline timeline, IReadOnlyList<Mention> mentions)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            var source = timeline.SourceEvents.FirstOrDefault(s => string.Equals(s.Id, m.EventId, StringComparison.Ordinal));
            if (source is not { Title: { } title } || source.Evidence.Section is not ("See also" or "infobox") || !source.Evidence.Sentence.EndsWith(title, StringComparison.Ordinal))
            {
                return false;
            }

            var open = title.IndexOf('(', StringComparison.Ordinal);
            names.Add((open > 0 ? title[..open] : title).Trim());
        }

        return names.Count == 1;
    }

    private static string Key(MergedEvent e) =>
        string.Join(" | ", e.Mentions.Select(m => m.Document[..3] + ":" + string.Join(' ', Normalise(m.Text).Split(' ').Take(6))).Order(StringComparer.Ordinal));

    private static string Short(string s) => s.Length <= 140 ? s : s[..140] + "…";

    internal static string Normalise(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '[')
            {
                var j = i + 1;
                while (j < s.Length && char.IsAsciiDigit(s[j]))
                {
                    j++;
                }

                if (j > i + 1 && j < s.Length && s[j] == ']')
                {
                    i = j;
                    continue;
                }
            }

            if (c == '*')
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private sealed class Scorer
    {
        private readonly MergedTimeline _timeline;
        private readonly Dictionary<string, int> _component = new(StringComparer.Ordinal);

        public Scorer(MergedTimeline timeline)
        {
            _timeline = timeline;
            // Same-as components over merged events (union-find).
            var parent = timeline.Events.ToDictionary(e => e.Id, e => e.Id, StringComparer.Ordinal);
            string Find(string x)
            {
                while (!string.Equals(parent[x], x, StringComparison.Ordinal))
                {
                    x = parent[x] = parent[parent[x]];
                }

                return x;
            }

            foreach (var e in timeline.Events)
            {
                foreach (var r in e.Relations.Where(r => r.Kind == EventRelationKind.SameAs && parent.ContainsKey(r.OtherId)))
                {
                    parent[Find(e.Id)] = Find(r.OtherId);
                }
            }

            var roots = timeline.Events.Select(e => Find(e.Id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            foreach (var e in timeline.Events)
            {
                _component[e.Id] = roots.BinarySearch(Find(e.Id), StringComparer.Ordinal);
            }
        }

        public int ComponentOf(string mergedId) => _component[mergedId];

        /// <summary>The merged events a gold mention lands in.</summary>
        public IReadOnlyList<MergedEvent> Locate(JsonElement mention)
        {
            var file = mention.GetProperty("file").GetString()!;
            var start = Normalise(mention.GetProperty("sentenceStart").GetString()!);
            var result = new List<MergedEvent>();
            foreach (var e in _timeline.Events)
            {
                if (e.Mentions.Any(m => string.Equals(m.Document, file, StringComparison.Ordinal) && Matches(m, start)))
                {
                    result.Add(e);
                }
            }

            return result;
        }

        private bool Matches(Mention m, string start)
        {
            if (Normalise(m.Text).Contains(start, StringComparison.Ordinal))
            {
                return true;
            }

            var source = _timeline.SourceEvents.FirstOrDefault(s => string.Equals(s.Id, m.EventId, StringComparison.Ordinal));
            return source is not null
                && (Normalise(source.Evidence.Sentence).Contains(start, StringComparison.Ordinal)
                    || (source.Title is { } t && Normalise(t).Contains(start, StringComparison.Ordinal)));
        }

        public (bool Ok, string Detail) Score(JsonElement entry)
        {
            var relation = entry.GetProperty("relation").GetString();
            var mentions = entry.GetProperty("mentions").EnumerateArray().ToArray();
            var located = mentions.Select(Locate).ToArray();
            var detail = new StringBuilder();
            for (var i = 0; i < mentions.Length; i++)
            {
                detail.Append("    ").Append(mentions[i].GetProperty("file").GetString()![..3]).Append(": ")
                    .Append(mentions[i].GetProperty("sentenceStart").GetString()).Append(" -> ")
                    .AppendLine(located[i].Count == 0 ? "NOT FOUND" : string.Join(", ", located[i].Select(e => $"{e.Id[..Math.Min(8, e.Id.Length)]}(c{_component[e.Id]},{e.Kind},{e.When.Text ?? e.When.ToString()})")));
            }

            if (located.Any(l => l.Count == 0))
            {
                return (false, detail.ToString());
            }

            if (relation == "same")
            {
                var common = located.Select(l => l.Select(e => _component[e.Id]).ToHashSet())
                    .Aggregate((a, b) => { a.IntersectWith(b); return a; });
                return (common.Count > 0, detail.ToString());
            }

            // one-summarises-several: some document D is the summary side; every mention of the other documents lands in
            // the same-as group of one of D's mentions, or is summarised by (or contained in) one of them, and at least
            // one mention is reached through a summarising relation.
            var downward = new Dictionary<int, HashSet<int>>();
            foreach (var e in _timeline.Events)
            {
                foreach (var r in e.Relations.Where(r => r.Kind is EventRelationKind.Summarises or EventRelationKind.Contains && _component.ContainsKey(r.OtherId)))
                {
                    (downward.TryGetValue(_component[e.Id], out var set) ? set : downward[_component[e.Id]] = []).Add(_component[r.OtherId]);
                }
            }

            var files = mentions.Select(m => m.GetProperty("file").GetString()!).Distinct(StringComparer.Ordinal).ToArray();
            foreach (var summaryFile in files)
            {
                var summaryComps = mentions.Select((m, i) => (m, i)).Where(x => x.m.GetProperty("file").GetString() == summaryFile)
                    .SelectMany(x => located[x.i]).Select(e => _component[e.Id]).ToHashSet();
                var below = summaryComps.SelectMany(c => downward.GetValueOrDefault(c) ?? []).ToHashSet();
                var viaSummary = false;
                var all = true;
                for (var i = 0; i < mentions.Length; i++)
                {
                    if (mentions[i].GetProperty("file").GetString() == summaryFile)
                    {
                        continue;
                    }

                    var comps = located[i].Select(e => _component[e.Id]).ToArray();
                    if (comps.Any(summaryComps.Contains))
                    {
                        continue;
                    }

                    if (comps.Any(below.Contains))
                    {
                        viaSummary = true;
                        continue;
                    }

                    all = false;
                }

                if (all && viaSummary)
                {
                    detail.AppendLine("    summary side: " + summaryFile[..3]);
                    return (true, detail.ToString());
                }
            }

            return (false, detail.ToString());
        }
    }
}
