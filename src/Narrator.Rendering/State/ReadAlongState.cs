namespace Narrator.Rendering.State;

/// <summary>The read-along EPUB last made, what it was made from, and the warnings it gave, so that an unchanged one is not made again.</summary>
public sealed class ReadAlongState
{
    public string Path { get; set; } = string.Empty;

    public string Hash { get; set; } = string.Empty;

    public List<string> Warnings { get; set; } = [];
}
