using System.Text.Json;
using System.Text.Json.Serialization;

namespace Narrator.Voices;

/// <summary>An enrolled voice's <c>voice.json</c>: who it is, what it runs on, its references and its consent.</summary>
public sealed record VoiceRecord
{
    /// <summary>The value of <see cref="Format"/>.</summary>
    public const string FormatName = "narrator-voice";
    /// <summary>The record's file name in the voice folder.</summary>
    public const string FileName = "voice.json";
    /// <summary>The embedding's file name in the voice folder.</summary>
    public const string EmbeddingFileName = "embedding.json";
    /// <summary>The folder of reference recordings in the voice folder.</summary>
    public const string ReferencesFolder = "references";

    internal static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Always "narrator-voice".</summary>
    public string Format { get; init; } = FormatName;

    /// <summary>The voice's id, a slug of its name; also its folder's name.</summary>
    public required string Id { get; init; }

    /// <summary>The name the voice was enrolled with.</summary>
    public required string DisplayName { get; init; }

    /// <summary>The bundle the voice speaks through.</summary>
    public required BundleInfo Bundle { get; init; }

    /// <summary>The voice's embedding and the encoder that made it.</summary>
    public required EmbeddingInfo Embedding { get; init; }

    /// <summary>The reference recordings, with their hashes and QA figures.</summary>
    public IReadOnlyList<ReferenceEntry> References { get; init; } = [];

    /// <summary>The speaker's consent; a voice without one never speaks.</summary>
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

    /// <summary>The record as indented JSON, as <c>voice.json</c> holds it.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a <c>voice.json</c>.</summary>
    /// <exception cref="VoiceException">The file is missing, unreadable or of another format.</exception>
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
