using Microsoft.AspNetCore.Http;

namespace Narrator.Server;

/// <summary>
/// Asks every request for its API key when the server has keys (and it must, to listen beyond loopback):
/// <c>Authorization: Bearer nrk_…</c>. The keys file is read again when it changes, so <c>serve keys
/// add/remove</c> take effect without a restart. A server that must have keys refuses everything while it has none.
/// </summary>
internal sealed class KeyCheck(string keysFile, bool required)
{
    private readonly object _gate = new();
    private ApiKeyStore _keys = ApiKeyStore.Open(keysFile);
    private DateTime _read = File.Exists(keysFile) ? File.GetLastWriteTimeUtc(keysFile) : DateTime.MinValue;

    public bool HasKeys => Current().Keys.Count > 0;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (StudioAssets.IsPublic(context.Request))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var keys = Current();
        if (required && keys.Keys.Count == 0)
        {
            await ApiError.Write(context.Response, StatusCodes.Status401Unauthorized, "authentication_error", $"This server listens beyond this machine but {keysFile} holds no API key any more; add one with 'narrator serve keys add'.", "no_api_keys").ConfigureAwait(false);
            return;
        }

        if (keys.Keys.Count > 0)
        {
            var header = context.Request.Headers.Authorization.ToString();
            if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                await ApiError.Write(context.Response, StatusCodes.Status401Unauthorized, "authentication_error", "This server needs an API key: send the header 'Authorization: Bearer <key>' (keys come from 'narrator serve keys add').", "missing_api_key").ConfigureAwait(false);
                return;
            }

            if (keys.Find(header["Bearer ".Length..].Trim()) is not { } key)
            {
                await ApiError.Write(context.Response, StatusCodes.Status401Unauthorized, "authentication_error", "The API key is not valid on this server (unknown or removed).", "invalid_api_key").ConfigureAwait(false);
                return;
            }

            context.Items[typeof(Caller)] = new Caller(key.Id, key.Publisher);
        }

        await next(context).ConfigureAwait(false);
    }

    private ApiKeyStore Current()
    {
        var written = File.Exists(keysFile) ? File.GetLastWriteTimeUtc(keysFile) : DateTime.MinValue;
        lock (_gate)
        {
            if (written != _read)
            {
                _keys = ApiKeyStore.Open(keysFile);
                _read = written;
            }

            return _keys;
        }
    }
}
