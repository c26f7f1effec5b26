namespace Narrator.Synthesis.Voices;

/// <summary>Which speaker a loaded voice speaks as: a named or numbered stock speaker, or a clone from recordings or an embedding file.</summary>
public sealed class VoiceSelection
{
    /// <summary>A Piper speaker id or name (speaker_id_map), or a bundle speaker's name.</summary>
    public string? Speaker { get; init; }

    /// <summary>Recordings to clone (bundles only): their averaged embedding is the speaker.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>An embedding made by <c>narrator embed</c> (bundles only).</summary>
    public string? EmbeddingFile { get; init; }

    /// <summary>Reads a reference recording as mono samples and their rate; WAV files by default.</summary>
    public Func<string, (float[] Samples, int SampleRate)>? ReadAudio { get; init; }

    public static VoiceSelection Default { get; } = new();

    internal bool Clones => References.Count > 0 || EmbeddingFile is not null;
}
