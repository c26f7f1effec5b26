namespace Narrator.Rendering.Tests.Encoding;

/// <summary>Tests that run ffmpeg, one of which changes NARRATOR_FFMPEG: they run alone, not beside other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FfmpegCollection
{
    public const string Name = "ffmpeg";
}
