using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using ConflictModel.Recognition;

namespace ConflictModel.Benchmarks;

/// <summary>Numbers, casualty figures (with attribution) and entity names over about 1 MB (and 1 KB, to show the cost
/// is linear) of English conflict prose generated from sentences written for this benchmark. Throughput in MB/s is
/// the text size divided by the mean time.</summary>
[MemoryDiagnoser]
public class QuantityRecognitionBenchmarks
{
    private static readonly string[] Sentences =
    [
        "On {0} May, {1} rebels and tribal gunmen died in fighting near Deir ez-Zor, while at least {2} ISIL fighters were killed, according to the SOHR.",
        "The Syrian Army claimed that it had killed over {1} militants since the start of the offensive, while SOHR gave the number of {2}.",
        "Al-Masdar reported that some {3} fighters had been wounded and {2} were captured near al-Bokamal.",
        "The number of dead soldiers was later updated to {1}, and another {2} soldiers remained missing.",
        "Opposition sources claimed that the local commander was killed; the group denied the claim.",
        "By late June, {3} ISIS fighters were involved in the offensive on Abu Kamal and Mayadin.",
        "Insurgents ambushed a convoy on the road to Raqqa, killing {2} soldiers and wounding dozens of others.",
        "An estimated {3} people, including over {1} children, live in the besieged districts of the city.",
        "Meanwhile, the militants still controlled about {0}% of the town, according to a military source.",
        "Kurdish sources said the YPG repelled the attack and that {2} attackers died in the fighting.",
        "The weather was clear and the roads to Palmyra and Homs were open again after two weeks of closure.",
    ];

    private static readonly string Large = Build(1_000_000);

    private static readonly string Small = Build(1_000);

    /// <summary>Gets the size of the large input in bytes (UTF-8).</summary>
    public static int LargeBytes => Encoding.UTF8.GetByteCount(Large);

    [Benchmark]
    public int Numbers() => NumberRecognizer.Default.Recognize(Large).Count;

    [Benchmark]
    public int Casualties() => CasualtyRecognizer.Default.RecognizeText(Large).Count;

    [Benchmark]
    public int Entities() => EntityRegistry.Default.FindAll(Large).Count;

    [Benchmark(Baseline = true)]
    public int AllRecognizers() =>
        NumberRecognizer.Default.Recognize(Large).Count + CasualtyRecognizer.Default.RecognizeText(Large).Count + EntityRegistry.Default.FindAll(Large).Count;

    [Benchmark]
    public int AllRecognizersSmall() =>
        NumberRecognizer.Default.Recognize(Small).Count + CasualtyRecognizer.Default.RecognizeText(Small).Count + EntityRegistry.Default.FindAll(Small).Count;

    private static string Build(int size)
    {
        var rnd = new Random(42);
        var sb = new StringBuilder(size + 400);
        while (sb.Length < size)
        {
            for (int p = 0; p < 5 && sb.Length < size; p++)
            {
                string s = Sentences[rnd.Next(Sentences.Length)];
                sb.AppendFormat(CultureInfo.InvariantCulture, s, rnd.Next(1, 29), rnd.Next(2, 400), rnd.Next(2, 90), rnd.Next(1000, 99000).ToString("N0", CultureInfo.InvariantCulture));
                sb.Append(' ');
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }
}
