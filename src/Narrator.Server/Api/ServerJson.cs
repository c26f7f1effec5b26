using System.Text.Encodings.Web;
using System.Text.Json;

namespace Narrator.Server;

/// <summary>
/// How the server reads and writes JSON: property names as the OpenAI API spells them. Fields it does not
/// know are ignored, as OpenAI clients send some (instructions, stream_format) that do not apply here.
/// </summary>
internal static class ServerJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        // Messages quote names ('slt'); plain quotes read better than \u0027 and are safe in a JSON body.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
