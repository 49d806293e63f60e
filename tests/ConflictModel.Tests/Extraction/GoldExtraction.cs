using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ConflictModel.Extraction;
using ConflictModel.Formats;
using ConflictModel.Recognition;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Extraction;

/// <summary>Reads the seeds through the format readers and the extractor once, and compares with the gold.</summary>
internal static class GoldExtraction
{
    private static readonly ConcurrentDictionary<string, ExtractedDocument> Cache = new(StringComparer.Ordinal);

    public static ExtractedDocument Extract(string id) =>
        Cache.GetOrAdd(id, i => Extractor.Default.Extract(ArticleReaders.Default.Read(SharedData.SeedText(i), i + ".txt")));

    public static CasualtyCategory? Category(string gold) => Support.GoldCategories.Map(gold);

    public static bool FigureMatches(Claim c, long? low, long? high)
    {
        if (c.Quantity is not { } q)
        {
            return low is null && high is null && c.Stance == ClaimStance.Denied;
        }

        var lowOk = low is null ? q.Kind is EstimateKind.UpTo or EstimateKind.Nearly || q.Low == 0 : q.Low == low && q.Kind is not (EstimateKind.UpTo or EstimateKind.Nearly);
        return lowOk && q.High == high;
    }

    public static bool ClaimantMatches(Claim c, string? attributedTo)
    {
        if (attributedTo is null)
        {
            return c.Claimant.Kind == ClaimantKind.Document;
        }

        if (c.Claimant.Kind == ClaimantKind.Document)
        {
            return false;
        }

        var gold = Norm(attributedTo);
        var mine = Norm(c.Claimant.Name);
        var key = EntityRegistry.Default.Resolve(attributedTo)?.Id ?? EntityRegistry.Default.FindAll(attributedTo).FirstOrDefault()?.Entity.Id;
        if (key is not null && string.Equals(key, c.Claimant.Key, StringComparison.Ordinal))
        {
            return true;
        }

        return mine.Length > 0 && (gold.Contains(mine, StringComparison.Ordinal) || mine.Contains(gold, StringComparison.Ordinal)
            || (gold.Contains("military", StringComparison.Ordinal) && mine.Contains("military", StringComparison.Ordinal))
            || (gold.Contains("warren", StringComparison.Ordinal) && mine.Contains("warren", StringComparison.Ordinal)));
    }

    private static string Norm(string s)
    {
        var t = s.ToLowerInvariant().Trim();
        foreach (var prefix in new[] { "the ", "a ", "an " })
        {
            if (t.StartsWith(prefix, StringComparison.Ordinal))
            {
                t = t[prefix.Length..];
            }
        }

        if (t.EndsWith("s", StringComparison.Ordinal) && t.Length > 4 && !t.EndsWith("ss", StringComparison.Ordinal))
        {
            t = t[..^1];
        }

        return t;
    }

    public static bool DateMatches(Claim c, string? gold)
    {
        if (gold is null)
        {
            return c.Scope is null;
        }

        if (c.Scope is not { } s)
        {
            return false;
        }

        string? start;
        string? end;
        var slash = gold.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            start = end = gold;
        }
        else
        {
            start = gold[..slash];
            end = gold[(slash + 1)..];
        }

        return Same(s.Earliest, start) && Same(s.Latest, end);

        static bool Same(NodaTime.LocalDate? d, string? iso) =>
            iso is null or ".." ? d is null : d is { } x && string.Equals(x.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), iso, StringComparison.Ordinal);
    }

    public static bool StanceMatches(Claim c, string gold) => gold switch
    {
        "asserted" => c.Stance == ClaimStance.Asserted,
        "reported" => c.Stance is ClaimStance.Reported or ClaimStance.Reportedly,
        "claimed" => c.Stance is ClaimStance.Claimed or ClaimStance.Reportedly,
        "denied" => c.Stance == ClaimStance.Denied,
        "updated" => c.Stance == ClaimStance.Updated,
        "confirmed" => c.Stance == ClaimStance.Confirmed,
        _ => false,
    };

    public sealed record MentionResult(string Text, bool Figure, bool Category, bool Claimant, bool Date, string Detail, bool Stance = false)
    {
        public bool All => Figure && Category && Claimant && Date;
    }

    /// <summary>Scores every gold casualty mention of a seed: the best claim with the right figure and category.</summary>
    public static List<MentionResult> ScoreMentions(string id)
    {
        var doc = Extract(id);
        var gold = SharedData.Gold(id);
        var results = new List<MentionResult>();
        foreach (var m in gold.GetProperty("casualtyMentions").EnumerateArray())
        {
            var text = m.GetProperty("text").GetString()!;
            long? low = m.GetProperty("low").ValueKind == JsonValueKind.Null ? null : m.GetProperty("low").GetInt64();
            long? high = m.GetProperty("high").ValueKind == JsonValueKind.Null ? null : m.GetProperty("high").GetInt64();
            var category = Category(m.GetProperty("category").GetString()!);
            var attributed = m.GetProperty("attributedTo").ValueKind == JsonValueKind.Null ? null : m.GetProperty("attributedTo").GetString();
            var date = m.GetProperty("date").ValueKind == JsonValueKind.Null ? null : m.GetProperty("date").GetString();
            var figure = doc.Claims.Where(c => FigureMatches(c, low, high)).ToList();
            var cat = figure.Where(c => c.Subject.Category == category).ToList();
            var inText = cat.Where(c => Overlaps(c, text)).ToList();
            if (inText.Count > 0)
            {
                cat = inText;
            }

            var best = cat.OrderByDescending(c => (ClaimantMatches(c, attributed) ? 2 : 0) + (DateMatches(c, date) ? 1 : 0)).FirstOrDefault()
                ?? figure.FirstOrDefault();
            var detail = best is null
                ? "no claim with the figure"
                : $"got {best.Quantity} {best.Subject.Category} by '{best.Claimant.Name}' ({best.Stance}) scope {best.Scope?.ToString() ?? "null"} :: {best.Text}";
            results.Add(new MentionResult(
                text,
                figure.Count > 0,
                cat.Count > 0,
                best is not null && ClaimantMatches(best, attributed),
                best is not null && DateMatches(best, date),
                $"want {low}-{high} {m.GetProperty("category").GetString()} by {attributed ?? "null"} date {date ?? "null"}; {detail}",
                best is not null && StanceMatches(best, m.GetProperty("stance").GetString()!)));
        }

        return results;
    }

    private static bool Overlaps(Claim c, string goldText)
    {
        var a = c.Evidence.Sentence;
        var words = goldText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && a.Contains(string.Join(' ', words.Take(Math.Min(3, words.Length))), StringComparison.Ordinal)
            || (c.Text is { } t && goldText.Contains(t, StringComparison.Ordinal));
    }

    public static string Dump(string id)
    {
        var doc = Extract(id);
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"##### {id}  events={doc.Events.Count} claims={doc.Claims.Count} contested={doc.Contested.Count} checks={doc.Checks.Count}");
        if (doc.Summary is { } s)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"SUMMARY {s.Event.Kind} {s.Event.Period} {string.Join(", ", s.Event.Places)} sides={s.Sides.Count} result={s.Result}");
        }

        foreach (var c in doc.Claims)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"CLAIM {c.Quantity} {c.Subject.Category} who={c.Subject.Who}/{c.Subject.WhoKey} by={c.Claimant.Name} {c.Stance} scope={c.Scope?.ToString() ?? "null"} sup={c.Supersedes} :: {c.Text}");
        }

        foreach (var g in doc.Contested)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"CONTESTED {g.Reason} {g.About}: {string.Join(" | ", g.ClaimIds.Select(i => doc.FindClaim(i)!.Quantity + " " + doc.FindClaim(i)!.Claimant.Name))}");
        }

        foreach (var k in doc.Checks)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"CHECK {k.Kind} {k.Relation} holds={k.Holds}");
        }

        foreach (var e in doc.Events.Take(400))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"EVENT {e.Kind} {e.When} parent={(e.ParentId is null ? "-" : "y")} places=[{string.Join(";", e.Places)}] actors=[{string.Join(";", e.Actors.Select(a => a.Name + ":" + a.Role))}] :: {e.Title}");
        }

        foreach (var r in ScoreMentions(id).Where(r => !r.All))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"MISS fig={r.Figure} cat={r.Category} who={r.Claimant} date={r.Date} :: {r.Text} :: {r.Detail}");
        }

        return sb.ToString();
    }
}
