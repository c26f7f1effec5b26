using Microsoft.AspNetCore.Http;

namespace Narrator.Server;

/// <summary>
/// Refuses state-changing requests that a browser says come from another site. A web page may post a
/// form to a server on the visitor's loopback without any key (that server needs none): the browser's
/// <c>Origin</c> and <c>Sec-Fetch-Site</c> headers give such requests away, and API clients send neither.
/// </summary>
internal static class CrossSiteRequests
{
    /// <summary>Why the request is refused, or null when no browser says it comes from elsewhere.</summary>
    public static string? Problem(HttpRequest request)
    {
        var own = $"{request.Scheme}://{request.Host}";
        if (request.Headers.Origin.ToString() is { Length: > 0 } origin && !string.Equals(origin, own, StringComparison.OrdinalIgnoreCase))
        {
            return $"Refused: this request comes from another site ({origin}), not {own}.";
        }

        return request.Headers["Sec-Fetch-Site"].ToString() is { Length: > 0 } site && site is not ("same-origin" or "none")
            ? $"Refused: the browser says this request is {site}, not same-origin."
            : null;
    }

    /// <summary>Middleware: a POST, PUT, PATCH or DELETE that <see cref="Problem"/> refuses is answered 403 and goes no further.</summary>
    public static async Task RefuseAsync(HttpContext context, RequestDelegate next)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && !HttpMethods.IsOptions(context.Request.Method)
            && Problem(context.Request) is { } problem)
        {
            await ApiError.Write(context.Response, StatusCodes.Status403Forbidden, "permission_error", problem, "cross_site").ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }
}
