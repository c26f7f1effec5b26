namespace Narrator.Voices;

/// <summary>The Narrator bundle a voice runs on: its folder and the SHA-256 of its model.json and encoder.</summary>
public sealed record BundleInfo(string Path, string Fingerprint);
