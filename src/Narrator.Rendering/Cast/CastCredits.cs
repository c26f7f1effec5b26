using Narrator.Synthesis.Provenance;

namespace Narrator.Rendering.Cast;

/// <summary>The audiobook's credit for a cast of voices, for the M4B's description: "Read by bdl; characters voiced by slt (Alice), kathleen (the Queen and other dialogue)."</summary>
internal static class CastCredits
{
    /// <summary>The credit for <paramref name="voices"/> (the narrator's first); null when the narrator reads everything.</summary>
    public static string? Line(string narrator, IReadOnlyList<VoiceCredit>? voices)
    {
        if (voices is not { Count: > 1 })
        {
            return null;
        }

        var others = voices.Skip(1).Select(v => v.Roles.Where(r => r != "narration").ToList() is { Count: > 0 } roles ? $"{v.Voice} ({Listed(roles)})" : v.Voice);
        return $"Read by {narrator}; characters voiced by {Listed(others.ToList())}.";
    }

    private static string Listed(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}";
}
