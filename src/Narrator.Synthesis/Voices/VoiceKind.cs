namespace Narrator.Synthesis.Voices;

/// <summary>The kind of voice a <see cref="VoiceReference"/> points at, which decides how it loads.</summary>
public enum VoiceKind
{
    /// <summary>A Piper voice: <c>name.onnx</c> with <c>name.onnx.json</c> beside it.</summary>
    Piper,

    /// <summary>A Narrator bundle: a folder with <c>model.json</c> and its ONNX files.</summary>
    NarratorBundle,

    /// <summary>A voice enrolled in the user's voice store: a folder with <c>voice.json</c>; it loads only through its consent check (Narrator.Voices).</summary>
    Enrolled,
}
