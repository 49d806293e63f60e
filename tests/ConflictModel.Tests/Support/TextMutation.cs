using System.Text;

namespace ConflictModel.Tests.Support;

/// <summary>Applies random edits to a sample text, for fuzz/property tests of the recognisers.</summary>
public static class TextMutation
{
    /// <summary>Applies each edit at <c>Pos % length</c>: kind 0 removes a character, 1 inserts <c>Ch</c>, 2 replaces
    /// the character with <c>Ch</c>, any other kind duplicates up to 8 characters in place. An empty text gets
    /// <c>Ch</c> appended.</summary>
    public static string Mutate(string sample, (int Kind, int Pos, char Ch)[] edits)
    {
        var sb = new StringBuilder(sample);
        foreach (var (kind, pos, ch) in edits)
        {
            if (sb.Length == 0)
            {
                sb.Append(ch);
                continue;
            }

            int p = pos % sb.Length;
            switch (kind)
            {
                case 0:
                    sb.Remove(p, 1);
                    break;
                case 1:
                    sb.Insert(p, ch);
                    break;
                case 2:
                    sb[p] = ch;
                    break;
                default:
                    int len = Math.Min(8, sb.Length - p);
                    sb.Insert(p, sb.ToString(p, len));
                    break;
            }
        }

        return sb.ToString();
    }
}
