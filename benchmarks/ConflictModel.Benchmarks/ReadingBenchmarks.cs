using System.Text;
using BenchmarkDotNet.Attributes;
using ConflictModel.Formats;

namespace ConflictModel.Benchmarks;

/// <summary>Reading documents into articles: the five seeds (loaded from ../shared when present) and a large synthetic
/// Military Wiki document, structure only and with the typed-cell recognisers.</summary>
[MemoryDiagnoser]
public class ReadingBenchmarks
{
    private static readonly ReadOptions StructureOnly = new(RecognizeCells: false);
    private static readonly ReadOptions WithRecognition = new(RecognizeCells: true);
    private static readonly string Synthetic = BuildSynthetic(1_000_000);

    private string[] _seeds = [];

    /// <summary>Total characters of the seeds (for MB/s).</summary>
    public int SeedChars => _seeds.Sum(s => s.Length);

    [GlobalSetup]
    public void Setup()
    {
        _seeds = SeedFiles.Load();
        Console.WriteLine(_seeds.Length == 0
            ? "// ReadingBenchmarks: ../shared/seeds not found; seed benchmarks read nothing"
            : $"// ReadingBenchmarks: {_seeds.Length} seeds, {SeedChars} chars; synthetic {Synthetic.Length} chars");
    }

    [Benchmark]
    public int Seeds_structure()
    {
        int n = 0;
        foreach (var s in _seeds)
        {
            n += ArticleReaders.Default.Read(s, "seed", StructureOnly).Sections.Count;
        }

        return n;
    }

    [Benchmark]
    public int Seeds_with_recognition()
    {
        int n = 0;
        foreach (var s in _seeds)
        {
            n += ArticleReaders.Default.Read(s, "seed", WithRecognition).Sections.Count;
        }

        return n;
    }

    [Benchmark]
    public int Synthetic_1MB_structure() => ArticleReaders.Default.Read(Synthetic, "synthetic", StructureOnly).Sections.Count;

    [Benchmark]
    public string Detect_seeds()
    {
        string last = string.Empty;
        foreach (var s in _seeds)
        {
            last = FormatDetector.Default.Detect(s).Format;
        }

        return last;
    }

    private static string BuildSynthetic(int chars)
    {
        var sb = new StringBuilder("Military Wiki\nBattle of Example\nPart of the Example War\nDate1 May – 9 June 2015\nLocationExampletown\n\nExample victory\n\nArmy\n\n Rebels\nCasualties and losses\n10 killed (1–9 May)[1][2] 20 killed (1–9 May)[2]\n\n");
        int section = 0;
        while (sb.Length < chars)
        {
            sb.Append("Phase ").Append(section++).Append("\n\n");
            for (int p = 0; p < 5; p++)
            {
                sb.Append("On 3 May, the rebels attacked the northern checkpoint,[1] and 12 soldiers were reportedly killed according to a military source.[2][ citation needed ] The army counter-attacked the next day.[3]\n\n");
            }
        }

        sb.Append("\n  1. 1.0 1.1 \"Rebels attack\". Example Times. 4 May 2015. Retrieved 5 May 2015.\n  2. Army retakes town Example Post, 21 May 2015\n  3. \"Counter-attack\". Retrieved 6 June 2015.\n");
        return sb.ToString();
    }
}
