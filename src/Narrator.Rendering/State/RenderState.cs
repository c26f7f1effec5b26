namespace Narrator.Rendering.State;

/// <summary>The content of <c>render.json</c>: the plan and how far rendering got.</summary>
public sealed class RenderState
{
    public const int CurrentVersion = 1;

    public int Version { get; set; } = CurrentVersion;

    public string Title { get; set; } = string.Empty;

    public string? Author { get; set; }

    public string Source { get; set; } = string.Empty;

    public string Voice { get; set; } = string.Empty;

    public string VoiceFingerprint { get; set; } = string.Empty;

    /// <summary>Hash of everything besides the text that changes the audio: voice, settings, lexicon.</summary>
    public string SettingsHash { get; set; } = string.Empty;

    public List<ChapterState> Chapters { get; set; } = [];

    public AudiobookState? Audiobook { get; set; }

    public ReadAlongState? ReadAlong { get; set; }
}
