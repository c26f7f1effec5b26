namespace Narrator.Text.Normalization;

/// <summary>One family of readings (numbers, dates, currency, …) tried at a token position.</summary>
internal interface INormalizationRule
{
    /// <summary>Reads the tokens starting at <paramref name="index"/>, or returns null when the rule does not apply.</summary>
    RuleMatch? TryRead(TokenStream stream, int index);
}
