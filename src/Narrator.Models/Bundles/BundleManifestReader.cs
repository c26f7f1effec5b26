using System.Text.Json;

namespace Narrator.Models.Bundles;

/// <summary>Reads and checks <c>model.json</c>; every problem is reported in one error naming the file.</summary>
internal static class BundleManifestReader
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true };

    public static BundleManifest Read(string folder)
    {
        var path = Path.Combine(folder, "model.json");
        if (!File.Exists(path))
        {
            throw new ModelException($"{folder}: not a Narrator bundle (no model.json).");
        }

        BundleManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<BundleManifest>(File.ReadAllText(path), Json);
        }
        catch (JsonException e)
        {
            throw new ModelException($"{path}: not valid JSON ({e.Message}).", inner: e);
        }

        var errors = Check(manifest!, folder);
        if (errors.Count > 0)
        {
            throw new ModelException($"{path}: {string.Join("; ", errors)}.");
        }

        return manifest!;
    }

    private static List<string> Check(BundleManifest m, string folder)
    {
        var errors = new List<string>();
        if (m.Format != "narrator-bundle" || m.Version != 1)
        {
            errors.Add($"format '{m.Format}' version {m.Version} is not narrator-bundle version 1");
        }

        if (m.SampleRate < 8000 || m.Mel.NMels < 1 || m.Mel.Hop < 1)
        {
            errors.Add($"sampleRate {m.SampleRate}, mel.nMels {m.Mel.NMels} and mel.hop {m.Mel.Hop} must all be set");
        }
        else
        {
            ModelValues.CheckSampleRate(errors, "sampleRate", m.SampleRate);
            ModelValues.CheckBandEdge(errors, "mel.fmax", m.Mel.Fmax, "sampleRate", m.SampleRate);
        }

        if (m.Encoder.Features.ValueKind == JsonValueKind.Object
            && m.Encoder.Features.TryGetProperty("sampleRate", out var rate) && rate.TryGetInt32(out var featureRate))
        {
            ModelValues.CheckSampleRate(errors, "encoder.features.sampleRate", featureRate);
            var fmax = m.Encoder.Features.TryGetProperty("fmax", out var edge) && edge.ValueKind == JsonValueKind.Number ? edge.GetDouble() : (double?)null;
            ModelValues.CheckBandEdge(errors, "encoder.features.fmax", fmax, "encoder.features.sampleRate", featureRate);
        }

        ModelValues.CheckScale(errors, "inference.lengthScale", m.Inference.LengthScale, ModelValues.MinLengthScale, ModelValues.MaxLengthScale);
        foreach (var (factor, value) in new[] { ("time", m.Inference.MelContrast.Time), ("frequency", m.Inference.MelContrast.Frequency) })
        {
            if (!(value is >= 0.5f and <= 3f))
            {
                errors.Add($"inference.melContrast.{factor} {value} is outside 0.5–3 (1 leaves the mel as it is)");
            }
        }

        if (!(m.Mel.ClampMin > 0))
        {
            errors.Add($"mel.clampMin {m.Mel.ClampMin} must be above 0");
        }

        if (m.Encoder.EmbeddingSize < 1 || string.IsNullOrWhiteSpace(m.Encoder.Id))
        {
            errors.Add("encoder.id and encoder.embeddingSize must be set");
        }

        if (m.Encoder.Features.ValueKind != JsonValueKind.Object)
        {
            errors.Add("encoder.features is missing");
        }

        foreach (var (role, file) in new[] { ("encoder", m.Encoder.File), ("acoustic", m.Acoustic.File), ("vocoder", m.Vocoder.File) })
        {
            if (string.IsNullOrWhiteSpace(file) || Path.IsPathRooted(file) || file.Contains("..", StringComparison.Ordinal))
            {
                errors.Add($"{role}.file '{file}' must be a file name inside the bundle");
            }
            else if (!File.Exists(Path.Combine(folder, file)))
            {
                errors.Add($"{role}.file '{file}' is missing from the bundle");
            }
        }

        foreach (var speaker in m.Speakers.Where(s => s.Embedding.Length != m.Encoder.EmbeddingSize))
        {
            errors.Add($"speaker '{speaker.Name}' has an embedding of {speaker.Embedding.Length} values, not encoder.embeddingSize {m.Encoder.EmbeddingSize}");
        }

        if (m.DefaultSpeaker is { } name && m.Speakers.All(s => s.Name != name))
        {
            errors.Add($"defaultSpeaker '{name}' is not one of the speakers");
        }

        return errors;
    }
}
