using ConflictModel.Extraction;
using ConflictModel.Formats;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Extraction;

/// <summary>The recognisers keep per-thread tables and memos for speed: reading the same documents on many threads at
/// once, in different orders, gives exactly the output of one thread.</summary>
public class ExtractorConcurrencyTests
{
    [SharedFact]
    public void Extract_SeedsOnManyThreadsInAnyOrder_SameJsonAsOneThread()
    {
        var ids = SharedData.SeedIds;
        var texts = ids.Select(SharedData.SeedText).ToArray();
        string Json(int i) => ExtractedDocumentJson.Serialize(Extractor.Default.Extract(ArticleReaders.Default.Read(texts[i], ids[i])), false);
        var expected = Enumerable.Range(0, texts.Length).Select(Json).ToArray();

        // each task reads every seed, starting at a different one, twice over
        var results = new string[8][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t =>
        {
            var mine = new string[texts.Length];
            for (var round = 0; round < 2; round++)
            {
                for (var k = 0; k < texts.Length; k++)
                {
                    var i = (t + k) % texts.Length;
                    mine[i] = Json(i);
                }
            }

            results[t] = mine;
        });

        foreach (var mine in results)
        {
            Assert.Equal(expected, mine);
        }
    }
}
