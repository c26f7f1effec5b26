using Microsoft.AspNetCore.Http;
using Narrator.Voices;

namespace Narrator.Server;

/// <summary>Who makes a request: the API key's id and publisher, or a local caller without a key.</summary>
internal sealed record Caller(string KeyId, string Publisher)
{
    /// <summary>A caller on a loopback-only server that has no keys: it declares no publisher.</summary>
    public static Caller Local { get; } = new("local", VoiceRequest.NoPublisher);

    public static Caller Of(HttpContext context) => context.Items[typeof(Caller)] as Caller ?? Local;
}
