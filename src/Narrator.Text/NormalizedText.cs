namespace Narrator.Text;

/// <summary>The spoken form of a source text, token by token.</summary>
public sealed class NormalizedText
{
    public NormalizedText(string source, IReadOnlyList<SpokenToken> tokens)
    {
        Source = source;
        Tokens = tokens;
    }

    public string Source { get; }

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

    public override string ToString() => Spoken;
}
