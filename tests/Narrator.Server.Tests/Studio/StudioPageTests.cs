using System.Net;
using System.Text;

namespace Narrator.Server.Tests.Studio;

/// <summary>The studio's pages and its CSRF protection: what a browser gets, and what another site cannot do.</summary>
public sealed class StudioPageTests
{
    [Fact]
    public async Task Page_Opened_CarriesTokenCookieAndLockedDownHeaders()
    {
        await using var host = await TestServerHost.StartAsync();

        using var response = await host.Client.GetAsync("/studio/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Record a voice", html, StringComparison.Ordinal);
        Assert.DoesNotContain("{{csrf-token}}", html, StringComparison.Ordinal);
        var cookie = response.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("narrator_studio=", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Theory]
    [InlineData("/studio/..%2Fkeys.json")]
    [InlineData("/studio/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd")]
    [InlineData("/studio/missing.html")]
    public async Task Page_NotOfTheStudio_NotFound(string path)
    {
        await using var host = await TestServerHost.StartAsync();
        await File.WriteAllTextAsync(host.Options.KeysFile, "{}");

        using var response = await host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("{}", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_ServerWithKeys_OpensWithoutKeyButItsApiNeedsOne()
    {
        var folder = TestServerHost.NewFolder();
        var (_, _, acme) = ApiKeyStore.Open(Path.Combine(folder, "keys.json")).Add("acme", DateTimeOffset.UtcNow);
        await using var host = await TestServerHost.StartAsync(folder);
        var withoutKey = new StudioClient(host);
        await withoutKey.OpenAsync("publisher.html");

        using var refused = await withoutKey.SessionAsync();
        using var accepted = await new StudioClient(host, acme).SessionAfterOpenAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Contains("used by acme to create", await accepted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutToken_RefusedAndNothingKept()
    {
        await using var host = await TestServerHost.StartAsync();
        var studio = new StudioClient(host);
        await studio.OpenAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/studio/api/sessions") { Content = new StringContent("{\"name\":\"Jane Doe\"}", Encoding.UTF8, "application/json") };
        request.Headers.Add("Cookie", studio.Cookie);

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("needs the X-CSRF-Token header of its page", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(host.Options.StudioFolder));
    }

    [Fact]
    public async Task Post_TokenOfAnotherBrowser_Refused()
    {
        await using var host = await TestServerHost.StartAsync();
        var attacker = new StudioClient(host);
        await attacker.OpenAsync();
        var victim = new StudioClient(host);
        await victim.OpenAsync();

        using var response = await victim.PostAsync("sessions", new StringContent("{\"name\":\"Jane Doe\"}", Encoding.UTF8, "application/json"), token: attacker.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("does not match this browser's studio cookie", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FromAnotherOrigin_Refused()
    {
        await using var host = await TestServerHost.StartAsync();
        var studio = new StudioClient(host);
        await studio.OpenAsync();

        using var response = await studio.PostAsync("sessions", new StringContent("{\"name\":\"Jane Doe\"}", Encoding.UTF8, "application/json"), origin: "https://evil.example");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("comes from another site (https://evil.example)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostBook_WithoutToken_RefusedAndNoJobKept()
    {
        await using var host = await TestServerHost.StartAsync();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("# One\n\nA line.\n")), "file", "book.md" } };

        using var response = await host.Client.PostAsync("/studio/api/books", form);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(Directory.Exists(host.Options.JobsFolder) && Directory.EnumerateFileSystemEntries(host.Options.JobsFolder).Any());
    }
}
