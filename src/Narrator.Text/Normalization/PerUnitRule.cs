namespace Narrator.Text.Normalization;

/// <summary>A slash glued between an amount and a unit symbol reads "per": "€9.99/kg" → … per kilogram, "$3/lb".</summary>
internal sealed class PerUnitRule : INormalizationRule
{
    public RuleMatch? TryRead(TokenStream s, int index)
    {
        if (!s.IsChar(index, '/') || !s.Has(index - 1) || s.Is(index - 1, TokenKind.Space) || UnitRule.UnitAt(s, index + 1) is not { } unit)
        {
            return null;
        }

        return RuleMatch.Words(1 + unit.Count, "per " + unit.One);
    }
}
