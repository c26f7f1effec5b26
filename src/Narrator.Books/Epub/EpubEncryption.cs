namespace Narrator.Books.Epub;

/// <summary>
/// Refuses DRM-protected books: META-INF/rights.xml, or META-INF/encryption.xml encrypting anything
/// but fonts (font obfuscation, IDPF or Adobe, is not DRM and leaves the text readable).
/// </summary>
internal static class EpubEncryption
{
    private static readonly string[] FontObfuscation = ["http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC"];

    public static void EnsureReadable(EpubArchive archive)
    {
        const string encryption = "META-INF/encryption.xml";
        if (archive.Exists("META-INF/rights.xml"))
        {
            throw Encrypted(archive.File, "META-INF/rights.xml holds a rights (DRM) licence");
        }

        if (!archive.Exists(encryption))
        {
            return;
        }

        var doc = EpubXml.Load(archive, encryption);
        foreach (var data in doc.All("EncryptedData"))
        {
            var algorithm = data.All("EncryptionMethod").FirstOrDefault()?.Attr("Algorithm") ?? "";
            var uri = data.All("CipherReference").FirstOrDefault()?.Attr("URI") ?? "";
            var isFont = uri.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) || uri.EndsWith(".otf", StringComparison.OrdinalIgnoreCase)
                || uri.EndsWith(".woff", StringComparison.OrdinalIgnoreCase) || uri.EndsWith(".woff2", StringComparison.OrdinalIgnoreCase);
            if (!(isFont && FontObfuscation.Contains(algorithm)))
            {
                throw Encrypted(archive.File, $"{encryption} encrypts '{uri}'");
            }
        }
    }

    private static BookException Encrypted(string file, string why) =>
        new($"'{file}' is encrypted (DRM): {why}, so its text cannot be read. Narrate a DRM-free copy of the book.", Narrator.Core.ErrorKind.BadInput);
}
