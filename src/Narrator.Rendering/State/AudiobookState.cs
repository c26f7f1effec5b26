namespace Narrator.Rendering.State;

/// <summary>The assembled M4B and the chapter hashes it was made from.</summary>
public sealed class AudiobookState
{
    /// <summary>The M4B's path, relative to the render folder.</summary>
    public string Path { get; set; } = string.Empty;

    /// <summary>Hash of the chapters and tags it was assembled from: it is current while this matches.</summary>
    public string Hash { get; set; } = string.Empty;

    /// <summary>Its length in seconds.</summary>
    public double Seconds { get; set; }
}
