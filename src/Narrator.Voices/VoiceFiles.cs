namespace Narrator.Voices;

/// <summary>Which names may stand for a file of a voice folder: relative, forward slashes, no <c>.</c> or <c>..</c> parts, no links out.</summary>
internal static class VoiceFiles
{
    public static bool IsInside(string name) =>
        name.Length > 0 && !name.StartsWith('/') && !name.Contains('\\', StringComparison.Ordinal) && !name.Contains(':', StringComparison.Ordinal)
        && !Path.IsPathRooted(name) && name.Split('/').All(part => part is not ("" or "." or ".."));
}
