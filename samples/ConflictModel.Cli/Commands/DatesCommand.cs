using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ConflictModel.Recognition;
using NodaTime;
using NodaTime.Text;

namespace ConflictModel.Cli.Commands;

/// <summary>The <c>dates</c> verb: one JSON line of date mentions per input line.</summary>
public sealed class DatesCommand : ICommand
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => "dates";

    public string Summary => "Find and resolve date expressions, one JSON line per input line.";

    public string Help =>
        """
        usage: conflictmodel dates [--reference-date yyyy-MM-dd] [--mode narrative|news] [--stats] [FILE|-]

        Reads FILE (or standard input when FILE is '-' or absent) and prints, for each input line, one JSON line:
          {"schemaVersion":1,"line":N,"dates":[{"text","span":[start,end],"earliest","latest","precision","statedAs","kind","edtf"}]}
        Dates are ISO (yyyy-MM-dd); an open end is null. Each line is read on its own: yearless and relative dates are
        anchored to --reference-date (news mode: the nearest occurrence not after it) and to earlier dates of the line.

        options:
          --reference-date yyyy-MM-dd   the reference (publication) date
          --mode narrative|news         how yearless dates are anchored (default: narrative)
          --stats                       print characters per second to standard error
        exit codes: 0 success, 1 input could not be read, 2 usage error
        """;

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        LocalDate? reference = null;
        var mode = DateAnchorMode.Narrative;
        bool stats = false;
        string? file = null;
        for (int i = 0; i < args.Count; i++)
        {
            string a = args[i];
            switch (a)
            {
                case "--reference-date":
                    if (i + 1 >= args.Count)
                    {
                        stderr.WriteLine("conflictmodel dates: --reference-date needs a value (yyyy-MM-dd).");
                        return 2;
                    }

                    var parsed = LocalDatePattern.Iso.Parse(args[++i]);
                    if (!parsed.Success)
                    {
                        stderr.WriteLine($"conflictmodel dates: bad --reference-date '{args[i]}' (expected yyyy-MM-dd).");
                        return 2;
                    }

                    reference = parsed.Value;
                    break;
                case "--mode":
                    if (i + 1 >= args.Count)
                    {
                        stderr.WriteLine("conflictmodel dates: --mode needs a value (narrative or news).");
                        return 2;
                    }

                    string m = args[++i];
                    if (string.Equals(m, "narrative", StringComparison.OrdinalIgnoreCase))
                    {
                        mode = DateAnchorMode.Narrative;
                    }
                    else if (string.Equals(m, "news", StringComparison.OrdinalIgnoreCase))
                    {
                        mode = DateAnchorMode.News;
                    }
                    else
                    {
                        stderr.WriteLine($"conflictmodel dates: bad --mode '{m}' (expected narrative or news).");
                        return 2;
                    }

                    break;
                case "--stats":
                    stats = true;
                    break;
                default:
                    if (a.StartsWith("--", StringComparison.Ordinal))
                    {
                        stderr.WriteLine($"conflictmodel dates: unknown option '{a}'. Run 'conflictmodel dates --help'.");
                        return 2;
                    }

                    if (file is not null)
                    {
                        stderr.WriteLine("conflictmodel dates: only one FILE may be given.");
                        return 2;
                    }

                    file = a;
                    break;
            }
        }

        if (mode == DateAnchorMode.News && reference is null)
        {
            stderr.WriteLine("conflictmodel dates: --mode news needs --reference-date.");
            return 2;
        }

        TextReader reader;
        try
        {
            reader = file is null or "-" ? Console.In : new StreamReader(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"conflictmodel dates: cannot read '{file}': {ex.Message}");
            return 1;
        }

        var context = new DateContext(mode, reference);
        long chars = 0;
        var watch = Stopwatch.StartNew();
        using (reader)
        {
            int lineNumber = 0;
            string? line;
            try
            {
                while ((line = reader.ReadLine()) is not null)
                {
                    lineNumber++;
                    chars += line.Length + 1;
                    var mentions = DateRecognizer.Default.Recognize(line, context);
                    stdout.WriteLine(ToJson(lineNumber, mentions));
                }
            }
            catch (IOException ex)
            {
                stderr.WriteLine($"conflictmodel dates: cannot read '{file ?? "-"}': {ex.Message}");
                return 1;
            }
        }

        if (stats)
        {
            double seconds = Math.Max(watch.Elapsed.TotalSeconds, 1e-9);
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dates: {chars} characters in {seconds:F3} s = {chars / seconds:F0} characters/s"));
        }

        return 0;
    }

    /// <summary>Returns the JSON line for one input line.</summary>
    /// <param name="line">The 1-based line number.</param>
    /// <param name="mentions">The mentions.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(int line, IReadOnlyList<DateMention> mentions)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", 1);
            w.WriteNumber("line", line);
            w.WriteStartArray("dates");
            foreach (var m in mentions)
            {
                w.WriteStartObject();
                w.WriteString("text", m.Text);
                w.WriteStartArray("span");
                w.WriteNumberValue(m.Span.Start);
                w.WriteNumberValue(m.Span.End);
                w.WriteEndArray();
                WriteDate(w, "earliest", m.Date.Earliest);
                WriteDate(w, "latest", m.Date.Latest);
                w.WriteString("precision", Camel(m.Date.Precision.ToString()));
                w.WriteString("statedAs", Camel(m.Date.StatedAs.ToString()));
                w.WriteString("kind", Camel(m.Kind.ToString()));
                if (m.Date.YearInferred)
                {
                    w.WriteBoolean("yearInferred", true);
                }

                if (m.Kind == DateMentionKind.Duration && m.Duration is { } d)
                {
                    w.WriteString("duration", d.ToString());
                }

                if (m.IsResolved)
                {
                    w.WriteString("edtf", m.Period is { } p ? Edtf.Format(p) : Edtf.Format(m.Date));
                }
                else
                {
                    w.WriteNull("edtf");
                }

                if (m.Diagnostic is { } diag)
                {
                    w.WriteString("note", diag.Message);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    private static void WriteDate(Utf8JsonWriter w, string name, LocalDate? d)
    {
        if (d is { } v)
        {
            w.WriteString(name, LocalDatePattern.Iso.Format(v));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static string Camel(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];
}
