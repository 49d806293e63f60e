using System.Globalization;
using ConflictModel.Formats;
using ConflictModel.Recognition;
using NodaTime;

namespace ConflictModel.Extraction;

/// <summary>A claim under construction with what the later passes need to know about where it was read.</summary>
internal sealed class ClaimRecord
{
    public required Claim Claim { get; set; }

    public int Order { get; init; }

    public int Paragraph { get; init; } = -1;

    public int Section { get; init; } = -1;

    public int Sentence { get; init; } = -1;

    public string SentenceText { get; init; } = string.Empty;

    public bool FromInfobox { get; init; }

    public int? InfoboxColumn { get; init; }

    public bool IsStrength { get; init; }

    public bool IsAdditional { get; init; }

    public bool IsTotal { get; init; }

    public string CellText { get; init; } = string.Empty;

    public IReadOnlyList<UncertainDate> SubPeriods { get; init; } = [];

    public bool Cumulative { get; set; }

    public bool IsUpdate { get; init; }

    public bool IsSubset { get; init; }

    public bool ScopeIsOwn { get; set; }

    public Estimate? Value => Claim.Quantity;

    public CasualtyCategory? Category => Claim.Subject.Category;

    public string? WhoKey => Claim.Subject.WhoKey;
}

/// <summary>A sentence of the body, kept for scope look-ups and checks.</summary>
internal sealed record SentenceInfo(int Paragraph, int Section, string Text, UncertainDate? Date, TextSpan OriginalSpan, IReadOnlyList<DateMention> Mentions)
{
    private string? _lower;
    private int _cues = -1;

    /// <summary>Gets the text in invariant lower case (computed once). When it is given, the cues the consistency
    /// checks look for are searched in it at once, while it is fresh in the cache.</summary>
    public string Lower
    {
        get => _lower ??= Text.ToLowerInvariant();
        init
        {
            _lower = value;
            _cues = ConsistencyChecker.Cues(value);
        }
    }

    /// <summary>Gets whether the lower-case text holds a breakdown cue (<see cref="ConsistencyChecker.MayHoldBreakdown"/>).</summary>
    public bool MayHoldBreakdown => (Cues & ConsistencyChecker.BreakdownCue) != 0;

    /// <summary>Gets whether the lower-case text holds a part word such as "of the missing".</summary>
    public bool HoldsPartWord => (Cues & ConsistencyChecker.PartWordCue) != 0;

    /// <summary>Gets whether the lower-case text holds " other " (which the text needs to hold it).</summary>
    public bool LowerHoldsOther => (Cues & ConsistencyChecker.OtherCue) != 0;

    private int Cues => _cues >= 0 ? _cues : _cues = ConsistencyChecker.Cues(Lower);

    /// <summary>Gets or sets the numbers read in the text, once read (<see langword="null"/> before, or when they
    /// could not be read).</summary>
    public IReadOnlyList<NumberMention>? Numbers { get; set; }

    /// <summary>Gets or sets whether <see cref="Numbers"/> has been read.</summary>
    public bool NumbersRead { get; set; }
}

/// <summary>The extraction of one document (single use, not shared between threads).</summary>
internal sealed partial class DocumentExtraction
{
    private static readonly string[] SkippedSections = ["see also", "references", "external links", "notes", "further reading", "bibliography", "sources"];

    private readonly Article _article;
    private readonly ExtractionOptions _options;
    private readonly EventLexicon _lexicon;
    private readonly Recognisers _rec;
    private readonly string _doc;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly List<ConflictEvent> _events = [];
    private readonly List<ClaimRecord> _claims = [];
    private readonly List<SentenceInfo> _sentences = [];
    private readonly Dictionary<int, UncertainDate?> _sectionFirstDate = [];
    // the events that claims were attached to (their claims are in _claimEvents)
    private readonly HashSet<string> _eventClaims = new(StringComparer.Ordinal);
    private EventSummary? _summary;
    private ConflictEvent? _summaryEvent;
    private DateContext _dateContext = DateContext.Default;
    private int _order;

    public DocumentExtraction(Article article, ExtractionOptions options, EventLexicon lexicon, Recognisers recognisers)
    {
        _article = article;
        _options = options;
        _lexicon = lexicon;
        _rec = recognisers;
        _doc = article.DocumentId;
    }

    public ExtractedDocument Run()
    {
        _dateContext = BuildDateContext();
        var summaryClaims = BuildSummary();
        ReadBody();
        ApplyDocumentContext();
        AddOutcomeEvents();
        CloseSieges();
        AddReferenceEvents();
        LinkRevisionsAndDenials();
        var contested = FindContested();
        var checks = new ConsistencyChecker(this).Run();

        // each event's claims in claim order: one pass over the claims, not one per event
        var claimsOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var c in _claims)
        {
            var claimId = c.Claim.Id;
            if (_claimEvents.TryGetValue(claimId, out var owners))
            {
                foreach (var eventId in owners)
                {
                    ref var list = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(claimsOf, eventId, out _);
                    (list ??= []).Add(claimId);
                }
            }
        }

        var events = new List<ConflictEvent>();
        if (_summaryEvent is not null)
        {
            events.Add(WithClaims(_summaryEvent, claimsOf));
        }

        foreach (var e in _events)
        {
            events.Add(WithClaims(e, claimsOf));
        }
        _ = summaryClaims;
        return new ExtractedDocument(
            _doc,
            _article,
            _summary is null ? null : _summary with { Event = events[0] },
            events.ToEquatableArray(),
            _claims.Select(c => c.Claim).ToEquatableArray(),
            contested.ToEquatableArray(),
            checks.ToEquatableArray(),
            _diagnostics.ToEquatableArray());
    }

    internal Article Article => _article;

    internal string DocumentId => _doc;

    internal IReadOnlyList<ClaimRecord> Claims => _claims;

    internal IReadOnlyList<ConflictEvent> BodyEvents => _events;

    internal IReadOnlyList<SentenceInfo> Sentences => _sentences;

    internal ConflictEvent? SummaryEvent => _summaryEvent;

    internal Recognisers Rec => _rec;

    internal IReadOnlyDictionary<int, UncertainDate?> SectionFirstDates => _sectionFirstDate;

    private ConflictEvent WithClaims(ConflictEvent e, Dictionary<string, List<string>> claimsOf) =>
        _eventClaims.Contains(e.Id)
            ? e with { ClaimIds = claimsOf.TryGetValue(e.Id, out var ids) ? ids.ToEquatableArray() : EquatableArray<string>.Empty }
            : e;

    private void AttachClaim(string? eventId, string claimId)
    {
        if (eventId is null)
        {
            return;
        }

        _eventClaims.Add(eventId);
        ref var owners = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_claimEvents, claimId, out _);
        owners ??= [];
        foreach (var owner in owners)
        {
            if (string.Equals(owner, eventId, StringComparison.Ordinal))
            {
                return;
            }
        }

        owners.Add(eventId);
    }

    // the events each claim is attached to (the inverse of _eventClaims)
    private readonly Dictionary<string, List<string>> _claimEvents = new(StringComparer.Ordinal);

    private DateContext BuildDateContext()
    {
        var mode = _options.AnchorMode
            ?? (string.Equals(_article.Format, FormatIds.NewsArticle, StringComparison.Ordinal) ? DateAnchorMode.News : DateAnchorMode.Narrative);
        LocalDate? reference = _options.ReferenceDate;
        if (reference is null && mode == DateAnchorMode.News)
        {
            reference = _article.Metadata.PublicationDate?.Earliest;
        }

        UncertainDate? hint = _article.Infobox?.Date?.Period?.Extent;
        if (reference is null && mode == DateAnchorMode.News)
        {
            reference = InferPresent(new DateContext(mode, null, hint));
        }

        return new DateContext(mode, reference, hint);
    }

    // A news piece with no date of its own may state its present: "divided ... since March 2013. In the three
    // years since, ..." puts it in January 2017. The end of that month becomes the reference date (and is reported).
    // Only two kinds of mention take part, and both come from a paragraph's own text whatever the paragraphs around it
    // say: a duration, and an open end ("since March 2013") whose year is written in it. So only the paragraphs that
    // can hold "<duration> since" are read, each on its own.
    private NodaTime.LocalDate? InferPresent(DateContext context)
    {
        foreach (var paragraph in _article.Paragraphs)
        {
            var text = paragraph.Text;
            if (!MayHoldSince(text))
            {
                continue; // no "since" (other than "since the") to follow a duration
            }

            IReadOnlyList<DateMention> mentions;
            try
            {
                mentions = _rec.Dates.Recognize(text, context);
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or OverflowException or FormatException or IndexOutOfRangeException)
            {
                return null;
            }

            DateMention? since = null;
            foreach (var m in mentions)
            {
                if (m.Kind == DateMentionKind.OpenEnd && m.Date.Earliest is not null && m.YearSource == DateYearSource.Stated)
                {
                    since = m;
                    continue;
                }

                if (m.Kind == DateMentionKind.Duration && m.Duration is { } duration && since?.Date.Earliest is { } start)
                {
                    var tail = text.AsSpan(m.Span.End).TrimStart();
                    if (tail.StartsWith("since", StringComparison.OrdinalIgnoreCase) && !tail.StartsWith("since the", StringComparison.OrdinalIgnoreCase))
                    {
                        if (ConsistencyChecker.SafePlus(start, duration) is not { } end)
                        {
                            continue;
                        }

                        var present = end.With(NodaTime.DateAdjusters.EndOfMonth);
                        _diagnostics.Add(new Diagnostic(0, 0, DiagnosticSeverity.Info,
                            $"the document's present is inferred as {present.ToString("MMMM yyyy", CultureInfo.InvariantCulture)} from '{since.Text}' and '{m.Text} since'; dates without a year are anchored to it",
                            "CM0510"));
                        return present;
                    }
                }
            }
        }

        return null;
    }

    // Whether a text has a "since" not followed by " the" (ignoring case): where a duration's tail may start.
    internal static bool MayHoldSince(string text)
    {
        for (var at = text.IndexOf("since", StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf("since", at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (!text.AsSpan(at).StartsWith("since the", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // ---------------------------------------------------------------- summary (infobox / front matter)

    private List<ClaimRecord> BuildSummary()
    {
        var box = _article.Infobox;
        var result = new List<ClaimRecord>();
        if (box is null)
        {
            return result;
        }

        var title = box.Conflict ?? _article.Title ?? string.Empty;
        var kind = SummaryKind(title, box);
        var period = box.Date?.Period;
        var places = new List<string>();
        var placeKeys = new List<string?>();
        if (!string.IsNullOrWhiteSpace(box.Place))
        {
            places.Add(box.Place.Trim());
            var found = _rec.Registry.FindAll(box.Place).FirstOrDefault(m => m.Entity.Kind == EntityKind.Place);
            placeKeys.Add(found?.Entity.Id);
        }

        var spanStart = FindInText(box.Date?.Text) ?? FindInText(box.Place) ?? FindInText(title) ?? 0;
        var summarySpan = new TextSpan(spanStart, Math.Min(Math.Max(1, (box.Date?.Text ?? title).Length), Math.Max(0, _article.Text.Length - spanStart)));
        var evidence = new Evidence(_doc, summarySpan, box.Date?.Text ?? title, "infobox");
        var id = ExtractionIds.ForEvent(_doc, summarySpan, kind, -1);

        var actors = new List<EventActor>();
        var sides = new List<SummarySide>();
        foreach (var side in box.Sides)
        {
            var combatants = new List<EventActor>();
            foreach (var name in side.Combatants)
            {
                var entity = _rec.Registry.Resolve(name) ?? _rec.Registry.FindAll(name).FirstOrDefault(m => m.Entity.Kind is EntityKind.Actor or EntityKind.Unit)?.Entity;
                var actor = new EventActor(name, entity?.Id, ActorRole.Involved);
                combatants.Add(actor);
                actors.Add(actor);
            }

            var sideKey = combatants.Select(c => c.Key).FirstOrDefault(k => k is not null) ?? "side-" + (side.Column + 1).ToString(CultureInfo.InvariantCulture);
            var sideName = side.Combatants.Count > 0 ? side.Combatants[0] : "side " + (side.Column + 1).ToString(CultureInfo.InvariantCulture);
            var strengthIds = new List<string>();
            foreach (var cell in side.Strength)
            {
                foreach (var rec in CellClaims(cell, true, side.Column, sideName, sideKey, id))
                {
                    strengthIds.Add(rec.Claim.Id);
                    result.Add(rec);
                }
            }

            var casualtyIds = new List<string>();
            foreach (var cell in side.Casualties)
            {
                foreach (var rec in CellClaims(cell, false, side.Column, sideName, sideKey, id))
                {
                    casualtyIds.Add(rec.Claim.Id);
                    result.Add(rec);
                }
            }

            sides.Add(new SummarySide(
                side.Column,
                combatants.ToEquatableArray(),
                side.Commanders.Select(c => c.Display).ToEquatableArray(),
                side.CommandersKilledInAction.ToEquatableArray(),
                side.Units,
                strengthIds.ToEquatableArray(),
                casualtyIds.ToEquatableArray()));
        }

        var sharedIds = new List<string>();
        foreach (var cell in box.SharedCasualties)
        {
            foreach (var rec in CellClaims(cell, false, null, null, null, id))
            {
                sharedIds.Add(rec.Claim.Id);
                result.Add(rec);
            }
        }

        _summaryEvent = new ConflictEvent(
            id,
            kind,
            period is null ? null : period.Value.Start,
            period,
            places.ToEquatableArray(),
            placeKeys.ToEquatableArray(),
            actors.ToEquatableArray(),
            null,
            evidence,
            EquatableArray<string>.Empty,
            title.Length > 0 ? title : null,
            period is null ? 0.6 : 1.0);
        _summary = new EventSummary(_summaryEvent, box.Result, box.ResultDetails, box.PartOf, sides.ToEquatableArray(), sharedIds.ToEquatableArray());
        foreach (var r in result)
        {
            AttachClaim(id, r.Claim.Id);
        }

        return result;
    }

    private static EventKind SummaryKind(string title, Infobox box)
    {
        var t = title.ToLowerInvariant();
        if (t.Contains("offensive", StringComparison.Ordinal) || t.Contains("campaign", StringComparison.Ordinal) || t.Contains("operation", StringComparison.Ordinal))
        {
            return EventKind.Offensive;
        }

        if (t.Contains("siege", StringComparison.Ordinal))
        {
            return EventKind.Siege;
        }

        if (t.Contains("battle", StringComparison.Ordinal))
        {
            return EventKind.Battle;
        }

        if (t.Contains("clashes", StringComparison.Ordinal) || t.Contains("fighting", StringComparison.Ordinal))
        {
            return EventKind.Clashes;
        }

        if (t.Contains("conflict", StringComparison.Ordinal) || t.Contains("war", StringComparison.Ordinal) || t.Contains("insurgency", StringComparison.Ordinal))
        {
            return EventKind.Conflict;
        }

        if (t.Contains("massacre", StringComparison.Ordinal))
        {
            return EventKind.Execution;
        }

        if (t.Contains("bombing", StringComparison.Ordinal))
        {
            return EventKind.Bombing;
        }

        return box.Sides.Count > 0 ? EventKind.Battle : EventKind.Unknown;
    }

    private int? FindInText(string? s)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return null;
        }

        var i = _article.Text.IndexOf(s, StringComparison.Ordinal);
        return i >= 0 ? i : null;
    }

    private IEnumerable<ClaimRecord> CellClaims(InfoboxFigureCell cell, bool isStrength, int? column, string? sideName, string? sideKey, string eventId)
    {
        var figures = cell.Figures.Count > 0 ? (IReadOnlyList<CasualtyFigure>)cell.Figures : SafeParseCell(cell.Text + (cell.PeriodText is null ? string.Empty : " (" + cell.PeriodText + ")"), isStrength);
        var rawStart = FindInText(cell.RawText);
        var cellStart = rawStart ?? FindInText(cell.Text);
        if (cellStart is null)
        {
            _diagnostics.Add(new Diagnostic(0, 0, DiagnosticSeverity.Warning, $"infobox cell '{cell.Text}' not found in the original text; its figures have no evidence and are left out", "CM0501"));
            yield break;
        }

        var raw = _article.Text.Substring(cellStart.Value, (rawStart is not null ? cell.RawText : cell.Text).Length);
        var span = new TextSpan(cellStart.Value, raw.Length);
        var subPeriods = SubPeriods(cell.PeriodText);
        UncertainDate? scope = subPeriods.Count == 0 ? null : subPeriods.Aggregate((a, b) => a.Hull(b));
        var citations = cell.Citations.Where(c => c.ReferenceNumber is not null).Select(c => c.ReferenceNumber!.Value).Distinct().ToEquatableArray();
        var evidence = new Evidence(_doc, span, cell.RawText, "infobox", citations);
        var isAdditional = cell.Text.Contains("additional", StringComparison.OrdinalIgnoreCase);
        var strippedRaw = StripMarkers(raw);
        var n = 0;
        foreach (var f in figures)
        {
            if (!ContainsFigure(raw, strippedRaw, f))
            {
                continue;
            }

            var isTotal = f.Party == CasualtyParty.Total || cell.Text.TrimStart().StartsWith("Total", StringComparison.OrdinalIgnoreCase);
            var category = isStrength ? CasualtyCategory.Strength : f.Category;
            var who = f.Who ?? sideName;
            var whoKey = column is not null ? sideKey : WhoKeyOf(f.Who, f.Party);
            var subject = new ClaimSubject(eventId, ClaimAspect.Count, category, who, whoKey);
            var claimId = ExtractionIds.ForClaim(_doc, span, CountWhat(category), n++);
            var claim = new Claim(claimId, subject, f.Estimate, null, null, Claimant.DocumentItself, ClaimStance.Asserted,
                f.Scope ?? scope, evidence, null, f.Text);
            var rec = new ClaimRecord
            {
                Claim = claim,
                Order = _order++,
                FromInfobox = true,
                InfoboxColumn = column,
                IsStrength = isStrength,
                IsAdditional = isAdditional,
                IsTotal = isTotal,
                CellText = cell.Text,
                SubPeriods = subPeriods,
                Cumulative = true,
                ScopeIsOwn = true,
            };
            _claims.Add(rec);
            yield return rec;
        }
    }

    private IReadOnlyList<CasualtyFigure> SafeParseCell(string text, bool isStrength)
    {
        try
        {
            return _rec.Casualty.ParseCell(text, isStrength);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or OverflowException or FormatException or IndexOutOfRangeException)
        {
            _diagnostics.Add(new Diagnostic(0, 0, DiagnosticSeverity.Warning, $"infobox cell '{text}' could not be read ({ex.Message})", "CM0502"));
            return [];
        }
    }

    private List<UncertainDate> SubPeriods(string? periodText)
    {
        var result = new List<UncertainDate>();
        if (string.IsNullOrWhiteSpace(periodText))
        {
            return result;
        }

        foreach (var part in periodText.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var mentions = SafeDates(part);
            var m = mentions.FirstOrDefault(x => x.IsResolved && x.Kind != DateMentionKind.Duration);
            if (m is not null)
            {
                result.Add(m.Period?.Extent ?? m.Date);
            }
        }

        return result;
    }

    private IReadOnlyList<DateMention> SafeDates(string text)
    {
        try
        {
            return _rec.Dates.Recognize(text, _dateContext);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or OverflowException or FormatException or IndexOutOfRangeException)
        {
            _diagnostics.Add(new Diagnostic(0, 0, DiagnosticSeverity.Warning, $"dates in '{text}' could not be read ({ex.Message})", "CM0503"));
            return [];
        }
    }

    /// <summary>Returns whether the original text of the evidence shows the figure (its digits or its words).</summary>
    internal static bool ContainsFigure(string original, CasualtyFigure figure) =>
        figure.Text.Length == 0 || ContainsFigure(original, StripMarkers(original), figure);

    // The same with the original's markers already stripped (strippedOriginal = StripMarkers(original)).
    private static bool ContainsFigure(string original, string strippedOriginal, CasualtyFigure figure) =>
        figure.Text.Length == 0 || strippedOriginal.Contains(StripMarkers(figure.Text), StringComparison.Ordinal)
        || original.Contains(figure.Estimate.Low.ToString("N0", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        || original.Contains(figure.Estimate.Low.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>Removes citation markers (<c>[12]</c>) and markdown emphasis from a text.</summary>
    internal static string StripMarkers(string text)
    {
        if (text.IndexOf('[', StringComparison.Ordinal) < 0 && text.IndexOf('*', StringComparison.Ordinal) < 0)
        {
            return text;
        }

        var sb = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '[')
            {
                var j = text.IndexOf(']', i + 1);
                if (j > i && j - i <= 40)
                {
                    i = j;
                    continue;
                }
            }

            if (text[i] == '*')
            {
                continue;
            }

            sb.Append(text[i]);
        }

        return sb.ToString();
    }

    // ---------------------------------------------------------------- who keys

    private readonly Dictionary<(CasualtyParty Party, string? Who), string?> _whoKeys = [];

    // The id part of a count claim ("Count|Killed"), made once per category.
    private static string CountWhat(CasualtyCategory category) =>
        CountWhats.TryGetValue(category, out var what) ? what : "Count|" + category.ToString();

    private static readonly System.Collections.Frozen.FrozenDictionary<CasualtyCategory, string> CountWhats =
        System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(Enum.GetValues<CasualtyCategory>().Distinct().ToDictionary(c => c, c => "Count|" + c.ToString()));

    internal string? WhoKeyOf(string? who, CasualtyParty party = CasualtyParty.Unknown)
    {
        var cacheKey = (party, who);
        if (_whoKeys.TryGetValue(cacheKey, out var known))
        {
            return known;
        }

        var key = ComputeWhoKey(who, party);
        _whoKeys[cacheKey] = key;
        return key;
    }

    private string? ComputeWhoKey(string? who, CasualtyParty party)
    {
        if (party == CasualtyParty.Civilians)
        {
            return "civilians";
        }

        if (party == CasualtyParty.Total)
        {
            return "total";
        }

        if (party == CasualtyParty.Unidentified)
        {
            return "unidentified";
        }

        if (string.IsNullOrWhiteSpace(who))
        {
            return null;
        }

        var lower = who.ToLowerInvariant();
        if (lower.Contains("both sides", StringComparison.Ordinal) || lower.Contains("both", StringComparison.Ordinal) && lower.Contains("side", StringComparison.Ordinal))
        {
            return "total";
        }

        var entity = _rec.Registry.FindAll(who).FirstOrDefault(m => m.Entity.Kind is EntityKind.Actor or EntityKind.Unit)?.Entity;
        if (entity is not null)
        {
            return entity.ParentId is { } parent && entity.Kind == EntityKind.Unit ? parent : entity.Id;
        }

        var words = Words.Tokenize(lower, lower);
        for (var i = 0; i < words.Count; i++)
        {
            var key = RoleKey(words[i].Lower);
            if (key is not null)
            {
                return key;
            }
        }

        return "other:" + lower.Trim();
    }

    private static string? RoleKey(string word) => word switch
    {
        "soldiers" or "soldier" or "troops" or "servicemen" or "army" or "officers" or "conscripts" => "soldiers",
        "rebels" or "rebel" or "opposition" or "insurgents" => "rebels",
        "civilians" or "civilian" or "children" or "women" or "residents" => "civilians",
        "people" or "persons" or "others" => "people",
        "prisoners" or "captives" or "hostages" or "detainees" => "prisoners",
        "militants" or "fighters" or "jihadists" or "combatants" or "gunmen" or "members" => "fighters",
        _ => null,
    };

    /// <summary>Returns whether two who-keys may name the same group.</summary>
    internal static bool WhoCompatible(string? a, string? b)
    {
        if (a is null || b is null || string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }

        if (a is "people" || b is "people")
        {
            var other = a is "people" ? b : a;
            return other is "prisoners";
        }

        if (a is "prisoners" || b is "prisoners")
        {
            return false;
        }

        static bool Army(string k) => k is "soldiers" or "syrian-army" or "ndf" or "iraqi-army";
        static bool Rebels(string k) => k is "rebels" or "fsa" or "islamic-front" or "national-coalition" or "srf" or "nusra";
        if (Army(a) && Army(b))
        {
            return true;
        }

        if (Rebels(a) && Rebels(b))
        {
            return true;
        }

        if (a is "fighters" || b is "fighters")
        {
            var other = a is "fighters" ? b : a;
            return other is not ("civilians" or "total" or "soldiers" or "prisoners") && !other.StartsWith("other:", StringComparison.Ordinal);
        }

        return false;
    }
}
