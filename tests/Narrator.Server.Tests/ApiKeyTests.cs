using System.Net;
using Narrator.Core;

namespace Narrator.Server.Tests;

[Trait("Tier", "integration")]
[Trait("Needs", "espeak-ng")]
public sealed class ApiKeyTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);

    private readonly string _folder = TestServerHost.NewFolder();

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Add_NewKey_FileHoldsItsHashNotTheKey()
    {
        var file = Path.Combine(_folder, "keys.json");
        var (store, key, secret) = ApiKeyStore.Open(file).Add("Acme Audio", Now);

        Assert.StartsWith(ApiKeyStore.Prefix, secret, StringComparison.Ordinal);
        Assert.DoesNotContain(secret[ApiKeyStore.Prefix.Length..], File.ReadAllText(file), StringComparison.Ordinal);
        Assert.Equal(key, ApiKeyStore.Open(file).Find(secret));
        Assert.Null(ApiKeyStore.Open(file).Find(secret + "x"));
        Assert.Empty(store.Remove(key.Id).Keys);
        Assert.Null(ApiKeyStore.Open(file).Find(secret));
    }

    [Fact]
    public void Remove_UnknownId_NamesTheFileAndTheIds()
    {
        var file = Path.Combine(_folder, "keys.json");
        var (store, key, _) = ApiKeyStore.Open(file).Add("acme", Now);

        var e = Assert.Throws<NarratorException>(() => store.Remove("nope"));

        Assert.Equal($"{file}: no key with id 'nope' (ids: {key.Id}).", e.Message);
    }

    [Fact]
    public void Open_DamagedFile_NamesTheFile()
    {
        var file = Path.Combine(_folder, "keys.json");
        File.WriteAllText(file, "[{\"id\": \"x\"");

        var e = Assert.Throws<NarratorException>(() => ApiKeyStore.Open(file));

        Assert.StartsWith($"{file}: not a keys file", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Speech_ServerWithKeys_AsksForAValidKey()
    {
        var (_, _, secret) = ApiKeyStore.Open(Path.Combine(_folder, "keys.json")).Add("acme", Now);
        await using var host = await TestServerHost.StartAsync(_folder);

        using var none = await host.SpeakAsync(new { input = "Hi.", voice = "tiny", response_format = "wav" });
        using var wrong = await host.SpeakAsync(new { input = "Hi.", voice = "tiny", response_format = "wav" }, key: ApiKeyStore.Prefix + "guessed");
        using var right = await host.SpeakAsync(new { input = "Hi.", voice = "tiny", response_format = "wav" }, key: secret);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Contains("needs an API key", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("not valid on this server", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task Speech_KeyRemovedWhileServing_RefusedFromThen()
    {
        var file = Path.Combine(_folder, "keys.json");
        var (store, _, keep) = ApiKeyStore.Open(file).Add("acme", Now);
        (store, var gone, var secret) = store.Add("globex", Now);
        await using var host = await TestServerHost.StartAsync(_folder);
        using (var before = await host.SpeakAsync(new { input = "Hi.", voice = "tiny", response_format = "wav" }, key: secret))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        store.Remove(gone.Id);
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddSeconds(5));
        using var after = await host.SpeakAsync(new { input = "Hi.", voice = "tiny", response_format = "wav" }, key: secret);
        using var other = await host.SpeakAsync(new { input = "Hi.", voice = "tiny", response_format = "wav" }, key: keep);

        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5290")]
    [InlineData("http://192.168.1.20:5290")]
    public async Task Build_BeyondLoopbackWithoutKeys_Refused(string url)
    {
        var e = await Assert.ThrowsAsync<NarratorException>(() => TestServerHost.StartAsync(_folder, o => new SpeechServerOptions
        {
            StockFolder = o.StockFolder, StoreFolder = o.StoreFolder, KeysFile = o.KeysFile, JobsFolder = o.JobsFolder, Urls = [url],
        }));

        Assert.Equal(ErrorKind.Refused, e.Kind);
        Assert.Contains($"Listening on {url} lets other machines in, so it needs API keys", e.Message, StringComparison.Ordinal);
    }
}
