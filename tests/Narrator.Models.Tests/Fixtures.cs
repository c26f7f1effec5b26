namespace Narrator.Models.Tests;

/// <summary>The committed tiny Piper-contract voices (copied next to the test assembly).</summary>
internal static class Fixtures
{
    private static readonly string Voices = Path.Combine(AppContext.BaseDirectory, "fixtures", "voices");

    /// <summary>Single-speaker voice, 16 kHz.</summary>
    public static string SingleSpeaker => Path.Combine(Voices, "tiny-piper", "en_US-tiny-x_low.onnx");

    /// <summary>Three-speaker voice in a folder whose name has a space and a non-ASCII letter.</summary>
    public static string MultiSpeaker => Path.Combine(Voices, "t\u00efny voice", "en_US-tiny_multi-x_low.onnx");
}
