using ConflictModel.Recognition;

namespace ConflictModel.Tests.Recognition.Numbers;

public sealed class TextChunksTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(30_000)]
    public void Split_CoversTheTextExactlyOnce(int lines)
    {
        string text = string.Concat(Enumerable.Range(0, lines).Select(i => $"Line {i}: 12 soldiers were killed near Deir ez-Zor.\n"));
        var chunks = TextChunks.Split(text, 1000).ToList();
        Assert.Equal(text.Length, chunks.Sum(c => c.Length));
        for (int i = 1; i < chunks.Count; i++)
        {
            Assert.Equal(chunks[i - 1].Start + chunks[i - 1].Length, chunks[i].Start);
            Assert.Equal('\n', text[chunks[i].Start - 1]);
        }
    }

    [Fact]
    public void Split_OneLongLine_CutsAtSpaces()
    {
        string text = string.Concat(Enumerable.Repeat("More than 20 rebels were killed near Abu Kamal. ", 2000));
        var chunks = TextChunks.Split(text, 1000).ToList();
        Assert.Equal(text.Length, chunks.Sum(c => c.Length));
        Assert.All(chunks.Skip(1), c => Assert.True(char.IsWhiteSpace(text[c.Start - 1])));
    }

    [Fact]
    public void LongText_ChunkedResultsEqualPerLineResults()
    {
        string line = "On 5 May, more than 20 rebels and 13–14 ISIL fighters were killed near al-Bokamal and Deir Ezzor.\n";
        string text = string.Concat(Enumerable.Repeat(line, 2000));
        var numbers = NumberRecognizer.Default.Recognize(text);
        var entities = EntityRegistry.Default.FindAll(text);
        Assert.Equal(2000 * NumberRecognizer.Default.Recognize(line).Count, numbers.Count);
        Assert.Equal(2000 * EntityRegistry.Default.FindAll(line).Count, entities.Count);
        Assert.All(numbers, m => Assert.Equal(m.Text, m.Span.Slice(text)));
        Assert.All(entities, m => Assert.Equal(m.Text, m.Span.Slice(text)));
    }
}
