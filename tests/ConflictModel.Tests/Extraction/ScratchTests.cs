using ConflictModel.Extraction;
using ConflictModel.Formats;
using ConflictModel.Recognition;
using ConflictModel.Tests.Support;
using Xunit.Abstractions;

namespace ConflictModel.Tests.Extraction;

public class ScratchTests(ITestOutputHelper output)
{
    [SharedFact]
    public void Scratch()
    {
        var a = ArticleReaders.Default.Read(SharedData.SeedText("004_2f979ad44a583950"), "004");
        var paras = a.Paragraphs.Select(p => p.Text).ToArray();
        var ctx = new DateContext(DateAnchorMode.Narrative, null, a.Infobox?.Date?.Period?.Extent);
        var dates = DateRecognizer.Default.RecognizeParagraphs(paras, ctx);
        for (var i = 0; i < Math.Min(4, paras.Length); i++)
        {
            output.WriteLine($"P{i}: {paras[i][..Math.Min(80, paras[i].Length)]}");
            foreach (var m in dates[i])
            {
                output.WriteLine($"   {m.Kind} '{m.Text}' {m.Date} resolved={m.IsResolved} span={m.Span}");
            }
        }
    }
}
