using System.Text.Json;

namespace Narrator.Cli.Commands;

internal static class VoiceJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
