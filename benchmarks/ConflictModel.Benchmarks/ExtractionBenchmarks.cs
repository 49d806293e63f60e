using BenchmarkDotNet.Attributes;
using ConflictModel.Extraction;
using ConflictModel.Formats;

namespace ConflictModel.Benchmarks;

/// <summary>Extraction over the five seeds (loaded from ../shared at run time): read + recognise + extract, and
/// extract alone from already-read articles. docs/benchmarks.md reports MB/s as the UTF-8 size of the seed files
/// (76,760 bytes) divided by the mean time.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private static readonly string[] Seeds = SeedFiles.Load();
    private static readonly Article[] Articles = Seeds.Select((s, i) => ArticleReaders.Default.Read(s, "seed" + i)).ToArray();
    private static readonly Extractor Extractor = new();

    /// <summary>Gets the total characters of the seeds.</summary>
    public static int SeedChars => Seeds.Sum(s => s.Length);

    [GlobalSetup]
    public void Setup() =>
        Console.WriteLine(Seeds.Length == 0
            ? "// ExtractionBenchmarks: ../shared/seeds not found; nothing is extracted"
            : $"// ExtractionBenchmarks: {Seeds.Length} seeds, {SeedChars} chars");

    [Benchmark]
    public int Read_recognise_extract_seeds()
    {
        var n = 0;
        for (var i = 0; i < Seeds.Length; i++)
        {
            n += Extractor.Extract(ArticleReaders.Default.Read(Seeds[i], "seed" + i)).Claims.Count;
        }

        return n;
    }

    [Benchmark]
    public int Extract_seeds()
    {
        var n = 0;
        foreach (var a in Articles)
        {
            n += Extractor.Extract(a).Claims.Count;
        }

        return n;
    }
}
