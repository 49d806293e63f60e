using System.Text;
using BenchmarkDotNet.Attributes;
using ConflictModel.Recognition;
using NodaTime;

namespace ConflictModel.Benchmarks;

/// <summary>Date recognition throughput over prose built from our own sample sentences (dense in dates, numbers and
/// near-misses), at 1 KB, 100 KB and 10 MB. MB/s = Size / Mean.</summary>
[MemoryDiagnoser]
public class DateRecognitionBenchmarks
{
    private static readonly string[] Sentences =
    [
        "On 10 April, the group launched a two-pronged attack on army positions around the river town.",
        "A counter-attack the same day regained control of the town after 26 fighters were killed.",
        "By late May, 3,000 fighters were involved in the offensive, according to a monitoring group.",
        "From 30 April until 10 May, 230 people were killed, including 39 civilians and 100 rebels.",
        "The next day, the fighters took the field, and two days later the bridge over the river.",
        "Between 10 and 12 February, the group withdrew from four towns in the northern countryside.",
        "During a press briefing on Jan. 29, 2016, the colonel said the city was split about 50 percent.",
        "In October 29 soldiers were killed at the beginning of the month, and the base fell in mid-March.",
        "The siege has lasted since mid-2014 (2 years, 2 weeks and 5 days) and may go on for months.",
        "At midnight on 12 December, a convoy of 150 soldiers reached the airbase; three days later it left.",
        "The monitor said 1,112 suicide attacks took place throughout 2016, up from 95% of the year before.",
        "Fighting raged on 18–23 September 2013 and again in the summer of 2014 near the crossing.",
    ];

    private static readonly DateContext Context = new(DateAnchorMode.Narrative, null,
        UncertainDate.FromBounds(new LocalDate(2014, 4, 10), new LocalDate(2014, 7, 14)));

    private static readonly string Text1K = Build(1_000);
    private static readonly string Text100K = Build(100_000);
    private static readonly string Text10M = Build(10_000_000);

    private static readonly string[] Paragraphs10M = Text10M.Split('\n');

    private string text = string.Empty;

    /// <summary>The input size in characters.</summary>
    [Params(1_000, 100_000, 10_000_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup() => text = Size switch
    {
        1_000 => Text1K,
        100_000 => Text100K,
        _ => Text10M,
    };

    /// <summary>The whole input as one text.</summary>
    [Benchmark]
    public int Recognize() => DateRecognizer.Default.Recognize(text, Context).Count;

    /// <summary>The 10 MB input as paragraphs (six sentences each), anchored as a document.</summary>
    [Benchmark]
    public int RecognizeParagraphs10M() => Size == 10_000_000 ? DateRecognizer.Default.RecognizeParagraphs(Paragraphs10M, Context).Count : 0;

    private static string Build(int size)
    {
        var sb = new StringBuilder(size + 200);
        int i = 0;
        while (sb.Length < size)
        {
            sb.Append(Sentences[i % Sentences.Length]);
            sb.Append(++i % 6 == 0 ? '\n' : ' ');
        }

        return sb.ToString(0, size);
    }
}
