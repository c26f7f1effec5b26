namespace Narrator.Rendering.State;

/// <summary>The content of <c>render.json</c>: the plan and how far rendering got.</summary>
public sealed class RenderState
{
    /// <summary>The version of <c>render.json</c> this Narrator writes and reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The file's version; another version is refused with a message.</summary>
    public int Version { get; set; } = CurrentVersion;

    /// <summary>The book's title.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>The book's author, when it names one.</summary>
    public string? Author { get; set; }

    /// <summary>The manuscript's path.</summary>
    public string Source { get; set; } = string.Empty;

    /// <summary>The narrating voice's name.</summary>
    public string Voice { get; set; } = string.Empty;

    /// <summary>The narrating voice's fingerprint.</summary>
    public string VoiceFingerprint { get; set; } = string.Empty;

    /// <summary>Hash of everything besides the text that changes the audio: voice, settings, lexicon.</summary>
    public string SettingsHash { get; set; } = string.Empty;

    /// <summary>Every chapter of the plan, in order.</summary>
    public List<ChapterState> Chapters { get; set; } = [];

    /// <summary>The assembled audiobook; null until one is written.</summary>
    public AudiobookState? Audiobook { get; set; }

    /// <summary>The read-along EPUB; null unless one is written.</summary>
    public ReadAlongState? ReadAlong { get; set; }
}
