namespace Narrator.Text.Normalization;

/// <summary>The tokens of one input with the look-around helpers the rules share.</summary>
internal sealed class TokenStream
{
    public TokenStream(string source, List<Token> tokens, TextContext context, NormalizerOptions options)
    {
        Source = source;
        Tokens = tokens;
        Context = context;
        Options = options;
    }

    public string Source { get; }

    public List<Token> Tokens { get; }

    public TextContext Context { get; }

    public NormalizerOptions Options { get; }

    public int Count => Tokens.Count;

    public Token this[int index] => Tokens[index];

    public bool Has(int index) => index >= 0 && index < Tokens.Count;

    public bool Is(int index, TokenKind kind) => Has(index) && Tokens[index].Kind == kind;

    public bool IsChar(int index, char c) => Has(index) && Tokens[index].IsChar(c);

    public bool IsWord(int index, string word) =>
        Is(index, TokenKind.Word) && string.Equals(Tokens[index].Text, word, StringComparison.OrdinalIgnoreCase);

    public string Text(int index) => Has(index) ? Tokens[index].Text : string.Empty;

    /// <summary>The index after one optional run of spaces (not crossing a line break twice).</summary>
    public int SkipSpace(int index) => Is(index, TokenKind.Space) ? index + 1 : index;

    /// <summary>Index of the nearest non-space token before <paramref name="index"/>, or -1.</summary>
    public int Previous(int index) => Is(index - 1, TokenKind.Space) ? index - 2 : index - 1;

    /// <summary>True when a word or number ends right where the token at <paramref name="index"/> starts.</summary>
    public bool GluedToPrevious(int index) =>
        Has(index - 1) && Tokens[index - 1].Kind is TokenKind.Word or TokenKind.Number;

    /// <summary>True when the token after <paramref name="index"/> is no letter or digit (a word boundary).</summary>
    public bool EndsWord(int index) => !Has(index + 1) || Tokens[index + 1].Kind is TokenKind.Space or TokenKind.Symbol;
}
