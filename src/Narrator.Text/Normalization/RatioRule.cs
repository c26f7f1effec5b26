namespace Narrator.Text.Normalization;

/// <summary>
/// Ratios and scores that are not clock times: "16:9" (sixteen to nine), "3:1". Runs after
/// <see cref="TimeRule"/>, which claims everything that reads as a time.
/// </summary>
internal sealed class RatioRule : INormalizationRule
{
    public RuleMatch? TryRead(TokenStream s, int index)
    {
        if (!s.Is(index, TokenKind.Number) || !s.IsChar(index + 1, ':') || !s.Is(index + 2, TokenKind.Number)
            || s.Text(index).Length > 6 || s.Text(index + 2).Length > 6
            || s.IsChar(index - 1, ':') || s.IsChar(index + 3, ':') || !s.EndsWord(index + 2))
        {
            return null;
        }

        return RuleMatch.Words(3, NumberWords.Cardinal(s.Text(index)) + " to " + NumberWords.Cardinal(s.Text(index + 2)));
    }
}
