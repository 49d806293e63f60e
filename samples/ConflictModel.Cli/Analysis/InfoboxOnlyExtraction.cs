using ConflictModel.Cli.Input;
using ConflictModel.Formats;
using ConflictModel.Merge;
using ConflictModel.Recognition;

namespace ConflictModel.Cli.Analysis;

/// <summary>
/// An INTERIM extraction used by the CLI while the Extraction stage is not wired: one summary event per document from
/// its infobox (title, kind from the title, period, first place, combatants) with one casualty claim per figure in the
/// infobox's casualty cells, claimed by the document itself. Body prose is not read, so documents without an infobox
/// (news pieces) contribute nothing. The verbs say so on stderr.
/// </summary>
/// <remarks>LEAD: replace with the real extractor (Extractor.Extract) in <see cref="ConflictAnalysis.Default"/>.</remarks>
public static class InfoboxOnlyExtraction
{
    /// <summary>The note the verbs print on stderr while this extraction is in use.</summary>
    public const string Note = "note: interim analysis — one summary event per document from its infobox; body prose is not extracted yet";

    /// <summary>Returns the summary event and infobox casualty claims of one document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The extracted set (empty when the document has no dated infobox).</returns>
    public static ExtractedSet Extract(InputDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var article = ArticleReaders.Default.Read(document.Text, document.Name);
        if (article.Infobox is not { Date.Period: { } period } infobox)
        {
            return ExtractedSet.Create(document.Name, [], []);
        }

        string eventId = document.Name + "#summary";
        string title = article.Title ?? infobox.Conflict ?? document.Name;
        var place = FirstPlace(infobox.Place);
        var claims = new List<Claim>();
        var actors = new List<EventActor>();
        foreach (var side in infobox.Sides)
        {
            string who = side.Combatants.Count > 0 ? side.Combatants[0] : $"side {side.Column + 1}";
            actors.AddRange(side.Combatants.Select(c => new EventActor(c, EntityRegistry.Default.Resolve(c)?.Id, ActorRole.Involved)));
            foreach (var cell in side.Casualties)
            {
                AddClaims(claims, document, eventId, cell, who, period.Extent);
            }
        }

        foreach (var cell in infobox.SharedCasualties)
        {
            AddClaims(claims, document, eventId, cell, null, period.Extent);
        }

        int titleAt = document.Text.IndexOf(title, StringComparison.Ordinal);
        var summary = new ConflictEvent(
            eventId,
            KindFromTitle(title),
            null,
            period,
            place is null ? EquatableArray<string>.Empty : new[] { place }.ToEquatableArray(),
            place is null ? EquatableArray<string?>.Empty : new[] { EntityRegistry.Default.Resolve(place)?.Id }.ToEquatableArray(),
            actors.ToEquatableArray(),
            null,
            new Evidence(document.Name, titleAt >= 0 ? new TextSpan(titleAt, title.Length) : default, title, "infobox"),
            claims.Select(c => c.Id).ToEquatableArray(),
            title,
            0.9);
        return ExtractedSet.Create(document.Name, [summary], claims);
    }

    private static void AddClaims(List<Claim> claims, InputDocument document, string eventId, InfoboxFigureCell cell, string? sideWho, UncertainDate scope)
    {
        var figures = cell.Figures.Count > 0 ? (IReadOnlyList<CasualtyFigure>)cell.Figures : CasualtyRecognizer.Default.ParseCell(cell.Text);
        int at = document.Text.IndexOf(cell.RawText, StringComparison.Ordinal);
        var span = at >= 0 ? new TextSpan(at, cell.RawText.Length) : default;
        foreach (var figure in figures)
        {
            string? who = figure.Party == CasualtyParty.Side || figure.Who is null ? sideWho ?? figure.Who : figure.Who;
            if (figure.Party == CasualtyParty.Total)
            {
                who = "total";
            }

            string id = $"{eventId}#c{claims.Count + 1}";
            claims.Add(new Claim(
                id,
                new ClaimSubject(eventId, ClaimAspect.Count, figure.Category, who, who is null ? null : EntityRegistry.Default.Resolve(who)?.Id ?? EntityRegistry.Key(who)),
                figure.Estimate,
                null,
                null,
                Claimant.DocumentItself,
                ClaimStance.Reported,
                figure.Scope ?? scope,
                new Evidence(document.Name, span, cell.Text, "infobox"),
                null,
                figure.Text));
        }
    }

    private static string? FirstPlace(string? place)
    {
        if (string.IsNullOrWhiteSpace(place))
        {
            return null;
        }

        string first = place.Split(',')[0];
        int and = first.IndexOf(" and ", StringComparison.Ordinal);
        return (and > 0 ? first[..and] : first).Trim();
    }

    private static EventKind KindFromTitle(string title)
    {
        string t = title.ToLowerInvariant();
        return t.Contains("offensive", StringComparison.Ordinal) ? EventKind.Offensive
            : t.Contains("siege", StringComparison.Ordinal) ? EventKind.Siege
            : t.Contains("battle", StringComparison.Ordinal) ? EventKind.Battle
            : t.Contains("clashes", StringComparison.Ordinal) ? EventKind.Clashes
            : t.Contains("campaign", StringComparison.Ordinal) ? EventKind.Offensive
            : EventKind.Conflict;
    }
}
