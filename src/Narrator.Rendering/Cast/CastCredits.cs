using Narrator.Synthesis.Provenance;

namespace Narrator.Rendering.Cast;

/// <summary>
/// The audiobook's credit for a cast of voices, for the M4B's description: "Read by bdl; characters voiced by slt (Alice)
/// and kathleen (the Queen and other dialogue)." A narrator who voices characters too is credited for them: "Read by bdl,
/// who also voices Felix; …". Only roles heard in the book are named.
/// </summary>
internal static class CastCredits
{
    /// <summary>The credit for <paramref name="voices"/> (the narrator's first); null when the narrator reads everything.</summary>
    public static string? Line(string narrator, IReadOnlyList<VoiceCredit>? voices)
    {
        if (voices is not { Count: > 1 })
        {
            return null;
        }

        var others = voices.Skip(1).Select(v => Characters(v) is { Count: > 0 } roles ? $"{v.Voice} ({Listed(roles)})" : v.Voice);
        var reader = Characters(voices[0]) is { Count: > 0 } own ? $"{narrator}, who also voices {Listed(own)}" : narrator;
        return $"Read by {reader}; characters voiced by {Listed(others.ToList())}.";
    }

    private static List<string> Characters(VoiceCredit voice) => voice.Roles.Where(r => r != VoiceCast.NarrationRole).ToList();

    private static string Listed(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}";
}
