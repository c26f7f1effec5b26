using System.Text;

namespace Narrator.Books.Text;

/// <summary>
/// Decodes a text file: a BOM decides (UTF-8, UTF-16 LE/BE); without one, strict UTF-8; bytes that are
/// not valid UTF-8 are read as Windows-1252 (Latin-1 where that code page is unavailable) with a warning.
/// Line ends become "\n".
/// </summary>
internal static class TextDecoder
{
    public static (string Text, List<string> Warnings) Decode(byte[] bytes, string file)
    {
        var warnings = new List<string>();
        string text;
        if (bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            text = new UTF8Encoding(false, false).GetString(bytes, 3, bytes.Length - 3);
        }
        else if (bytes.AsSpan().StartsWith(new byte[] { 0xFF, 0xFE }))
        {
            text = Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }
        else if (bytes.AsSpan().StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }
        else
        {
            try
            {
                text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                var legacy = CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;
                text = legacy.GetString(bytes);
                warnings.Add($"'{file}' is not valid UTF-8; it was read as {legacy.WebName}. Save it as UTF-8 if some characters look wrong.");
            }
        }

        return (text.ReplaceLineEndings("\n"), warnings);
    }
}
