namespace Narrator.Rendering.State;

/// <summary>The assembled M4B and the chapter hashes it was made from.</summary>
public sealed class AudiobookState
{
    public string Path { get; set; } = string.Empty;

    public string Hash { get; set; } = string.Empty;

    public double Seconds { get; set; }
}
