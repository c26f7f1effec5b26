using System.Security.Cryptography;
using System.Text;

namespace Narrator.Voices;

/// <summary>SHA-256 in lower-case hex.</summary>
internal static class FileHash
{
    public static string Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public static string OfText(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
