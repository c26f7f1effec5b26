using System.Security.Cryptography;
using System.Text;

namespace Narrator.Core;

/// <summary>SHA-256 digests in lower-case hex, of text, of a file, or of several files read one after another.</summary>
public static class Sha256Hex
{
    /// <summary>SHA-256 of <paramref name="text"/> encoded as UTF-8, 64 lower-case hex digits.</summary>
    public static string Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>SHA-256 of the file at <paramref name="path"/>, read as a stream.</summary>
    public static string File(string path) => Files(path);

    /// <summary>SHA-256 of the files at <paramref name="paths"/> read one after another as a single stream (so order matters).</summary>
    public static string Files(params string[] paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        foreach (var path in paths)
        {
            using var stream = System.IO.File.OpenRead(path);
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
