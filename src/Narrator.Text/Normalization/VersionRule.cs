namespace Narrator.Text.Normalization;

/// <summary>
/// Dotted numbers with two dots or more, as versions and section numbers are written: "2.0.1" →
/// two point zero point one, "3.10.2" → three point ten point two.
/// </summary>
internal sealed class VersionRule : INormalizationRule
{
    public RuleMatch? TryRead(TokenStream s, int index)
    {
        if (!s.Is(index, TokenKind.Number) || (s.Has(index - 1) && (s.IsChar(index - 1, '.') || s.Is(index - 1, TokenKind.Number))))
        {
            return null;
        }

        var parts = new List<string> { s.Text(index) };
        var end = index;
        while (s.IsChar(end + 1, '.') && s.Is(end + 2, TokenKind.Number))
        {
            parts.Add(s.Text(end + 2));
            end += 2;
        }

        // "555.123.4567" is a phone number (PhoneNumbers), not a version.
        return parts.Count >= 3 && (!s.Has(end + 1) || !s.Is(end + 1, TokenKind.Word)) && !PhoneNumbers.IsNorthAmerican(parts)
            ? RuleMatch.Words(end - index + 1, string.Join(" point ", parts.Select(Part)))
            : null;
    }

    // "05" keeps its digits, as a version part is read ("oh five" would be odd; "zero five").
    private static string Part(string digits) =>
        digits.Length > 1 && digits[0] == '0'
            ? string.Join(' ', digits.Select(d => NumberWords.Cardinal(d - '0')))
            : NumberWords.Cardinal(long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture));
}
