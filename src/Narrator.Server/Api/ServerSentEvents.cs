using System.Text;
using Microsoft.AspNetCore.Http;

namespace Narrator.Server;

/// <summary>Writes a job's events as server-sent events (<c>text/event-stream</c>), each flushed as it comes.</summary>
internal static class ServerSentEvents
{
    public static void Start(HttpResponse response)
    {
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-store";
    }

    public static async Task SendAsync(HttpResponse response, string type, string data)
    {
        await response.WriteAsync($"event: {type}\ndata: {data}\n\n", Encoding.UTF8).ConfigureAwait(false);
        await response.Body.FlushAsync().ConfigureAwait(false);
    }
}
