using Narrator.Core;

namespace Narrator.Text.Normalization;

internal readonly record struct Token(TokenKind Kind, int Start, int Length, string Text)
{
    public SourceRange Range => new(Start, Length);

    public bool IsChar(char c) => Kind == TokenKind.Symbol && Text.Length == 1 && Text[0] == c;

    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);
}
