namespace Narrator.Text;

/// <summary>The spoken form of a source text, token by token.</summary>
public sealed class NormalizedText
{
    /// <summary>The spoken <paramref name="tokens"/> of <paramref name="source"/>, in order.</summary>
    public NormalizedText(string source, IReadOnlyList<SpokenToken> tokens)
    {
        Source = source;
        Tokens = tokens;
    }

    /// <summary>The text as written, which every token's range points into.</summary>
    public string Source { get; }

    /// <summary>The spoken tokens in reading order, each with its range in <see cref="Source"/>.</summary>
    public IReadOnlyList<SpokenToken> Tokens { get; }

    /// <summary>Words separated by spaces, punctuation attached to the word before it.</summary>
    public string Spoken
    {
        get
        {
            var builder = new System.Text.StringBuilder();
            foreach (var token in Tokens)
            {
                if (token.Kind == SpokenTokenKind.Word && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(token.Text);
            }

            return builder.ToString();
        }
    }

    /// <summary>The same as <see cref="Spoken"/>.</summary>
    public override string ToString() => Spoken;
}
