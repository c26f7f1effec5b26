using System.Security.Cryptography;

namespace Narrator.Server;

/// <summary>Ids of jobs and studio sessions: 16 lower-case hex digits, random, so no id can name a path or be guessed.</summary>
internal static class RandomId
{
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    public static bool IsValid(string id) => id.Length == 16 && id.All(char.IsAsciiHexDigitLower);
}
