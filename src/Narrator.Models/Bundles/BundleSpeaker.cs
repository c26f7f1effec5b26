namespace Narrator.Models.Bundles;

/// <summary>A stock speaker of a bundle: a name and its embedding in the bundle encoder's space.</summary>
public sealed class BundleSpeaker
{
    public string Name { get; set; } = string.Empty;

    public float[] Embedding { get; set; } = [];
}
