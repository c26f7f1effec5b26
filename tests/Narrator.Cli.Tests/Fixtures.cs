namespace Narrator.Cli.Tests;

internal static class Fixtures
{
    public static string Voices => Path.Combine(AppContext.BaseDirectory, "fixtures", "voices");

    public static string TinyVoice => Path.Combine(Voices, "tiny-piper", "en_US-tiny-x_low.onnx");

    public static string MultiSpeakerVoice => Path.Combine(Voices, "tïny voice", "en_US-tiny_multi-x_low.onnx");
}
