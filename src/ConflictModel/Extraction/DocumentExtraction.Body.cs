using System.Globalization;
using ConflictModel.Formats;
using ConflictModel.Recognition;

namespace ConflictModel.Extraction;

internal sealed partial class DocumentExtraction
{
    private static readonly string[] EpisodeNouns = ["offensive", "battle", "attack", "assault", "operation", "fighting", "siege", "campaign", "clashes", "raid"];
    private static readonly string[] OpenNouns = ["conflict", "war", "infighting", "uprising", "revolution", "crisis", "insurgency"];

    private void ReadBody()
    {
        var paragraphs = new List<(Paragraph P, string? Heading, int Section)>();
        foreach (var p in _article.Lead)
        {
            paragraphs.Add((p, null, -1));
        }

        for (var s = 0; s < _article.Sections.Count; s++)
        {
            var section = _article.Sections[s];
            if (SkippedSections.Contains(section.Heading.Trim().ToLowerInvariant()))
            {
                continue;
            }

            foreach (var p in section.Paragraphs)
            {
                if (p.Kind == ParagraphKind.Prose)
                {
                    paragraphs.Add((p, section.Heading, s));
                }
            }
        }

        IReadOnlyList<IReadOnlyList<DateMention>> dates;
        try
        {
            dates = _rec.Dates.RecognizeParagraphs(paragraphs.Select(p => p.P.Text).ToArray(), _dateContext);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or OverflowException or FormatException or IndexOutOfRangeException)
        {
            _diagnostics.Add(new Diagnostic(0, 0, DiagnosticSeverity.Warning, $"dates could not be read ({ex.Message}); events carry no dates", "CM0504"));
            dates = paragraphs.Select(_ => (IReadOnlyList<DateMention>)[]).ToArray();
        }

        for (var pi = 0; pi < paragraphs.Count; pi++)
        {
            var (p, heading, section) = paragraphs[pi];
            var mentions = dates[pi].Where(m => m.IsResolved && m.Kind != DateMentionKind.Duration).ToList();
            if (!_sectionFirstDate.ContainsKey(section) && mentions.Count > 0)
            {
                _sectionFirstDate[section] = mentions[0].Date;
            }

            ReadParagraph(pi, p, heading, section, mentions, dates[pi]);
        }
    }

    private readonly WordList _sentenceWords = new(64);

    private UncertainDate? _lastParagraphDate;
    private UncertainDate? _paragraphFirstDate;
    private string? _previousParagraphText;
    private int _lastParagraphSection = int.MinValue;

    private static bool IsSince(DateMention m) => m.Kind == DateMentionKind.OpenEnd;

    private void ReadParagraph(int pi, Paragraph p, string? heading, int section, List<DateMention> mentions, IReadOnlyList<DateMention> allMentions)
    {
        // a paragraph with no date of its own continues the previous paragraph of its section
        var opensLater = p.Text.StartsWith("Later", StringComparison.Ordinal) || p.Text.StartsWith("Subsequently", StringComparison.Ordinal);
        UncertainDate? paragraphDate = section == _lastParagraphSection && _dateContext.Mode == DateAnchorMode.Narrative && !opensLater ? _lastParagraphDate : null;
        _paragraphFirstDate = mentions.FirstOrDefault(m => !IsSince(m))?.Date ?? paragraphDate;
        var latestInParagraph = paragraphDate;
        var markers = p.Citations.Select(c => c.TextOffset).ToArray();
        var sentences = SentenceSplitter.Split(p.Text, markers);
        var paragraphHasOther = ConsistencyChecker.MayHoldPartition(p.Text);
        ConflictEvent? lastEvent = null;
        ClaimRecord? previousInParagraph = null;
        var earlierInParagraph = new List<CasualtyMention>();
        Claimant? previousClaimant = null;
        // a sentence's date mentions, and those of them that anchor its time ("since X" does not); refilled per
        // sentence and only read while the sentence is read
        var own = new List<DateMention>();
        var anchors = new List<DateMention>();
        for (var si = 0; si < sentences.Count; si++)
        {
            var sSpan = sentences[si];
            var sentence = p.Text.Substring(sSpan.Start, sSpan.Length);
            var lower = sentence.ToLowerInvariant();
            // the words of this sentence only: the list is refilled for the next one (nothing keeps it)
            var words = _sentenceWords;
            Words.TokenizeInto(words, sentence, lower);
            var allTriggers = _lexicon.Find(sentence, words);
            own.Clear();
            anchors.Clear();
            foreach (var m in mentions)
            {
                if (m.Span.Start >= sSpan.Start && m.Span.End <= sSpan.End)
                {
                    own.Add(m);
                    if (!IsSince(m))
                    {
                        anchors.Add(m);
                    }
                }
            }

            var sentenceDate = anchors.Count > 0 ? anchors[0].Date : paragraphDate;
            var originalSpan = p.ToOriginal(sSpan);
            var evidence = new Evidence(_doc, originalSpan, sentence, heading, CitedReferences(p, sSpan));
            var sentenceIndex = _sentences.Count;
            var info = new SentenceInfo(pi, section, sentence, sentenceDate, originalSpan, SentenceMentions(allMentions, sSpan)) { Lower = lower };
            _sentences.Add(info);

            // events
            var eventDate = EventDate(sentence, own, in sentenceDate, section);
            var sentenceEvents = SentenceEvents(sentence, lower, allTriggers, sSpan, anchors, in eventDate, evidence);
            _events.AddRange(sentenceEvents);
            var claimsBefore = _claims.Count;
            AddControlClaims(sentence, allTriggers, sentenceEvents, evidence, pi, section, _sentences.Count - 1);
            if (sentenceEvents.Count > 0)
            {
                lastEvent = sentenceEvents[^1];
            }

            // claims
            IReadOnlyList<CasualtyMention> hits;
            try
            {
                hits = _rec.Casualty.Recognize(sentence);
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or OverflowException or FormatException or IndexOutOfRangeException)
            {
                _diagnostics.Add(new Diagnostic(0, 0, DiagnosticSeverity.Warning, $"figures in '{sentence}' could not be read ({ex.Message})", "CM0505"));
                hits = [];
            }

            if (paragraphHasOther || ((hits.Count > 0 || _claims.Count > claimsBefore) && info.MayHoldBreakdown))
            {
                // the consistency checks will read this sentence's numbers: read them now, while the sentence's
                // tokens are still in the recognisers' per-thread cache
                ConsistencyChecker.ReadNumbers(info, _rec.Numbers);
            }

            if (hits.Count > 0)
            {
                ReadCountClaims(p, pi, section, sentenceIndex, sentence, lower, words, sSpan, own, anchors, sentenceDate, evidence, sentenceEvents, lastEvent, hits,
                    earlierInParagraph, ref previousInParagraph, ref previousClaimant);
            }

            if (anchors.Count > 0)
            {
                paragraphDate = anchors[^1].Date;
                foreach (var a in anchors)
                {
                    if (latestInParagraph?.Earliest is not { } le || a.Date.Earliest is { } ae && ae > le)
                    {
                        latestInParagraph = a.Date;
                    }
                }
            }
        }

        // a flashback ("On 25 November 2013, ...") does not move the story's date for the paragraphs that follow
        _lastParagraphDate = latestInParagraph;
        _previousParagraphText = p.Text;

        _lastParagraphSection = section;
    }

    // The count claims of one sentence (the casualty figures read in it), in order.
    private void ReadCountClaims(Paragraph p, int pi, int section, int sentenceIndex, string sentence, string lower, WordList words, TextSpan sSpan,
        List<DateMention> own, List<DateMention> anchors, UncertainDate? sentenceDate, Evidence evidence, List<ConflictEvent> sentenceEvents,
        ConflictEvent? lastEvent, IReadOnlyList<CasualtyMention> hits, List<CasualtyMention> earlierInParagraph, ref ClaimRecord? previousInParagraph,
        ref Claimant? previousClaimant)
    {
        var sentenceScope = hits.Count > 0 ? SentenceScope(sentence, lower, sentenceDate, section) : null;
        var anyUpdate = hits.Any(h => h.IsUpdate || h.Stance == ClaimStance.Updated);
        var n = 0;
        foreach (var raw in hits)
        {
            var hit = ClaimLinker.ResolveReferenceBack(ClaimLinker.ResolveSameSource(raw, previousClaimant), earlierInParagraph);
            earlierInParagraph.Add(hit);
            var relSpan = new TextSpan(sSpan.Start + hit.Span.Start, hit.Span.Length);
            var original = p.ToOriginal(relSpan);
            if (original.End > _article.Text.Length)
            {
                continue;
            }

            var originalText = _article.Text.Substring(original.Start, original.Length);
            var isDenial = hit.IsDenial;
            if (!isDenial && !ContainsFigure(originalText, hit.Figure))
            {
                _diagnostics.Add(new Diagnostic(0, 0, DiagnosticSeverity.Info, $"figure '{hit.Text}' not found at its evidence span; left out", "CM0506"));
                continue;
            }

            // the figure's own date: the last date before it in the sentence, else the sentence's
            var figureDate = FigureDate(sentence, lower, words, sSpan, relSpan, anchors, sentenceDate);
            if (figureDate is null && sentenceDate is null && _dateContext.Mode == DateAnchorMode.News && hit.Claimant is { Kind: ClaimantKind.Named } named
                && _previousParagraphText is { } previousText && _lastParagraphDate is { } previousDate
                && Words.Tokenize(named.Name).Any(w => w.Lower.Length > 3 && previousText.Contains(named.Name.Substring(w.Start, w.End - w.Start), StringComparison.Ordinal)))
            {
                // news: a named speaker's figure continues the dated paragraph that introduced the speaker
                figureDate = previousDate;
            }
            var (scope, scopeIsOwn, cumulative) = FigureScope(hit, sentence, lower, sentenceScope, figureDate, own, sSpan, relSpan);

            if ((hit.Figure.Who is null || hit.Figure.Who.StartsWith("other", StringComparison.OrdinalIgnoreCase)) && previousInParagraph is not null && own.Count == 0 && !scopeIsOwn)
            {
                scope = previousInParagraph.Claim.Scope;
                cumulative = previousInParagraph.Cumulative;
            }

            var category = hit.Figure.Category;
            var whoKey = WhoKeyOf(hit.Figure.Who, hit.Figure.Party);
            if (previousInParagraph is not null && (hit.Figure.Who is null && hit.Figure.Text.Contains("other", StringComparison.OrdinalIgnoreCase)
                || hit.Figure.Who is { } w && w.StartsWith("other", StringComparison.OrdinalIgnoreCase)))
            {
                whoKey = previousInParagraph.WhoKey;
            }

            var eventId = cumulative && _summaryEvent is not null ? _summaryEvent.Id : (sentenceEvents.Count > 0 ? sentenceEvents[0].Id : lastEvent?.Id);
            var subject = new ClaimSubject(eventId, ClaimAspect.Count, category, hit.Figure.Who, whoKey);
            var claimant = hit.Claimant ?? Claimant.DocumentItself;
            var claimId = ExtractionIds.ForClaim(_doc, original, CountWhat(category), n++);
            var claimEvidence = evidence with { Span = original };
            var claim = new Claim(claimId, subject, isDenial ? null : hit.Figure.Estimate, null, null, claimant, hit.Stance, scope, claimEvidence, null, hit.Text);
            var rec = new ClaimRecord
            {
                Claim = claim,
                Order = _order++,
                Paragraph = pi,
                Section = section,
                Sentence = sentenceIndex,
                SentenceText = sentence,
                Cumulative = cumulative,
                IsUpdate = hit.IsUpdate || hit.Stance == ClaimStance.Updated || (anyUpdate && !isDenial),
                IsSubset = IsSubsetPhrase(hit.Text, lower, hit.Span.Start),
                ScopeIsOwn = scopeIsOwn,
            };
            _claims.Add(rec);
            AttachClaim(eventId, claimId);
            previousInParagraph = rec;
            if (hit.Claimant is not null)
            {
                previousClaimant = hit.Claimant;
            }
        }
    }

    // The numbered references cited by a sentence, each once, in marker order.
    private static EquatableArray<int> CitedReferences(Paragraph p, TextSpan sSpan)
    {
        List<int>? numbers = null;
        foreach (var c in p.Citations)
        {
            if (c.TextOffset >= sSpan.Start && c.TextOffset <= sSpan.End && c.ReferenceNumber is { } n && !(numbers?.Contains(n) ?? false))
            {
                (numbers ??= []).Add(n);
            }
        }

        return numbers is null ? EquatableArray<int>.Empty : numbers.ToEquatableArray();
    }

    // The date mentions inside a sentence, with spans relative to the sentence.
    private static DateMention[] SentenceMentions(IReadOnlyList<DateMention> all, TextSpan sSpan)
    {
        // index loops: a foreach over the interface would box an enumerator per call
        var count = 0;
        for (var i = 0; i < all.Count; i++)
        {
            var m = all[i];
            if (m.Span.Start >= sSpan.Start && m.Span.End <= sSpan.End)
            {
                count++;
            }
        }

        if (count == 0)
        {
            return [];
        }

        var result = new DateMention[count];
        var k = 0;
        for (var i = 0; i < all.Count; i++)
        {
            var m = all[i];
            if (m.Span.Start >= sSpan.Start && m.Span.End <= sSpan.End)
            {
                result[k++] = m with { Span = new TextSpan(m.Span.Start - sSpan.Start, m.Span.Length) };
            }
        }

        return result;
    }

    // The date a figure counts: a period right after it in its clause ("1,112 attacks throughout 2016"), else the
    // last date before it in the sentence, else the sentence's date; a present-perfect sentence without a date of
    // its own is not tied to the narrative date.
    private static UncertainDate? FigureDate(string sentence, string lower, WordList words, TextSpan sSpan, TextSpan relSpan, List<DateMention> anchors, UncertainDate? sentenceDate)
    {
        DateMention? after = null;
        foreach (var m in anchors)
        {
            if (m.Span.Start >= relSpan.End && m.Span.Start - relSpan.End <= 80
                && m.Kind is DateMentionKind.Year or DateMentionKind.Period or DateMentionKind.DayRange or DateMentionKind.Month or DateMentionKind.Relative
                && !sentence.AsSpan(relSpan.End - sSpan.Start, m.Span.Start - relSpan.End).Contains(';'))
            {
                after = m;
                break;
            }
        }

        if (after is not null && (after.Kind != DateMentionKind.Relative || after.Date.DayCount > 1))
        {
            return after.Date;
        }

        DateMention? before = null;
        for (var k = anchors.Count - 1; k >= 0; k--)
        {
            if (anchors[k].Span.Start < relSpan.Start)
            {
                before = anchors[k];
                break;
            }
        }

        if (before is not null)
        {
            // "On 26 August 2014, X reported that since ... 9 April, N were killed": a count cannot start after the
            // day it was reported; the year of the inner date is then unknown, so no date is asserted
            if (!ReferenceEquals(before, anchors[0]) && anchors[0].Date.Latest is { } reported && before.Date.Earliest is { } counted
                && counted > reported && sentence.Contains("since", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            return before.Date;
        }

        if (anchors.Count > 0)
        {
            return anchors[0].Date;
        }

        return IsPresentPerfect(words) || HasOwnUnresolvedTime(lower, relSpan.End - sSpan.Start) ? null : sentenceDate;
    }

    private static readonly string[] EpisodeTail = ["of the fighting", "of the offensive", "of the battle", "of the attack", "of the siege", "of the assault"];

    // "approximately 25 troops were killed during the first hours of the assault": the figure names its own time,
    // which no date resolves, so it does not take the paragraph's date. Likewise "executed ... following their
    // capture of X": the time hangs on another event.
    private static bool HasOwnUnresolvedTime(string lower, int from)
    {
        var tail = lower.AsSpan(Math.Clamp(from, 0, lower.Length));
        var during = tail.IndexOf("during the ", StringComparison.Ordinal);
        if (during >= 0)
        {
            var window = tail.Slice(during, Math.Min(60, tail.Length - during));
            foreach (var e in EpisodeTail)
            {
                if (window.Contains(e, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return tail.Contains("following their capture", StringComparison.Ordinal) || tail.Contains("following its capture", StringComparison.Ordinal);
    }

    private static bool IsPresentPerfect(WordList words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i].Span is "have" or "has")
            {
                for (var k = i + 1; k < words.Count && k <= i + 2; k++)
                {
                    var wk = words[k].Span;
                    if (wk.EndsWith("ed", StringComparison.Ordinal) && !wk.SequenceEqual("reported") || wk is "fled" or "been" or "left" or "taken")
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool IsSubsetPhrase(string text, string lowerSentence, int start)
    {
        var t = text.ToLowerInvariant();
        if (t.Contains(" of the ", StringComparison.Ordinal) || t.Contains(" of them", StringComparison.Ordinal) || t.Contains(" of whom", StringComparison.Ordinal)
            || t.Contains(" of these ", StringComparison.Ordinal) || t.Contains(" of those ", StringComparison.Ordinal))
        {
            return true;
        }

        var head = lowerSentence.AsSpan(0, Math.Clamp(start, 0, lowerSentence.Length)).TrimEnd(" ,");
        return head.EndsWith("including", StringComparison.Ordinal) || head.EndsWith("of which", StringComparison.Ordinal)
            || head.EndsWith("of whom", StringComparison.Ordinal) || head.EndsWith("among them", StringComparison.Ordinal)
;
    }

    // The scope a whole sentence gives its figures: "since the start of the offensive" → offensive start .. date.
    private static readonly System.Buffers.SearchValues<string> ScopeCues = System.Buffers.SearchValues.Create(
        ["since the ", "from the start of the ", "in the battle for ", "in the battle of ", "during the battle for ", "in the fighting for "], StringComparison.Ordinal);

    private (UncertainDate? Scope, bool Cumulative, int At)? SentenceScope(string sentence, string lower, UncertainDate? sentenceDate, int section)
    {
        // every phrase read below contains one of the cues (or the sentence opens with "overall")
        if (!lower.AsSpan().ContainsAny(ScopeCues) && !lower.StartsWith("overall", StringComparison.Ordinal))
        {
            return null;
        }

        var at = IndexOfAny(lower, ["since the start of the ", "since the beginning of the ", "since the start of ", "since the beginning of ", "from the start of the "]);
        if (at.Index >= 0)
        {
            var words = Words.Tokenize(lower, lower, at.Index + at.Length, 3).Lowers();
            if (words.Any(w => OpenNouns.Contains(w)))
            {
                return (sentenceDate is { Latest: { } l } ? UncertainDate.FromBounds(null, l) : null, true, at.Index);
            }

            if (words.Any(w => EpisodeNouns.Contains(w)))
            {
                var start = EpisodeStart(words, section);
                if (start is { } s && sentenceDate is { Latest: { } end } && end >= s)
                {
                    return (UncertainDate.FromBounds(s, end), true, at.Index);
                }

                return (sentenceDate is { Latest: { } l2 } ? UncertainDate.FromBounds(null, l2) : null, true, at.Index);
            }
        }

        // "since the rebel attack on X started", "since the fighting began": open start
        var since = lower.IndexOf("since the ", StringComparison.Ordinal);
        if (since >= 0)
        {
            var tail = Words.Tokenize(lower, lower, since, 10).Lowers();
            if (tail.Contains("started") || tail.Contains("began") || tail.Contains("begun"))
            {
                return (sentenceDate is { Latest: { } l } ? UncertainDate.FromBounds(null, l) : null, true, since);
            }
        }

        // "in the battle for X", "Overall, ...": from the first mention of X to the date
        var battle = IndexOfAny(lower, ["in the battle for ", "in the battle of ", "during the battle for ", "in the fighting for "]);
        if (battle.Index >= 0 && sentenceDate is { Latest: { } last })
        {
            var name = sentence.Substring(battle.Index + battle.Length);
            var cut = name.IndexOfAny([',', '.', ';', '(']);
            name = (cut >= 0 ? name[..cut] : name).Trim();
            var first = _sentences.FirstOrDefault(s => s.Date is not null && s.Text.Contains(name, StringComparison.OrdinalIgnoreCase));
            if (name.Length > 0 && first?.Date?.Earliest is { } startDay && startDay <= last)
            {
                return (UncertainDate.FromBounds(startDay, last), true, battle.Index);
            }
        }

        // "Overall, ..." sums up the paragraph: from its first date to the sentence's date
        if (lower.StartsWith("overall", StringComparison.Ordinal) && _paragraphFirstDate?.Earliest is { } pStart && sentenceDate is { Latest: { } pEnd } && pStart <= pEnd)
        {
            return (UncertainDate.FromBounds(pStart, pEnd), pStart != pEnd, 0);
        }

        return null;
    }

    private NodaTime.LocalDate? EpisodeStart(List<string> nounWords, int section)
    {
        var heading = section >= 0 && section < _article.Sections.Count ? _article.Sections[section].Heading.ToLowerInvariant() : string.Empty;
        var noun = nounWords.FirstOrDefault(w => EpisodeNouns.Contains(w)) ?? string.Empty;
        var summaryStart = _summaryEvent?.Period?.Start.Earliest;
        var summaryKindMatches = _summaryEvent is { } se && (
            noun is "offensive" or "campaign" or "operation" && se.Kind == EventKind.Offensive
            || noun is "battle" && se.Kind == EventKind.Battle
            || noun is "siege" && se.Kind == EventKind.Siege);
        if (heading.Contains(noun, StringComparison.Ordinal) && !(summaryKindMatches && noun != "battle") && _sectionFirstDate.TryGetValue(section, out var sf) && sf?.Earliest is { } sectionStart)
        {
            return sectionStart;
        }

        if (summaryStart is not null)
        {
            return summaryStart;
        }

        return _sectionFirstDate.TryGetValue(section, out var f) ? f?.Earliest : null;
    }

    private (UncertainDate? Scope, bool Own, bool Cumulative) FigureScope(CasualtyMention hit, string sentence, string lower, (UncertainDate? Scope, bool Cumulative, int At)? sentenceScope, UncertainDate? figureDate, List<DateMention> own, TextSpan sSpan, TextSpan relSpan)
    {
        if (hit.Figure.Scope is { } given)
        {
            return (given, true, given.DayCount is null or > 1);
        }

        if (sentenceScope is { } ss && SameClause(sentence, relSpan.Start - sSpan.Start, ss.At))
        {
            return (ss.Scope, true, ss.Cumulative);
        }

        // "since 30 April": an open-ended explicit date in the sentence
        foreach (var m in own)
        {
            if (m.Kind == DateMentionKind.OpenEnd && lower.Contains("since", StringComparison.Ordinal) && SameClause(sentence, relSpan.Start - sSpan.Start, m.Span.Start - sSpan.Start)
                && !IsEpisodePhrase(m.Text))
            {
                return (m.Date, true, true);
            }
        }

        _ = sSpan;
        _ = relSpan;
        var cumulative = figureDate is { } d && (d.DayCount is null or > 1);
        return (figureDate, own.Count > 0, cumulative);
    }

    private static bool IsEpisodePhrase(string text)
    {
        var lower = text.ToLowerInvariant();
        return lower.Contains("start of", StringComparison.Ordinal) || lower.Contains("beginning of", StringComparison.Ordinal);
    }

    // A figure before a scope phrase shares it unless a clause boundary (", while", ";", ", but") lies between.
    private static bool SameClause(string sentence, int figure, int phrase)
    {
        if (figure >= phrase)
        {
            return true;
        }

        var from = Math.Clamp(figure, 0, sentence.Length);
        var between = sentence.AsSpan(from, Math.Clamp(phrase, 0, sentence.Length) - from);
        return !(between.Contains(", while", StringComparison.Ordinal) || between.Contains(';')
            || between.Contains(", but", StringComparison.Ordinal) || between.Contains(", whereas", StringComparison.Ordinal));
    }

    private static (int Index, int Length) IndexOfAny(string text, string[] needles)
    {
        foreach (var n in needles)
        {
            var i = text.IndexOf(n, StringComparison.Ordinal);
            if (i >= 0)
            {
                return (i, n.Length);
            }
        }

        return (-1, 0);
    }

    // ---------------------------------------------------------------- events

    private List<ConflictEvent> SentenceEvents(string sentence, string lower, IReadOnlyList<EventTrigger> allTriggers, TextSpan sSpan, List<DateMention> own, in UncertainDate? sentenceDate, Evidence evidence)
    {
        var result = new List<ConflictEvent>();
        if (allTriggers.Count == 0)
        {
            return result;
        }

        var triggers = new List<EventTrigger>(allTriggers.Count);
        for (var k = 0; k < allTriggers.Count; k++)
        {
            var t = allTriggers[k];
            if (!IsScopeNoun(lower, t))
            {
                triggers.Add(t);
            }
        }

        if (triggers.Count == 0)
        {
            return result;
        }

        var hasOtherThanClashes = false;
        foreach (var t in triggers)
        {
            hasOtherThanClashes |= t.Kind != EventKind.Clashes;
        }

        if (hasOtherThanClashes)
        {
            triggers.RemoveAll(t => t.Kind == EventKind.Clashes);
        }

        var entities = _rec.Registry.FindAll(sentence);
        var actors = new List<EntityMention>();
        var placeNameList = new List<string>();
        var placeKeyList = new List<string?>();
        foreach (var e in entities)
        {
            if (e.Entity.Kind is EntityKind.Actor or EntityKind.Unit)
            {
                actors.Add(e);
            }
            else if (e.Entity.Kind == EntityKind.Place)
            {
                placeNameList.Add(e.Text);
                placeKeyList.Add(e.Entity.Id);
            }
        }

        actors.AddRange(GenericActors(sentence, lower, actors));
        actors.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var sentencePlaceNames = placeNameList.ToEquatableArray();
        var sentencePlaceKeys = placeKeyList.ToEquatableArray();
        EventActor? carriedSubject = null;
        int[]? preps = null; // the word before each actor, read by the first trigger's roles
        string? title = null; // the same for every event of the sentence
        UncertainDate? summaryWhen = null; // the summary event's extent, computed once
        var index = 0;
        for (var ti = 0; ti < triggers.Count; ti++)
        {
            var t = triggers[ti];
            if (KindSeenBefore(triggers, ti))
            {
                continue; // one event per kind and sentence: the first trigger of the kind
            }

            var roles = Roles(sentence, t, actors, ref carriedSubject, ref preps);
            var date = TriggerDate(sentence, sSpan, t, own) ?? sentenceDate;
            var placeNames = sentencePlaceNames;
            var placeKeys = sentencePlaceKeys;
            if (t.Kind is EventKind.Capture or EventKind.Recapture or EventKind.Siege && t.Voice == TriggerVoice.Active && ObjectName(sentence, _sentenceWords, t) is { } obj
                && !ContainsAnyOf(obj, placeNameList))
            {
                placeNames = placeNameList.Append(obj).ToEquatableArray();
                placeKeys = placeKeyList.Append(null).ToEquatableArray();
            }

            var span = evidence.Span;
            var id = ExtractionIds.ForEvent(_doc, span, t.Kind, t.Span.Start);
            var parent = _summaryEvent is { } se && date is { } d && (summaryWhen ??= se.When) is var sw && sw.Overlaps(d) && (sw.Latest is null || d.Latest is { } dl && dl <= sw.Latest) ? se.Id : null;
            var confidence = date is null ? 0.5 : roles.Count == 0 ? 0.7 : 0.9;
            result.Add(new ConflictEvent(
                id,
                t.Kind,
                date,
                null,
                placeNames,
                placeKeys,
                roles.ToEquatableArray(),
                parent,
                evidence,
                EquatableArray<string>.Empty,
                title ??= ShortTitle(sentence),
                confidence));
            index++;
        }

        return result;
    }

    private static bool KindSeenBefore(List<EventTrigger> triggers, int index)
    {
        for (var k = 0; k < index; k++)
        {
            if (triggers[k].Kind == triggers[index].Kind)
            {
                return true;
            }
        }

        return false;
    }

    // A capture or recapture with a known initiator and place is a claim about who controls the place from when.
    private void AddControlClaims(string sentence, IReadOnlyList<EventTrigger> triggers, List<ConflictEvent> events, Evidence evidence, int pi, int section, int sentenceIndex)
    {
        var n = 0;
        foreach (var e in events)
        {
            if (e.Kind is not (EventKind.Capture or EventKind.Recapture) || e.Places.Count == 0)
            {
                continue;
            }

            var initiator = e.Actors.FirstOrDefault(a => a.Role == ActorRole.Initiator);
            if (initiator is null)
            {
                continue;
            }

            Attribution attribution;
            try
            {
                EventTrigger? trigger = null;
                for (var k = 0; k < triggers.Count && trigger is null; k++)
                {
                    trigger = triggers[k].Kind == e.Kind ? triggers[k] : null;
                }

                attribution = trigger is null ? Attribution.Asserted : _rec.Attribution.Attribute(sentence, trigger.Span);
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or OverflowException or FormatException or IndexOutOfRangeException)
            {
                attribution = Attribution.Asserted;
            }

            var place = e.Places[^1];
            var placeKey = e.PlaceKeys.Count == e.Places.Count ? e.PlaceKeys[^1] : null;
            var subject = new ClaimSubject(e.Id, ClaimAspect.Control, null, null, null, placeKey ?? place);
            var id = ExtractionIds.ForClaim(_doc, evidence.Span, "Control|" + (placeKey ?? place), n++);
            var claim = new Claim(id, subject, null, e.Date, initiator.Key ?? initiator.Name, attribution.Claimant ?? Claimant.DocumentItself,
                attribution.Stance, e.Date is { } d ? UncertainDate.FromBounds(d.Earliest, null) : null, evidence, null, sentence);
            _claims.Add(new ClaimRecord
            {
                Claim = claim,
                Order = _order++,
                Paragraph = pi,
                Section = section,
                Sentence = sentenceIndex,
                SentenceText = sentence,
            });
            AttachClaim(e.Id, id);
        }
    }

    // The date of a trigger: the nearest date in its own clause (before it, else after it), else the last date
    // before it in the sentence.
    private static UncertainDate? TriggerDate(string sentence, TextSpan sSpan, EventTrigger t, List<DateMention> own)
    {
        DateMention? best = null;
        foreach (var m in own)
        {
            var at = m.Span.Start - sSpan.Start;
            if (at < t.Span.Start && SameClause(sentence, at, t.Span.Start))
            {
                best = m;
            }
        }

        if (best is not null)
        {
            return best.Date;
        }

        foreach (var m in own)
        {
            var at = m.Span.Start - sSpan.Start;
            if (at >= t.Span.End && at - t.Span.End <= 40 && SameClause(sentence, t.Span.End, at))
            {
                return m.Date;
            }
        }

        for (var k = own.Count - 1; k >= 0; k--)
        {
            if (own[k].Span.Start - sSpan.Start < t.Span.Start)
            {
                return own[k].Date;
            }
        }

        return own.Count > 0 ? own[0].Date : null;
    }

    internal static readonly (string Phrase, string Key)[] GenericActorNouns =
    [
        ("government forces", "government-forces"), ("government troops", "government-forces"), ("regime forces", "government-forces"),
        ("rebel forces", "rebels"), ("rebel groups", "rebels"), ("rebels", "rebels"), ("opposition forces", "rebels"),
        ("troops", "government-forces"), ("the army", "government-forces"), ("the military", "government-forces"),
        ("militants", "militants"), ("jihadists", "militants"), ("kurdish forces", "kurdish-forces"), ("tribesmen", "tribes"),
    ];

    // What the search looks for: each phrase without a leading "the " ("the" is so frequent that the vectorised
    // search would stop at every one); a find of "army" is then checked for "the army" four characters before it.
    private const string The = "the ";

    private static readonly System.Buffers.SearchValues<string> GenericActorSearch =
        System.Buffers.SearchValues.Create(
            GenericActorNouns.Select(n => n.Phrase.StartsWith(The, StringComparison.Ordinal) ? n.Phrase[The.Length..] : n.Phrase).Distinct().ToArray(),
            StringComparison.Ordinal);

    // Actors named by a role noun ("rebels", "government forces") where no registry name stands. Each phrase is
    // looked for at word starts (a letter after a non-letter) and must end at a word end; earlier phrases of the list
    // win over later ones that overlap them, and registry names win over all.
    internal static List<EntityMention> GenericActors(string sentence, string lower, List<EntityMention> named)
    {
        var result = new List<EntityMention>();
        // one search for all phrases at once: the (phrase, position) pairs where a phrase stands as whole words,
        // ordered by phrase then position below
        List<(int Phrase, int At)>? found = null;
        var from = 0;
        while (from < lower.Length)
        {
            var hit = lower.AsSpan(from).IndexOfAny(GenericActorSearch);
            if (hit < 0)
            {
                break;
            }

            var j = from + hit;
            from = j + 1;
            // the phrases starting at the find, and those starting with "the " just before it
            AddPhrasesAt(lower, j, ref found);
            if (j >= The.Length && lower.AsSpan(j - The.Length, The.Length).SequenceEqual(The))
            {
                AddPhrasesAt(lower, j - The.Length, ref found);
            }
        }

        if (found is null)
        {
            return result;
        }

        found.Sort((a, b) => a.Phrase != b.Phrase ? a.Phrase.CompareTo(b.Phrase) : a.At.CompareTo(b.At));
        foreach (var (k, i) in found)
        {
            var (phrase, key) = GenericActorNouns[k];
            var span = new TextSpan(i, phrase.Length);
            if (Overlaps(named, span) || Overlaps(result, span))
            {
                continue;
            }

            result.Add(new EntityMention(span, sentence.Substring(i, phrase.Length), new Entity(key, phrase, EntityKind.Actor)));
        }

        return result;

        // every phrase that stands at i as whole words (once each)
        static void AddPhrasesAt(string lower, int i, ref List<(int Phrase, int At)>? found)
        {
            if (i > 0 && char.IsLetter(lower[i - 1]))
            {
                return;
            }

            for (var k = 0; k < GenericActorNouns.Length; k++)
            {
                var phrase = GenericActorNouns[k].Phrase;
                if (phrase[0] == lower[i] && lower.AsSpan(i).StartsWith(phrase, StringComparison.Ordinal))
                {
                    var end = i + phrase.Length;
                    if ((end >= lower.Length || !char.IsLetter(lower[end])) && !(found?.Contains((k, i)) ?? false))
                    {
                        (found ??= []).Add((k, i));
                    }
                }
            }
        }

        static bool Overlaps(List<EntityMention> taken, TextSpan span)
        {
            foreach (var t in taken)
            {
                if (t.Span.Start < span.End && span.Start < t.Span.End)
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static bool IsScopeNoun(string lower, EventTrigger t)
    {
        if (t.Voice != TriggerVoice.Nominal)
        {
            return false;
        }

        var head = lower.AsSpan(0, t.Span.Start).TrimEnd();
        return head.EndsWith("start of the", StringComparison.Ordinal) || head.EndsWith("beginning of the", StringComparison.Ordinal)
            || head.EndsWith("since the", StringComparison.Ordinal) || head.EndsWith("end of the", StringComparison.Ordinal)
            || head.EndsWith("start of the isil", StringComparison.Ordinal) || head.EndsWith("hours of the", StringComparison.Ordinal)
            || head.EndsWith("days of", StringComparison.Ordinal) || head.EndsWith("weeks of", StringComparison.Ordinal)
            || head.EndsWith("months of", StringComparison.Ordinal) || head.EndsWith("day of", StringComparison.Ordinal);
    }

    // The first eight space-separated words, joined by single spaces.
    private static string ShortTitle(string sentence)
    {
        var i = 0;
        var count = 0;
        var contiguous = true;
        var start = -1;
        var end = 0;
        while (i < sentence.Length && count < 8)
        {
            while (i < sentence.Length && sentence[i] == ' ')
            {
                i++;
            }

            if (i >= sentence.Length)
            {
                break;
            }

            if (count > 0 && i - end != 1)
            {
                contiguous = false;
            }

            start = start < 0 ? i : start;
            while (i < sentence.Length && sentence[i] != ' ')
            {
                i++;
            }

            end = i;
            count++;
        }

        if (count == 0)
        {
            return string.Empty;
        }

        if (contiguous)
        {
            return start == 0 && end == sentence.Length ? sentence : sentence.Substring(start, end - start);
        }

        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(8));
    }

    // The capitalised name right after a capture verb: "captured the town of Example Town" → "Example Town". The words
    // after the trigger are the sentence's own from the trigger's end on (a trigger ends where a word ends).
    private static string? ObjectName(string sentence, WordList sentenceWords, EventTrigger t)
    {
        var first = 0;
        while (first < sentenceWords.Count && sentenceWords.BoundsAt(first).Start < t.Span.End)
        {
            first++;
        }

        return ObjectName(sentence, sentenceWords, first);
    }

    // The name read from the words from index first on, after a capture verb: at most six words are skipped before
    // it (articles, place nouns, lower-case words); it runs over adjacent name words.
    private static string? ObjectName(string sentence, WordList words, int first)
    {
        var i = first;
        while (i < words.Count && i - first < 6 && (words[i].Span is "the" or "of" or "town" or "village" or "villages" or "city" or "parts" or "control" or "over" or "most" or "large" or "several" or "area" or "district" or "base"
               || !IsNameWord(sentence, words[i])))
        {
            if (words[i].Span is "and" or "after" or "while" or "from" or "in" or "on")
            {
                return null;
            }

            i++;
        }

        if (i >= words.Count || !IsNameWord(sentence, words[i]))
        {
            return null;
        }

        var start = words[i].Start;
        var end = words[i].End;
        var j = i + 1;
        while (j < words.Count && words[j].Start - end <= 1 && (IsNameWord(sentence, words[j]) || words[j].Span is "al" or "of" or "ash" or "ez" or "el"))
        {
            end = words[j].End;
            j++;
        }

        var name = sentence[start..end];
        // an acronym alone is equipment or a source ("an APC", "the SOHR"), not a place
        return name.Length <= 4 && AllUpper(name) ? null : name;

        static bool AllUpper(string text)
        {
            foreach (var c in text)
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }

            return true;
        }
    }

    private static bool IsNameWord(string text, Word w)
    {
        if (char.IsUpper(text[w.Start]))
        {
            return true;
        }

        // transliterated names: "al-Jafra", "ar-Raqqah", "ash-Shaheel"
        var lower = w.Span;
        var dash = lower.IndexOf('-');
        return dash is > 0 and <= 3 && lower[..dash] is "al" or "ar" or "as" or "ash" or "el" or "ad" or "at" or "az"
            && w.Start + dash + 1 < text.Length && char.IsUpper(text[w.Start + dash + 1]);
    }

    // The index in Prepositions of the word before each actor (see PrecedingWordIndex).
    private static int[] PrecedingWordIndexes(string sentence, List<EntityMention> actors)
    {
        var preps = new int[actors.Count];
        for (var k = 0; k < actors.Count; k++)
        {
            preps[k] = PrecedingWordIndex(sentence, actors[k].Span.Start);
        }

        return preps;
    }

    private static List<EventActor> Roles(string sentence, EventTrigger t, List<EntityMention> actors, ref EventActor? carriedSubject, ref int[]? preps)
    {
        var result = new List<EventActor>();
        var clauseStart = ClauseStart(sentence, t.Span.Start);
        EntityMention? lastSubject = null;
        foreach (var a in actors)
        {
            if (a.Span.End <= t.Span.Start && a.Span.Start >= clauseStart)
            {
                lastSubject = a;
            }
        }
        // the word before each actor: read once per sentence (by the caller) for every trigger of it
        preps ??= PrecedingWordIndexes(sentence, actors);

        for (var ai = 0; ai < actors.Count; ai++)
        {
            var a = actors[ai];
            var prep = preps[ai] < 0 ? string.Empty : Prepositions[preps[ai]];
            ActorRole role;
            if (a.Span.End <= t.Span.Start)
            {
                if (a.Span.Start < clauseStart)
                {
                    continue;
                }

                if (prep is "by")
                {
                    role = ActorRole.Initiator;
                }
                else if (prep is "against" or "from" or "on")
                {
                    role = ActorRole.Target;
                }
                else if (a.Span.Start < clauseStart)
                {
                    continue;
                }
                else
                {
                    role = t.Voice == TriggerVoice.Passive ? ActorRole.Target
                        : t.Kind is EventKind.Retreat or EventKind.Defection or EventKind.Reinforcement ? ActorRole.Initiator
                        : lastSubject is not null && ReferenceEquals(a, lastSubject) || t.Voice == TriggerVoice.Nominal ? ActorRole.Initiator
                        : ActorRole.Involved;
                }
            }
            else
            {
                var distance = a.Span.Start - t.Span.End;
                if (distance > 80)
                {
                    continue;
                }

                role = prep switch
                {
                    "by" => ActorRole.Initiator,
                    "against" or "from" or "on" or "targeting" => t.Kind is EventKind.Retreat ? ActorRole.Involved : ActorRole.Target,
                    "between" or "and" or "with" => ActorRole.Involved,
                    _ => t.Voice == TriggerVoice.Active && distance < 30 && t.Kind is not (EventKind.Retreat or EventKind.Reinforcement) ? ActorRole.Target : ActorRole.Involved,
                };
            }

            var actor = new EventActor(a.Text, a.Entity.Id, role);
            if (!HasActor(result, actor.Key, actor.Role))
            {
                result.Add(actor);
            }
        }

        // "12 militants were killed by coalition aircraft": when "by X" names who acted, the others acted on
        HashSet<string>? byInitiators = null;
        for (var ai = 0; ai < actors.Count; ai++)
        {
            var a = actors[ai];
            if (a.Span.Start >= clauseStart && (a.Span.Start >= t.Span.End ? a.Span.Start - t.Span.End <= 20 : t.Span.Start - a.Span.End <= 20)
                && preps[ai] == ByIndex)
            {
                (byInitiators ??= new HashSet<string>(StringComparer.Ordinal)).Add(a.Entity.Id);
            }
        }

        if (byInitiators is not null)
        {
            for (var i = 0; i < result.Count; i++)
            {
                var r = result[i];
                if (r.Role == ActorRole.Initiator && r.Key is { } k && !byInitiators.Contains(k))
                {
                    result[i] = r with { Role = ActorRole.Target };
                }
            }
        }

        // one role per actor: initiator before target before involved (the first of the best rank, in the order
        // actors first appear)
        var single = new List<EventActor>(result.Count);
        foreach (var r in result)
        {
            var key = r.Key ?? r.Name;
            var at = -1;
            for (var i = 0; i < single.Count; i++)
            {
                if (string.Equals(single[i].Key ?? single[i].Name, key, StringComparison.Ordinal))
                {
                    at = i;
                    break;
                }
            }

            if (at < 0)
            {
                single.Add(r);
            }
            else if (RoleRank(r.Role) < RoleRank(single[at].Role))
            {
                single[at] = r;
            }
        }

        result = single;
        var carried = carriedSubject;
        if (FirstInitiator(result) is null && t.Voice != TriggerVoice.Passive && carried is not null && !HasKey(result, carried.Key))
        {
            result.Insert(0, carried);
        }

        var initiator = FirstInitiator(result);
        if (initiator is not null)
        {
            carriedSubject = initiator;
        }

        return result;
    }

    private static int RoleRank(ActorRole role) => role switch { ActorRole.Initiator => 0, ActorRole.Target => 1, _ => 2 };

    private static EventActor? FirstInitiator(List<EventActor> actors)
    {
        foreach (var r in actors)
        {
            if (r.Role == ActorRole.Initiator)
            {
                return r;
            }
        }

        return null;
    }

    private static bool HasKey(List<EventActor> actors, string? key)
    {
        foreach (var r in actors)
        {
            if (string.Equals(r.Key, key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the text holds one of the names (ignoring case).
    private static bool ContainsAnyOf(string text, List<string> names)
    {
        foreach (var n in names)
        {
            if (text.Contains(n, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasActor(List<EventActor> actors, string? key, ActorRole role)
    {
        foreach (var r in actors)
        {
            if (string.Equals(r.Key, key, StringComparison.Ordinal) && r.Role == role)
            {
                return true;
            }
        }

        return false;
    }

    // The start of the clause holding a position: just after the last ";", " that " or ", while/but/whereas/and"
    // before it. Each kind of boundary is found by its own backward (vectorised) search; the nearest one wins.
    internal static int ClauseStart(string sentence, int position)
    {
        // a boundary at i, 1 <= i < position (for " that " i is its first space)
        var end = Math.Min(position, sentence.Length);
        if (end <= 1)
        {
            return 0;
        }

        var best = -1;
        var result = 0;
        var semicolon = sentence.AsSpan(1, end - 1).LastIndexOf(';');
        if (semicolon >= 0)
        {
            best = semicolon + 1;
            result = best + 1;
        }

        // " that " may run past the position: search up to five characters after it
        var thatLimit = Math.Min(end + 5, sentence.Length);
        while (thatLimit - 1 > best)
        {
            var k = sentence.AsSpan(best + 1, thatLimit - best - 1).LastIndexOf(" that ", StringComparison.Ordinal);
            if (k < 0)
            {
                break;
            }

            var i = best + 1 + k;
            if (i >= 1 && i < end && i + 6 < sentence.Length)
            {
                best = i;
                result = i + 6;
                break;
            }

            thatLimit = i + 5; // an earlier match (they may overlap by one space)
        }

        var commaEnd = end;
        while (commaEnd - 1 > best)
        {
            var k = sentence.AsSpan(best + 1, commaEnd - best - 1).LastIndexOf(',');
            if (k < 0)
            {
                break;
            }

            var i = best + 1 + k;
            commaEnd = i;
            if (i >= 1 && i + 7 < sentence.Length)
            {
                var next = sentence.AsSpan(i + 1).TrimStart();
                if (next.StartsWith("while ", StringComparison.Ordinal) || next.StartsWith("but ", StringComparison.Ordinal)
                    || next.StartsWith("whereas ", StringComparison.Ordinal) || next.StartsWith("and ", StringComparison.Ordinal))
                {
                    return i + 1;
                }
            }
        }

        return result;
    }

    private static readonly string[] Prepositions = ["by", "against", "from", "on", "targeting", "between", "and", "with"];

    private const int ByIndex = 0; // Prepositions[0] is "by"

    // The index in Prepositions of the word before a position (skipping "the"), else -1.
    private static int PrecedingWordIndex(string sentence, int start)
    {
        var word = PrecedingWord(sentence, start);
        return word.Length == 0 ? -1 : Array.IndexOf(Prepositions, word);
    }

    // The lower-case word before a position, skipping "the": one of the prepositions the roles read, else empty
    // (the only words callers compare with).
    private static string PrecedingWord(string sentence, int start)
    {
        var e = start;
        while (e > 0 && !char.IsLetter(sentence[e - 1]))
        {
            e--;
        }

        var s = e;
        while (s > 0 && char.IsLetter(sentence[s - 1]))
        {
            s--;
        }

        var word = sentence.AsSpan(s, e - s);
        if (word.Length == 3 && IsLowerInvariantOf(word, "the") && s > 0)
        {
            return PrecedingWord(sentence, s);
        }

        foreach (var p in Prepositions)
        {
            if (word.Length == p.Length && IsLowerInvariantOf(word, p))
            {
                return p;
            }
        }

        return string.Empty;
    }

    private static bool IsLowerInvariantOf(ReadOnlySpan<char> word, string lower)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (char.ToLowerInvariant(word[i]) != lower[i])
            {
                return false;
            }
        }

        return true;
    }

    internal static string Format(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
