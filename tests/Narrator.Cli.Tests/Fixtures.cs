namespace Narrator.Cli.Tests;

internal static class Fixtures
{
    public static string Voices => Path.Combine(AppContext.BaseDirectory, "fixtures", "voices");

    public static string TinyVoice => Path.Combine(Voices, "tiny-piper", "en_US-tiny-x_low.onnx");

    public static string TinyBundle => Path.Combine(AppContext.BaseDirectory, "fixtures", "bundles", "tiny");

    /// <summary>A tiny bundle whose acoustic model has prosody controls (pitch_shift, energy_scale).</summary>
    public static string TinyProsodyBundle => Path.Combine(AppContext.BaseDirectory, "fixtures", "bundles", "tiny-prosody");

    public static string GoldenWav => Path.Combine(AppContext.BaseDirectory, "fixtures", "features", "golden-input.wav");

    public static string Samples => Path.Combine(RepositoryRoot, "samples");

    /// <summary>The checkout the tests were built from (the folder holding Narrator.sln).</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Narrator.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new InvalidOperationException($"No Narrator.sln above {AppContext.BaseDirectory}.");
        }
    }

    public static string MultiSpeakerVoice => Path.Combine(Voices, "tïny voice", "en_US-tiny_multi-x_low.onnx");
}
