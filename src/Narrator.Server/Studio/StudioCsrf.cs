using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Narrator.Server;

/// <summary>
/// CSRF protection of the studio's state-changing requests. A studio page gets a random nonce in a cookie
/// (HttpOnly, SameSite=Strict, path /studio) and, in the page itself, a token that is the nonce signed with
/// this process's secret. Every POST to <c>/studio/api</c> must send that token in <c>X-CSRF-Token</c>, with
/// the cookie, from the server's own origin. Another site can neither read the token nor make the browser
/// send the cookie, and a custom header cannot cross origins without a CORS preflight, which this server never grants.
/// </summary>
internal sealed class StudioCsrf
{
    public const string CookieName = "narrator_studio";
    public const string HeaderName = "X-CSRF-Token";

    private readonly byte[] _secret = RandomNumberGenerator.GetBytes(32);

    /// <summary>The token for the page being served, setting the nonce cookie when the browser has none yet.</summary>
    public string Issue(HttpContext context)
    {
        var nonce = context.Request.Cookies[CookieName];
        if (nonce is null || !RandomId.IsValid(nonce))
        {
            nonce = RandomId.New();
            context.Response.Cookies.Append(CookieName, nonce, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Path = "/studio",
                Secure = context.Request.IsHttps,
                IsEssential = true,
            });
        }

        return TokenOf(nonce);
    }

    /// <summary>Why a POST is refused, or null when it carries a valid token from this origin.</summary>
    public string? Problem(HttpRequest request)
    {
        const string Reload = "reload the studio page and try again";
        if (CrossSiteRequests.Problem(request) is { } crossSite)
        {
            return crossSite;
        }

        var token = request.Headers[HeaderName].ToString();
        if (token.Length == 0)
        {
            return $"Refused: a studio request needs the {HeaderName} header of its page; {Reload}.";
        }

        var nonce = request.Cookies[CookieName];
        if (nonce is null || !RandomId.IsValid(nonce))
        {
            return $"Refused: the studio cookie is missing (cookies blocked, or it expired); {Reload}.";
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(token), Encoding.ASCII.GetBytes(TokenOf(nonce)))
            ? null
            : $"Refused: the {HeaderName} does not match this browser's studio cookie (the server restarted, or the page is stale); {Reload}.";
    }

    private string TokenOf(string nonce) => Convert.ToBase64String(HMACSHA256.HashData(_secret, Encoding.ASCII.GetBytes(nonce))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
