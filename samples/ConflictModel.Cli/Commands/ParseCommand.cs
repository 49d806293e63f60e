using System.Globalization;
using ConflictModel.Extraction;
using ConflictModel.Formats;
using NodaTime;
using NodaTime.Text;

namespace ConflictModel.Cli.Commands;

/// <summary><c>parse [--format ID] [--reference-date yyyy-MM-dd] FILE...</c>: reads each file into an article and
/// prints one JSON object per line (JSON Lines).</summary>
public sealed class ParseCommand : ICommand
{
    /// <summary>Files larger than this are refused with a message.</summary>
    public const long MaxBytes = 32L * 1024 * 1024;

    public string Name => "parse";

    public string Summary => "read documents (5 formats, auto-detected) into articles; JSON Lines";

    public string Help => """
        usage: conflictmodel parse [--format ID] [--reference-date yyyy-MM-dd] FILE...

        Reads each FILE (format detected, or forced with --format: military-wiki, news-article,
        markdown-frontmatter, world-library, wiki-infobox) and prints one JSON object per file per line
        (schemaVersion 1.0): document, format, title, partOf, metadata, infobox {date {text,start,end,ongoing},
        place, result, sides [...], sharedCasualties, fields}, lead, sections [{heading, level, paragraphs}],
        references, boilerplate, diagnostics; and from extraction: summary, events [{id, kind, date, period, places,
        actors [{name, role}], parent, evidence, claims}], claims [{id, subject, value, claimant, stance, scope,
        supersedes, evidence {document, span, sentence}}], contested, checks.
        A file that cannot be read is reported on stderr as one line; the other files are still read.
        Exit code: 0 all files read, 1 some file failed, 2 usage error.
        """;

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? format = null;
        LocalDate? reference = null;
        var files = new List<string>();
        for (int i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a == "--format")
            {
                if (i + 1 >= args.Count)
                {
                    stderr.WriteLine("conflictmodel parse: --format needs a value");
                    return 2;
                }

                format = args[++i];
                if (ArticleReaders.Default.Find(format) is null)
                {
                    stderr.WriteLine($"conflictmodel parse: unknown format '{format}' (known: {string.Join(", ", ArticleReaders.Default.Readers.Select(r => r.Id))})");
                    return 2;
                }
            }
            else if (a == "--reference-date")
            {
                if (i + 1 >= args.Count)
                {
                    stderr.WriteLine("conflictmodel parse: --reference-date needs a value (yyyy-MM-dd)");
                    return 2;
                }

                var r = LocalDatePattern.Iso.Parse(args[++i]);
                if (!r.Success)
                {
                    stderr.WriteLine($"conflictmodel parse: --reference-date '{args[i]}' is not a yyyy-MM-dd date");
                    return 2;
                }

                reference = r.Value;
            }
            else if (a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2)
            {
                stderr.WriteLine($"conflictmodel parse: unknown option '{a}'");
                return 2;
            }
            else
            {
                files.Add(a);
            }
        }

        if (files.Count == 0)
        {
            stderr.WriteLine("conflictmodel parse: no FILE given (see --help)");
            return 2;
        }

        var options = new ReadOptions(format, reference);
        var extractor = new Extractor(new ExtractionOptions(ReferenceDate: reference));
        bool failed = false;
        foreach (var file in files)
        {
            if (!TryRead(file, stderr, out var text))
            {
                failed = true;
                continue;
            }

            var article = ArticleReaders.Default.Read(text, Path.GetFileName(file), options);
            var extracted = extractor.Extract(article);
            stdout.WriteLine(ExtractedDocumentJson.Serialize(extracted));
        }

        return failed ? 1 : 0;
    }

    private static bool TryRead(string file, TextWriter stderr, out string text)
    {
        text = string.Empty;
        try
        {
            if (Directory.Exists(file))
            {
                stderr.WriteLine($"conflictmodel parse: {file}: is a directory, not a file");
                return false;
            }

            var info = new FileInfo(file);
            if (!info.Exists)
            {
                stderr.WriteLine($"conflictmodel parse: {file}: no such file");
                return false;
            }

            if (info.Length > MaxBytes)
            {
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"conflictmodel parse: {file}: too large ({info.Length / (1024 * 1024)} MB; the limit is {MaxBytes / (1024 * 1024)} MB)"));
                return false;
            }

            text = File.ReadAllText(file);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"conflictmodel parse: {file}: cannot read ({ex.Message})");
            return false;
        }
    }
}
