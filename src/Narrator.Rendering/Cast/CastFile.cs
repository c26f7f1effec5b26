using System.Text.Json;

namespace Narrator.Rendering.Cast;

/// <summary>
/// A cast file: the narrator's voice, a voice per character and a voice for dialogue whose speaker has none,
/// as JSON: <c>{"narrator": "bdl", "characters": {"Alice": "slt", "the Queen": {"voice": "kathleen", "speed": 1.1}},
/// "dialogue": "slt"}</c>, or the same in YAML (<c>.yaml</c>, <c>.yml</c>). Character names match the speakers
/// <c>narrator cast</c> lists, ignoring case.
/// </summary>
public sealed class CastFile
{
    private CastFile(string path, CastEntry? narrator, CastEntry? dialogue, IReadOnlyDictionary<string, CastEntry> characters)
    {
        Path = path;
        Narrator = narrator;
        Dialogue = dialogue;
        Characters = characters;
    }

    /// <summary>The file the cast was read from, as given.</summary>
    public string Path { get; }

    /// <summary>Who reads the narration (and titles); null when the command's voice does.</summary>
    public CastEntry? Narrator { get; }

    /// <summary>Who reads dialogue whose speaker is unknown or has no voice here; null when the narrator does.</summary>
    public CastEntry? Dialogue { get; }

    /// <summary>Voices by character name, compared ignoring case.</summary>
    public IReadOnlyDictionary<string, CastEntry> Characters { get; }

    /// <summary>
    /// Reads a cast file, as YAML when its name ends in <c>.yaml</c> or <c>.yml</c>, else as JSON; a missing or unreadable
    /// file, malformed JSON or YAML or a bad entry is a <see cref="RenderException"/> naming the file.
    /// </summary>
    public static CastFile Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RenderException($"Cast file {path}: cannot be read ({e.Message}).", inner: e);
        }

        return IsYaml(path) ? ParseYaml(text, path) : Parse(text, path);
    }

    /// <summary>Whether <paramref name="path"/> names a YAML cast file (<c>.yaml</c>, <c>.yml</c>).</summary>
    internal static bool IsYaml(string path) =>
        System.IO.Path.GetExtension(path).ToLowerInvariant() is ".yaml" or ".yml";

    /// <summary>Reads cast JSON; <paramref name="path"/> names it in errors and is the folder relative voice paths start from.</summary>
    public static CastFile Parse(string json, string path)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(path);
        using var document = ParseJson(json, path);
        return Read(document, path, _ => null);
    }

    /// <summary>Reads a cast in YAML, with the same entries as JSON; <paramref name="path"/> names it in errors and is the folder relative voice paths start from.</summary>
    public static CastFile ParseYaml(string yaml, string path)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(path);
        var (json, lineOf) = CastYaml.ToJson(yaml, path);
        using var document = json;
        return Read(document, path, lineOf);
    }

    /// <param name="document">The cast file as JSON (a YAML file converted).</param>
    /// <param name="path">The file, for errors.</param>
    /// <param name="lineOf">The line where the key reached by a list of keys is written, where the format keeps it (YAML), for errors.</param>
    private static CastFile Read(JsonDocument document, string path, Func<IReadOnlyList<string>, int?> lineOf)
    {
        var reader = new CastEntryReader(path, lineOf);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new RenderException($"Cast file {path}: expected an object with \"narrator\", \"characters\" and \"dialogue\", found {Describe(root)}.");
        }

        CastEntry? narrator = null, dialogue = null;
        var characters = new Dictionary<string, CastEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "narrator":
                    narrator = reader.Read(["narrator"], property.Value);
                    break;
                case "dialogue":
                    dialogue = reader.Read(["dialogue"], property.Value);
                    break;
                case "characters":
                    ReadCharacters(property.Value, reader, characters);
                    break;
                default:
                    reader.Errors.Add($"unknown entry \"{property.Name}\"{reader.At([property.Name])} (a cast file has \"narrator\", \"characters\" and \"dialogue\")");
                    break;
            }
        }

        if (reader.Errors.Count > 0)
        {
            throw new RenderException($"Cast file {path}: {string.Join("; ", reader.Errors)}.");
        }

        return new CastFile(path, narrator, dialogue, characters);
    }

    private static void ReadCharacters(JsonElement value, CastEntryReader reader, Dictionary<string, CastEntry> characters)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            reader.Errors.Add($"\"characters\"{reader.At(["characters"])} must be an object of name: voice, found {Describe(value)}");
            return;
        }

        foreach (var character in value.EnumerateObject())
        {
            var name = character.Name.Trim();
            string[] keys = ["characters", name];
            if (name.Length == 0)
            {
                reader.Errors.Add($"characters{reader.At(keys)}: a character has an empty name");
            }
            else if (characters.ContainsKey(name))
            {
                reader.Errors.Add($"characters.{name}{reader.At(keys)}: given twice (names are compared ignoring case)");
            }
            else if (reader.Read(keys, character.Value) is { } entry)
            {
                characters[name] = entry;
            }
        }
    }

    private static JsonDocument ParseJson(string json, string path)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            // JsonException counts lines and positions from 0; editors count from 1.
            var where = e.LineNumber is { } line ? $" at line {line + 1}, position {(e.BytePositionInLine ?? 0) + 1}" : string.Empty;
            throw new RenderException($"Cast file {path}: not valid JSON{where}: {FirstSentence(e.Message)}", inner: e);
        }
    }

    /// <summary>The parser's own words without the zero-based position and path it appends (" LineNumber: 2 | …", " Path: …").</summary>
    private static string FirstSentence(string message)
    {
        var cuts = new[] { " LineNumber:", " Path:" }.Select(m => message.IndexOf(m, StringComparison.Ordinal)).Where(i => i > 0).ToList();
        return (cuts.Count > 0 ? message[..cuts.Min()] : message).TrimEnd();
    }

    internal static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the text \"{value.GetString()}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => "null",
    };
}
