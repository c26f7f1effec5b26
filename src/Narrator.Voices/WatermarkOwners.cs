using System.Text.Json;
using Narrator.Models;
using Narrator.Synthesis.Provenance;
using Narrator.Synthesis.Voices;

namespace Narrator.Voices;

/// <summary>
/// What a watermark payload means: the voices on this machine that mark their audio with it (enrolled voices by their
/// consent record, stock voices by their model), and the render the file's own provenance sidecar names when it
/// carries the same payload. A payload is 32 bits of a hash, so an unknown voice can share it only by chance (1 in 4 billion).
/// </summary>
public static class WatermarkOwners
{
    /// <summary>Who marks audio with <paramref name="payload"/>: the enrolled voices of <paramref name="store"/>, the stock voices of <paramref name="stockFolder"/>, and the render the provenance sidecar of <paramref name="file"/> names; one line each, empty when nobody.</summary>
    public static IReadOnlyList<string> Find(uint payload, string file, VoiceStore store, string stockFolder)
    {
        ArgumentNullException.ThrowIfNull(store);
        var owners = new List<string>();
        owners.AddRange(store.List()
            .Where(v => v.Consent is { } consent && ProvenanceRecord.PayloadOf(consent.Id) == payload)
            .Select(v => $"the enrolled voice {v.Id} ({v.DisplayName}; consent record {v.Consent!.Id})"));
        var stock = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var reference in VoiceResolver.StockVoices(stockFolder))
        {
            using var voice = VoiceLoader.Load(reference, new ExecutionOptions { Device = ExecutionDevice.Cpu });
            if (ProvenanceRecord.PayloadOf(voice.Fingerprint) == payload)
            {
                (stock.TryGetValue(voice.Fingerprint, out var names) ? names : stock[voice.Fingerprint] = []).Add(reference.Name);
            }
        }

        owners.AddRange(stock.Values.Select(names => $"the stock voice {string.Join(" / ", names)}"));
        if (Sidecar(file, payload) is { } render)
        {
            owners.Add(render);
        }

        return owners;
    }

    /// <summary>The render named by <c>&lt;file&gt;.provenance.json</c> when it records <paramref name="payload"/>.</summary>
    private static string? Sidecar(string file, uint payload)
    {
        var path = file + ".provenance.json";
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var root = json.RootElement;
            var recorded = root.TryGetProperty("watermarkPayload", out var p) ? p.GetString() : null;
            if (!string.Equals(recorded, payload.ToString("x8", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
            {
                return null;
            }

            string? Text(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } text ? text : null;
            var render = Text("title") is { } title ? $"the render \"{title}\"" : "an untitled render";
            var voice = Text("voice") is { } name ? $" by {name}" : string.Empty;
            var made = Text("created") is { } created ? $", made {created}" : string.Empty;
            return $"{render}{voice}{made} (its provenance sidecar {Path.GetFileName(path)})";
        }
        catch (JsonException e)
        {
            return $"(its provenance sidecar {Path.GetFileName(path)} is not readable: {e.Message})";
        }
    }
}
