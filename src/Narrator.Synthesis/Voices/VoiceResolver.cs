using Narrator.Core;
using Narrator.Models.Bundles;

namespace Narrator.Synthesis.Voices;

/// <summary>
/// Turns what the user typed after <c>--voice</c> into a voice on disk, in the order the
/// contract sets: an existing <c>.onnx</c> file (Piper), an existing folder with
/// <c>model.json</c> (Narrator bundle), an enrolled voice id in the user's voice store, then a
/// stock voice shipped in the stock folder: a Piper file, a bundle, or a bundle's speaker by name.
/// </summary>
public static class VoiceResolver
{
    /// <summary>The folder of shipped voices: <c>voices/</c> beside the executable.</summary>
    public static string DefaultStockFolder => Path.Combine(AppContext.BaseDirectory, "voices");

    /// <summary>Finds the voice <paramref name="voice"/> names.</summary>
    /// <param name="voice">What the user typed after <c>--voice</c>: a path, an enrolled id or a stock voice name; null or blank for the default stock voice.</param>
    /// <param name="stockFolder">The shipped voices, usually <see cref="DefaultStockFolder"/>.</param>
    /// <param name="storeFolder">The user's voice store, to find enrolled ids; null to skip it.</param>
    /// <exception cref="NarratorException">Nothing matches (the message lists the stock voices), or a file or folder is not a voice.</exception>
    public static VoiceReference Resolve(string? voice, string stockFolder, string? storeFolder = null)
    {
        if (string.IsNullOrWhiteSpace(voice))
        {
            return StockVoices(stockFolder).FirstOrDefault(v => v.Name == "default")
                ?? throw new NarratorException(
                    $"No voice was given and no default voice is installed in {stockFolder}. {Available(stockFolder)}");
        }

        if (File.Exists(voice))
        {
            if (!voice.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase))
            {
                throw new NarratorException($"{voice}: a voice file must be a Piper .onnx model (with its .onnx.json beside it).");
            }

            return new VoiceReference(VoiceKind.Piper, Path.GetFullPath(voice), Path.GetFileNameWithoutExtension(voice));
        }

        if (Directory.Exists(voice))
        {
            if (!File.Exists(Path.Combine(voice, "model.json")))
            {
                throw new NarratorException($"{voice}: this folder has no model.json, so it is not a Narrator bundle.");
            }

            return new VoiceReference(VoiceKind.NarratorBundle, Path.GetFullPath(voice), Path.GetFileName(Path.TrimEndingDirectorySeparator(voice)));
        }

        if (storeFolder is not null && IsEnrolledId(voice) && File.Exists(Path.Combine(storeFolder, voice, "voice.json")))
        {
            return new VoiceReference(VoiceKind.Enrolled, Path.GetFullPath(Path.Combine(storeFolder, voice)), voice);
        }

        return StockVoices(stockFolder).FirstOrDefault(v => string.Equals(v.Name, voice, StringComparison.OrdinalIgnoreCase))
            ?? throw new NarratorException($"Voice '{voice}' was not found: it is neither a file or folder ({Path.GetFullPath(voice)}, a relative path is taken from the current folder), an enrolled voice{(storeFolder is null ? string.Empty : $" in {storeFolder}")} nor a stock voice. {Available(stockFolder)}");
    }

    /// <summary>
    /// The shipped voices: Piper files and bundle folders directly in the stock folder, and each
    /// bundle's speakers by name (unless another stock voice has that name).
    /// </summary>
    public static IReadOnlyList<VoiceReference> StockVoices(string stockFolder)
    {
        if (!Directory.Exists(stockFolder))
        {
            return [];
        }

        var piper = Directory.EnumerateFiles(stockFolder, "*.onnx")
            .Select(f => new VoiceReference(VoiceKind.Piper, f, Path.GetFileNameWithoutExtension(f)));
        var bundles = Directory.EnumerateDirectories(stockFolder)
            .Where(d => File.Exists(Path.Combine(d, "model.json")))
            .Select(d => new VoiceReference(VoiceKind.NarratorBundle, d, Path.GetFileName(d)))
            .ToList();
        var voices = piper.Concat(bundles).OrderBy(v => v.Name, StringComparer.Ordinal).ToList();
        var names = voices.Select(v => v.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var speakers = bundles
            .SelectMany(b => BundleManifest.Read(b.Path).Speakers.Select(s => b with { Name = s.Name, Speaker = s.Name }))
            .Where(s => names.Add(s.Name))
            .OrderBy(v => v.Name, StringComparer.Ordinal);
        return [.. voices, .. speakers];
    }

    /// <summary>Enrolled ids are slugs: lower-case letters, digits and hyphens, so an id never walks out of the store.</summary>
    private static bool IsEnrolledId(string voice) => voice.Length > 0 && voice.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    private static string Available(string stockFolder)
    {
        var stock = StockVoices(stockFolder);
        return stock.Count == 0
            ? "Give the path of a Piper voice (voice.onnx, its .onnx.json beside it) or of a Narrator bundle folder."
            : "Stock voices: " + string.Join(", ", stock.Select(v => v.Name)) + "; or give the path of a Piper voice (voice.onnx) or of a Narrator bundle folder.";
    }
}
