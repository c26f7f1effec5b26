namespace Narrator.Models.Bundles;

/// <summary>A stock speaker of a bundle: a name and its embedding in the bundle encoder's space.</summary>
public sealed class BundleSpeaker
{
    /// <summary>The speaker's name, usable as a stock voice ("bdl").</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The speaker's embedding, from the bundle's encoder.</summary>
    public float[] Embedding { get; set; } = [];
}
