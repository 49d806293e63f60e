// Questions a researcher asks of a merged timeline: what happened in a place over a period; what an actor did
// under any of its names; every contested figure and who disagrees; casualty totals by side for a period, as
// ranges with the claims behind them.
using ConflictModel;
using ConflictModel.Merge;
using ConflictModel.Rendering;
using ConflictModel.Samples.Queries;
using NodaTime;

var options = MergeOptions.Default with { NameKey = HandCodedReports.Key, Policy = ReconciliationPolicy.UcdpLike };
MergedTimeline timeline = TimelineBuilder.Merge(HandCodedReports.All(), options);
Console.WriteLine($"{timeline.Documents.Count} documents, {timeline.SourceEvents.Count} reported events, {timeline.Events.Length} merged events");

// 1. What happened in a place over a period (the place under any spelling).
var period = UncertainDate.OneOf(new LocalDate(2017, 11, 1), new LocalDate(2017, 11, 30));
string place = HandCodedReports.Key("Albu Kamal");
Console.WriteLine($"\n1. In Abu Kamal, {DisplayText.Format(period)}:");
foreach (var e in timeline.Events
             .Where(e => e.When.Overlaps(period) && e.Places.Any(p => HandCodedReports.Key(p) == place))
             .OrderBy(e => e.When, UncertainDate.ByEarliest).ThenBy(e => e.Id, StringComparer.Ordinal))
{
    Console.WriteLine($"   {DisplayText.Format(e.When),-16} {e.Kind,-10} {e.Title}  [{string.Join(", ", e.Documents)}]");
}

// 2. Events involving an actor under any of its names.
string actor = HandCodedReports.Key("Daesh");
Console.WriteLine("\n2. Involving ISIL (ISIS, IS, Islamic State, Daesh):");
foreach (var e in timeline.Events
             .Where(e => e.Actors.Any(a => a.Key == actor || a.Names.Any(n => HandCodedReports.Key(n) == actor)))
             .OrderBy(e => e.When, UncertainDate.ByEarliest).ThenBy(e => e.Id, StringComparer.Ordinal))
{
    var names = e.Actors.Where(a => a.Key == actor).SelectMany(a => a.Names);
    Console.WriteLine($"   {DisplayText.Format(e.When),-16} {e.Title}  (named: {string.Join(" / ", names)})");
}

// 3. Every contested figure, who disagrees, and the assessment under the policy.
Console.WriteLine($"\n3. Contested figures under the {options.Policy.Name} policy:");
foreach (var a in timeline.Contested.OrderBy(a => a.QuantityKey, StringComparer.Ordinal))
{
    Console.WriteLine($"   {a.Subject.Category} {a.Subject.Who}, {DisplayText.Format(a.Scope)}: {DisplayText.Format(a.Estimate)} ({a.Status})");
    foreach (var c in a.Contributions)
    {
        Console.WriteLine($"     {c.Claim.Claimant.Name,-24} {DisplayText.Format(c.Claim.Quantity!.Value),-10} {c.Claim.Stance,-9} weight {c.Weight:0.00}  {c.Reason}");
    }
}

// 4. Casualty totals by side for a period: interval sums of the reconciled figures, with the claims behind them.
var november = UncertainDate.InMonth(2017, 11);
Console.WriteLine($"\n4. Killed by side, {DisplayText.Format(november)}:");
foreach (var side in timeline.Assessments
             .Where(a => a.Subject.Category == CasualtyCategory.Killed && november.Contains(a.Scope))
             .GroupBy(a => a.Subject.WhoKey ?? a.Subject.Who ?? "unknown", StringComparer.Ordinal)
             .OrderBy(g => g.Key, StringComparer.Ordinal))
{
    Estimate total = side.Select(a => a.Estimate).Aggregate((x, y) => x + y);
    var claims = side.SelectMany(a => a.CountedClaims).Select(c => $"{c.Claimant.Name} {DisplayText.Format(c.Quantity!.Value)}");
    Console.WriteLine($"   {side.First().Subject.Who,-18} {DisplayText.Format(total),-14} from: {string.Join("; ", claims)}");
}
