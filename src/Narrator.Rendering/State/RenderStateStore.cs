using System.Text.Json;
using System.Text.Json.Serialization;

namespace Narrator.Rendering.State;

/// <summary>Reads and writes <c>render.json</c>, always whole: a temporary file renamed over the old one.</summary>
internal static class RenderStateStore
{
    public const string FileName = "render.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The saved state, or null when there is none; an unreadable file is set aside, not trusted.</summary>
    public static RenderState? Load(string folder, out string? warning)
    {
        warning = null;
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var state = JsonSerializer.Deserialize<RenderState>(File.ReadAllText(path), Json);
            if (state is { Version: RenderState.CurrentVersion })
            {
                return state;
            }

            warning = $"{path} is from another version of Narrator; rendering from scratch.";
        }
        catch (JsonException e)
        {
            warning = $"{path} is not readable ({e.Message}); it was kept as {FileName}.unreadable and rendering starts from scratch.";
            File.Copy(path, path + ".unreadable", overwrite: true);
        }

        return null;
    }

    public static void Save(string folder, RenderState state)
    {
        var path = Path.Combine(folder, FileName);
        Core.IO.AtomicFile.WriteAllText(path, JsonSerializer.Serialize(state, Json));
    }

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Json);

    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Json);
}
