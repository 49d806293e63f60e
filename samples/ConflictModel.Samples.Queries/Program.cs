// Questions a researcher asks of a merged timeline: what happened in a place over a period; what an actor did
// under any of its names; every contested figure and who disagrees; casualty totals by side for a period, as
// ranges with the claims behind them.
using ConflictModel;
using ConflictModel.Merge;
using ConflictModel.Query;
using ConflictModel.Rendering;
using ConflictModel.Samples.Queries;
using NodaTime;

var options = MergeOptions.Default with { NameKey = HandCodedReports.Key, Policy = ReconciliationPolicy.UcdpLike };
MergedTimeline timeline = TimelineBuilder.Merge(HandCodedReports.All(), options);
var query = new TimelineQuery(timeline);   // builds an interval index over the dates once
Console.WriteLine($"{timeline.Documents.Count} documents, {timeline.SourceEvents.Count} reported events, {timeline.Events.Length} merged events");

// 1. What happened in a place over a period (the place under any spelling: Albu Kamal = Abu Kamal).
var from = new LocalDate(2017, 11, 1);
var to = new LocalDate(2017, 11, 30);
Console.WriteLine($"\n1. In Albu Kamal, {DisplayText.Day(from)} – {DisplayText.Day(to)}:");
foreach (var e in query.Where(new EventFilter(From: from, To: to, Place: "Albu Kamal")))
{
    Console.WriteLine($"   {DisplayText.Format(e.When),-16} {e.Kind,-10} {e.Title}  [{string.Join(", ", e.Documents)}]");
}

// 2. Events involving an actor under any of its names.
Console.WriteLine("\n2. Involving Daesh (ISIL, ISIS, IS, Islamic State):");
foreach (var e in query.ByActor("Daesh"))
{
    var names = e.Actors.Where(a => a.Key == HandCodedReports.Key("Daesh")).SelectMany(a => a.Names);
    Console.WriteLine($"   {DisplayText.Format(e.When),-16} {e.Title}  (named: {string.Join(" / ", names)})");
}

// 3. Every contested figure, who disagrees, and the assessment under the policy.
Console.WriteLine($"\n3. Contested figures under the {options.Policy.Name} policy:");
foreach (var a in query.Contested().SelectMany(e => e.Assessments).Where(a => a.IsDisputed))
{
    Console.WriteLine($"   {a.Subject.Category} {a.Subject.Who}, {DisplayText.Format(a.Scope)}: {DisplayText.Format(a.Estimate)} ({a.Status})");
    foreach (var c in a.Contributions)
    {
        string value = c.Claim.Quantity is { } q ? DisplayText.Format(q) : "-";
        Console.WriteLine($"     {c.Claim.Claimant.Name,-24} {value,-10} {c.Claim.Stance,-9} weight {c.Weight:0.00}  {c.Reason}");
    }
}

// 4. Casualty totals by side for a period: interval sums of the reconciled figures, with the claims behind them.
Console.WriteLine($"\n4. Killed by side, {DisplayText.Day(from)} – {DisplayText.Day(to)}:");
foreach (var side in query.CasualtyTotals(from, to))
{
    var claims = side.Claims.Select(c => $"{c.Claimant.Name} {(c.Quantity is { } q ? DisplayText.Format(q) : "-")}");
    Console.WriteLine($"   {side.Side,-18} {DisplayText.Format(side.Total),-14} from: {string.Join("; ", claims)}");
}
