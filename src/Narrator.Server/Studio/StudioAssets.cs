using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Narrator.Server;

/// <summary>
/// The studio's pages, styles and scripts, embedded in this assembly (<c>Studio/wwwroot</c>): served by name
/// from that fixed set only, so no request can reach a file on disk. They hold no data, so they need no API
/// key (the scripts send the key with each API call); the HTML carries the page's CSRF token.
/// </summary>
internal static class StudioAssets
{
    private const string Prefix = "studio/";
    private const string TokenPlaceholder = "{{csrf-token}}";

    // Scripts and styles from this server only: no inline script, nothing from another site, no framing.
    private const string Policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private static readonly Assembly Assembly = typeof(StudioAssets).Assembly;
    private static readonly HashSet<string> Names = [.. Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Select(n => n[Prefix.Length..])];

    /// <summary>Whether <paramref name="request"/> asks for a studio page or asset (which need no key), not the studio's API.</summary>
    public static bool IsPublic(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && request.Path.StartsWithSegments("/studio", StringComparison.Ordinal)
        && !request.Path.StartsWithSegments("/studio/api", StringComparison.Ordinal);

    public static void Map(IEndpointRouteBuilder app)
    {
        // "/studio" without its slash is sent to "/studio/", so that the pages' relative links resolve inside it.
        app.MapGet("/studio/{name?}", (HttpContext context, string? name, StudioCsrf csrf) =>
            context.Request.Path.Value == "/studio" ? Results.Redirect("/studio/") : Serve(context, name ?? "index.html", csrf)).DisableRateLimiting();
    }

    private static IResult Serve(HttpContext context, string name, StudioCsrf csrf)
    {
        if (!Names.Contains(name))
        {
            throw new ApiError(StatusCodes.Status404NotFound, "invalid_request_error", $"The studio has no page '{name}'; open /studio/.", "no_such_page");
        }

        using var stream = Assembly.GetManifestResourceStream(Prefix + name)!;
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        var extension = Path.GetExtension(name);
        if (extension == ".html")
        {
            headers.XFrameOptions = "DENY";
            text = text.Replace(TokenPlaceholder, csrf.Issue(context), StringComparison.Ordinal);
        }

        return Results.Text(text, extension switch
        {
            ".html" => "text/html; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            _ => "application/octet-stream",
        });
    }
}
