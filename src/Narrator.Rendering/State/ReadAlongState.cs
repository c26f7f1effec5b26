namespace Narrator.Rendering.State;

/// <summary>The read-along EPUB last made, what it was made from, and the warnings it gave, so that an unchanged one is not made again.</summary>
public sealed class ReadAlongState
{
    /// <summary>The read-along EPUB's path, relative to the render folder.</summary>
    public string Path { get; set; } = string.Empty;

    /// <summary>Hash of what it was made from: it is current while this matches.</summary>
    public string Hash { get; set; } = string.Empty;

    /// <summary>What could not be synchronized, one line each.</summary>
    public List<string> Warnings { get; set; } = [];
}
