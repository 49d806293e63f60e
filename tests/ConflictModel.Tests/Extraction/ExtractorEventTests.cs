using ConflictModel.Extraction;
using ConflictModel.Formats;
using NodaTime;

namespace ConflictModel.Tests.Extraction;

public class ExtractorEventTests
{
    private static ExtractedDocument Extract(string body) =>
        Extractor.Default.Extract(ArticleReaders.Default.Read("= Fighting near Riverton (2031) =\n\nInfobox\n- Date: 1–30 June 2031\n- Place: Riverton\n\n==Events==\n" + body + "\n", "own.txt"));

    [Fact]
    public void Extract_ActiveCapture_SubjectInitiatesAndFromTargets()
    {
        var doc = Extract("On 4 June, ISIL captured the village of Tel Marda from the rebels.");
        var e = Assert.Single(doc.Events, x => x.Kind == EventKind.Capture);
        Assert.Equal(new LocalDate(2031, 6, 4), e.Date?.Earliest);
        Assert.Contains(e.Actors, a => a.Key == "isis" && a.Role == ActorRole.Initiator);
        Assert.Contains(e.Actors, a => a.Key == "rebels" && a.Role == ActorRole.Target);
        Assert.Contains("Tel Marda", e.Places);
        Assert.Equal(doc.SummaryEvent!.Id, e.ParentId);
    }

    [Fact]
    public void Extract_PassiveCapture_ByActorInitiates()
    {
        var doc = Extract("On 5 June, the airport was captured by the Syrian Army.");
        var e = Assert.Single(doc.Events, x => x.Kind == EventKind.Capture);
        Assert.Contains(e.Actors, a => a.Key == "syrian-army" && a.Role == ActorRole.Initiator);
    }

    [Fact]
    public void Extract_SentenceWithTwoEvents_GivesBoth()
    {
        var doc = Extract("On 6 June, ISIL seized the bridge, but the rebels recaptured it two days later.");
        var capture = Assert.Single(doc.Events, x => x.Kind == EventKind.Capture);
        var recapture = Assert.Single(doc.Events, x => x.Kind == EventKind.Recapture);
        Assert.Equal(new LocalDate(2031, 6, 6), capture.Date?.Earliest);
        Assert.Equal(new LocalDate(2031, 6, 8), recapture.Date?.Earliest);
        Assert.Contains(recapture.Actors, a => a.Key == "rebels" && a.Role == ActorRole.Initiator);
        Assert.NotEqual(capture.Id, recapture.Id);
    }

    [Fact]
    public void Extract_SentenceWithoutDate_InheritsParagraphDate()
    {
        var doc = Extract("On 9 June, clashes erupted near the dam. 12 rebels were killed, according to SOHR.");
        var claim = Assert.Single(doc.Claims);
        Assert.Equal(new LocalDate(2031, 6, 9), claim.Scope?.Earliest);
        Assert.Equal("sohr", claim.Claimant.Key);
        Assert.Equal(ClaimStance.Reported, claim.Stance);
        Assert.Contains(doc.Events, e => e.Kind == EventKind.Clashes && e.ClaimIds.Contains(claim.Id));
    }

    [Fact]
    public void Extract_DenialAttachesToClaimBefore()
    {
        var doc = Extract("On 10 June, opposition sources reported that 30 ISIL fighters were killed. ISIL denied the claim.");
        var group = Assert.Single(doc.Contested, g => g.Reason == ContestedReason.Denial);
        var denial = doc.FindClaim(group.ClaimIds[1])!;
        Assert.Equal(ClaimStance.Denied, denial.Stance);
        Assert.Null(denial.Quantity);
        Assert.Equal(doc.FindClaim(group.ClaimIds[0])!.Subject, denial.Subject);
    }
}

public class ExtractorControlAndThreadingTests
{
    [Fact]
    public void Extract_Capture_GivesControlClaim()
    {
        var doc = Extractor.Default.Extract(ArticleReaders.Default.Read(
            "= Fighting near Riverton (2031) =\n\nInfobox\n- Date: 1–30 June 2031\n\n==Events==\nOn 4 June, ISIL reportedly captured the village of Tel Marda from the rebels.\n", "own.txt"));
        var control = Assert.Single(doc.Claims, c => c.Subject.Aspect == ClaimAspect.Control);
        Assert.Equal("isis", control.ControlledBy);
        Assert.Equal("Tel Marda", control.Subject.Place);
        Assert.Equal(new LocalDate(2031, 6, 4), control.Date?.Earliest);
        Assert.Equal(ClaimStance.Reportedly, control.Stance);
        Assert.Null(control.Quantity);
    }

    [Fact]
    public void Extract_InParallel_SameResultsAsSequential()
    {
        var texts = Enumerable.Range(1, 8).Select(i =>
            $"= Battle of Town{i} (2031) =\n\nInfobox\n- Date: 1–{10 + i} May 2031\n- Casualties1: {10 * i} killed\n\n==Battle==\nOn {i} May, ISIL attacked Town{i}. {i + 3} rebels were killed, according to SOHR, while the Army gave the number of {i + 9}.\n").ToArray();
        var extractor = new Extractor();
        var sequential = texts.Select(t => extractor.Extract(ArticleReaders.Default.Read(t, "t.txt"))).ToArray();
        var parallel = new ExtractedDocument[texts.Length];
        Parallel.For(0, texts.Length, i => parallel[i] = extractor.Extract(ArticleReaders.Default.Read(texts[i], "t.txt")));
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(sequential[i].Claims, parallel[i].Claims);
            Assert.Equal(sequential[i].Events, parallel[i].Events);
            Assert.Equal(sequential[i].Contested, parallel[i].Contested);
        }
    }
}

public class ExtractorEdgeTests
{
    [Fact]
    public void Extract_AbsurdDuration_NoExceptionAndNoDurationFinding()
    {
        var text = "= Battle of Nowhere =\n\nInfobox\n- Date: 3–13 December 2014, (999999999 years)\n- Place: Nowhere\n\n==Battle==\nOn 3 December, fighting began. After 999999999 years of fighting, on 5 December, the town fell.\n";
        var doc = Extractor.Default.Extract(ArticleReaders.Default.Read(text, "edge.txt"));
        Assert.DoesNotContain(doc.Checks, c => c.Kind == ConsistencyKind.Duration);
    }
}
