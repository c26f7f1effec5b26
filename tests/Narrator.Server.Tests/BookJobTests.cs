using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Narrator.Server.Tests;

[Trait("Tier", "integration")]
[Trait("Needs", "espeak-ng")]
[Trait("Needs", "ffmpeg")]
public sealed class BookJobTests
{
    private const string Manuscript = "# The Keeper\n\nThe keeper climbed the stair.\n\n# The Storm\n\nThe storm came in from the sea.\n";

    [Fact]
    public async Task Submit_Markdown_RendersChaptersAndTheAudiobook()
    {
        await using var host = await TestServerHost.StartAsync();
        using var submitted = await SubmitAsync(host, "lighthouse.md", Encoding.UTF8.GetBytes(Manuscript));
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        var id = Json(await submitted.Content.ReadAsStringAsync()).GetProperty("id").GetString()!;

        var events = await host.Client.GetStringAsync($"/v1/books/{id}/events");
        var job = Json(await host.Client.GetStringAsync($"/v1/books/{id}"));

        Assert.Contains("event: chapter", events, StringComparison.Ordinal);
        Assert.EndsWith("\"status\":\"done\",\"audiobook\":\"The Keeper.m4b\"}\n\n", events.Replace("lighthouse", "The Keeper", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(job.GetProperty("status").GetString() == "done" && job.GetProperty("chaptersDone").GetInt32() == 2, job.ToString());
        var files = job.GetProperty("files").EnumerateArray().Select(f => f.GetString()!).ToList();
        Assert.Equal(["chapters/01 - The Keeper.flac", "chapters/02 - The Storm.flac"], files.Where(f => f.EndsWith(".flac", StringComparison.Ordinal)));
        var m4b = files.Single(f => f.EndsWith(".m4b", StringComparison.Ordinal));
        Assert.True((await host.Client.GetByteArrayAsync($"/v1/books/{id}/files/{Uri.EscapeDataString(m4b)}")).Length > 1000);
    }

    [Fact]
    public async Task Start_JobLeftRunning_ResumesAndFinishes()
    {
        var folder = TestServerHost.NewFolder();
        var first = await TestServerHost.StartAsync(folder);
        await first.StopAsync();

        // What a server killed in the middle of a render leaves: the job marked running, its manuscript beside it.
        var store = new BookJobStore(Path.Combine(folder, "books"));
        var job = new BookJob(BookJobStore.NewId(), "local", Voices.VoiceRequest.NoPublisher, "tiny", "manuscript.md", "book.md", DateTimeOffset.UtcNow) { Status = BookJobStatus.Running };
        Directory.CreateDirectory(store.FolderOf(job.Id));
        await File.WriteAllTextAsync(store.ManuscriptOf(job), Manuscript);
        store.Save(job);

        await using var host = await TestServerHost.StartAsync(folder);
        await host.Client.GetStringAsync($"/v1/books/{job.Id}/events");

        Assert.True(store.Get(job.Id)!.Status == BookJobStatus.Done, store.Get(job.Id)!.ToString());
    }

    [Theory]
    [InlineData("book.pdf", "%PDF-1.7", 415, "is not a manuscript Narrator reads")]
    [InlineData("book.epub", "just text", 415, "an EPUB is a ZIP archive")]
    [InlineData("book.txt", "text\0\u0001binary", 415, "a text manuscript has no binary data")]
    [InlineData("../../etc/book.md", "", 415, "'book.md' cannot be read as a book: 'book.md' has no text to narrate")]
    public async Task Submit_NotABook_RefusedAndNothingKept(string name, string content, int status, string message)
    {
        await using var host = await TestServerHost.StartAsync();
        using var response = await SubmitAsync(host, name, Encoding.UTF8.GetBytes(content));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(Directory.Exists(host.Options.JobsFolder) ? Directory.GetFileSystemEntries(host.Options.JobsFolder) : []);
    }

    [Fact]
    public async Task Get_AnotherPublishersJob_NotFound()
    {
        var folder = TestServerHost.NewFolder();
        var keys = ApiKeyStore.Open(Path.Combine(folder, "keys.json"));
        (keys, _, var acme) = keys.Add("acme", DateTimeOffset.UtcNow);
        (_, _, var globex) = keys.Add("globex", DateTimeOffset.UtcNow);
        await using var host = await TestServerHost.StartAsync(folder);
        host.Client.DefaultRequestHeaders.Authorization = new("Bearer", acme);
        using var submitted = await SubmitAsync(host, "book.md", Encoding.UTF8.GetBytes(Manuscript));
        var id = Json(await submitted.Content.ReadAsStringAsync()).GetProperty("id").GetString()!;

        host.Client.DefaultRequestHeaders.Authorization = new("Bearer", globex);
        using var other = await host.Client.GetAsync($"/v1/books/{id}");

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Contains($"No book job '{id}' for this key", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Origin", "https://evil.example", "comes from another site (https://evil.example)")]
    [InlineData("Sec-Fetch-Site", "cross-site", "the browser says this request is cross-site")]
    public async Task Submit_FromAnotherSitesPage_RefusedAndNothingKept(string header, string value, string message)
    {
        await using var host = await TestServerHost.StartAsync();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(Manuscript)), "file", "book.md" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/books") { Content = form };
        request.Headers.Add(header, value);

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(Directory.Exists(host.Options.JobsFolder) ? Directory.GetFileSystemEntries(host.Options.JobsFolder) : []);
    }

    private static Task<HttpResponseMessage> SubmitAsync(TestServerHost host, string name, byte[] content)
    {
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(content), "file", name },
            { new StringContent("tiny"), "voice" },
        };
        return host.Client.PostAsync("/v1/books", form);
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;
}
