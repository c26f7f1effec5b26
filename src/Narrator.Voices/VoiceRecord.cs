using System.Text.Json;
using System.Text.Json.Serialization;

namespace Narrator.Voices;

/// <summary>An enrolled voice's <c>voice.json</c>: who it is, what it runs on, its references and its consent.</summary>
public sealed record VoiceRecord
{
    public const string FormatName = "narrator-voice";
    public const string FileName = "voice.json";
    public const string EmbeddingFileName = "embedding.json";
    public const string ReferencesFolder = "references";

    internal static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public string Format { get; init; } = FormatName;

    public required string Id { get; init; }

    public required string DisplayName { get; init; }

    public required BundleInfo Bundle { get; init; }

    public required EmbeddingInfo Embedding { get; init; }

    public IReadOnlyList<ReferenceEntry> References { get; init; } = [];

    public ConsentRecord? Consent { get; init; }

    /// <summary>The voice's adapted acoustic model (<c>narrator voice train</c>); null while it speaks through the base model.</summary>
    public AdaptationRecord? Adaptation { get; init; }

    /// <summary>
    /// Where the voice's publisher lists withdrawn consents (<see cref="PublishedRevocations"/>): a file
    /// path or http(s) URL, set by <c>voice export --revocation-list</c>; checked whenever the voice is opened.
    /// </summary>
    public string? RevocationList { get; init; }

    /// <summary>The store's signature over everything above (see <see cref="StoreKey"/>): an edited record no longer verifies.</summary>
    public string? Signature { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static VoiceRecord FromFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new VoiceException($"{path}: no such voice record.");
        }

        return FromJson(File.ReadAllText(path), path);
    }

    /// <summary>Parses voice.json text; <paramref name="source"/> names it in errors.</summary>
    public static VoiceRecord FromJson(string json, string source)
    {
        var path = source;
        try
        {
            var record = JsonSerializer.Deserialize<VoiceRecord>(json, Json);
            return record is { Format: FormatName }
                ? record
                : throw new VoiceException($"{path}: not a Narrator voice record (format '{FormatName}').");
        }
        catch (JsonException e)
        {
            throw new VoiceException($"{path}: not a valid voice record ({e.Message}).", e);
        }
    }
}
