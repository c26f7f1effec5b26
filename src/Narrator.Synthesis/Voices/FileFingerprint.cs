using System.Security.Cryptography;

namespace Narrator.Synthesis.Voices;

/// <summary>SHA-256 over the contents of files, in order: the identity of a voice's model files.</summary>
internal static class FileFingerprint
{
    public static string Of(params string[] paths)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        foreach (var path in paths)
        {
            using var stream = File.OpenRead(path);
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
