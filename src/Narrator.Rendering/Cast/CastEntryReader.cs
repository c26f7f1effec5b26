using System.Text.Json;

namespace Narrator.Rendering.Cast;

/// <summary>
/// Reads one voice entry of a cast file, a string or an object, collecting every problem rather than stopping at the first.
/// <paramref name="lineOf"/> gives the line where a key is written, when the file's format keeps it (YAML), so that
/// each problem names it.
/// </summary>
internal sealed class CastEntryReader(string castPath, Func<IReadOnlyList<string>, int?> lineOf)
{
    private static readonly string[] Known = ["voice", "speaker", "speed", "pitch", "energy"];

    public List<string> Errors { get; } = [];

    /// <summary>" (line 7)" for the key reached by <paramref name="keys"/> when its line is known, else nothing.</summary>
    public string At(IReadOnlyList<string> keys) => lineOf(keys) is { } line ? $" (line {line})" : string.Empty;

    /// <summary>The entry under <paramref name="keys"/> (["narrator"], ["characters", "Alice"]); null when it has a problem, which <see cref="Errors"/> gets.</summary>
    public CastEntry? Read(IReadOnlyList<string> keys, JsonElement value)
    {
        var name = string.Join('.', keys);
        var label = name + At(keys);
        if (value.ValueKind == JsonValueKind.String)
        {
            return Voice(label, value.GetString()!) is { } plain ? new CastEntry(Label(name), plain) : null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            Errors.Add($"{label}: expected a voice (\"bdl\") or an object ({{\"voice\": \"bdl\", \"speed\": 1.1}}), found {CastFile.Describe(value)}");
            return null;
        }

        foreach (var unknown in value.EnumerateObject().Select(p => p.Name).Where(n => !Known.Contains(n, StringComparer.Ordinal)))
        {
            Errors.Add($"{name}{At([.. keys, unknown])}: unknown setting \"{unknown}\" (a voice entry takes {string.Join(", ", Known)})");
        }

        var voiceText = value.TryGetProperty("voice", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if (voiceText is null)
        {
            Errors.Add($"{label}: \"voice\" is missing or is not text");
            return null;
        }

        return Voice(label, voiceText) is { } voice
            ? new CastEntry(Label(name), voice)
            {
                Speaker = Text(keys, value, "speaker"),
                Speed = Number(keys, value, "speed"),
                Pitch = Number(keys, value, "pitch"),
                Energy = Number(keys, value, "energy"),
            }
            : null;
    }

    private string Label(string label) => $"{label} in {castPath}";

    /// <summary>
    /// A voice path is taken from the cast file's folder when something exists there under that name, so a cast
    /// file and its voices can move together; otherwise the text goes to the resolver as it is.
    /// </summary>
    private string? Voice(string label, string voice)
    {
        if (string.IsNullOrWhiteSpace(voice))
        {
            Errors.Add($"{label}: the voice is empty");
            return null;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(castPath))!;
        var beside = Path.Combine(folder, voice);
        return !Path.IsPathRooted(voice) && (File.Exists(beside) || Directory.Exists(beside)) ? beside : voice;
    }

    private string? Text(IReadOnlyList<string> keys, JsonElement entry, string name)
    {
        if (!entry.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
        {
            return value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
        }

        Errors.Add($"{string.Join('.', keys)}{At([.. keys, name])}: \"{name}\" must be a name or a number, found {CastFile.Describe(value)}");
        return null;
    }

    private float? Number(IReadOnlyList<string> keys, JsonElement entry, string name)
    {
        if (!entry.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetSingle(out var number) && float.IsFinite(number))
        {
            return number;
        }

        Errors.Add($"{string.Join('.', keys)}{At([.. keys, name])}: \"{name}\" must be a number, found {CastFile.Describe(value)}");
        return null;
    }
}
