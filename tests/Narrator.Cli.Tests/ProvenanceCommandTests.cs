using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Narrator.Audio;

namespace Narrator.Cli.Tests;

[Trait("Tier", "integration")]
[Collection(CliSerial.Name)]
public sealed class ProvenanceCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("narrator provenance ö-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Verify_WavFromSpeak_ValidSignedWithTheDevelopmentKey()
    {
        var wav = await SpeakAsync("spoken.wav");

        var run = await CliRun.RunAsync("provenance", "verify", wav);

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Equal($"{wav}: C2PA manifest valid", run.OutLines[0]);
        Assert.StartsWith("  signed with a development key (not trusted): CN=Narrator on ", run.OutLines[1], StringComparison.Ordinal);
        Assert.Contains(run.OutLines, l => l.StartsWith("  c2pa.created ", StringComparison.Ordinal));
        Assert.Contains("http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia", run.Out, StringComparison.Ordinal);
        Assert.Contains(run.OutLines, l => l.StartsWith("  voice narrator-tiny/alpha, fingerprint ", StringComparison.Ordinal));
        Assert.Contains("  no consent record (a stock voice)", run.OutLines);
        Assert.True(WavFile.Read(wav).Samples.Length > 0);
    }

    [Fact]
    [Trait("Needs", "ffmpeg")]
    public async Task Verify_EveryFileNarrateWrote_ValidUntilOneByteChanges()
    {
        var output = Path.Combine(_folder, "book");
        var narrate = await CliRun.RunAsync("narrate", Path.Combine(Fixtures.Samples, "the-lighthouse.md"), "--voice", Fixtures.TinyBundle, "--out", output, "--no-proof");
        Assert.True(narrate.ExitCode == 0, narrate.Error);
        string[] files = [Path.Combine(output, "chapters", "02 - The Storm.flac"), Path.Combine(output, "mp3", "02 - The Storm.mp3"), Path.Combine(output, "The Lighthouse.m4b")];

        foreach (var file in files)
        {
            var run = await CliRun.RunAsync("provenance", "verify", file);
            Assert.True(run.ExitCode == 0, run.Out + run.Error);
            Assert.Contains("  title \"The Lighthouse", run.Out, StringComparison.Ordinal);
        }

        var bytes = await File.ReadAllBytesAsync(files[2]);
        bytes[bytes.Length / 2] ^= 0x10;
        await File.WriteAllBytesAsync(files[2], bytes);
        var edited = await CliRun.RunAsync("provenance", "verify", files[2]);
        Assert.Equal(1, edited.ExitCode);
        Assert.Contains("C2PA manifest INVALID: the audio was changed", edited.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_Json_StatesTheVerdictAndTheFacts()
    {
        var wav = await SpeakAsync("spoken.wav");

        var run = await CliRun.RunAsync("provenance", "verify", wav, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("valid", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("WAV", json.RootElement.GetProperty("container").GetString());
        Assert.True(json.RootElement.GetProperty("developmentKey").GetBoolean());
        Assert.Equal("narrator-tiny/alpha", json.RootElement.GetProperty("voice").GetString());
        Assert.Equal(8, json.RootElement.GetProperty("watermarkPayload").GetString()!.Length);
    }

    [Fact]
    public async Task Verify_OneAudioByteChanged_ExitsOneSayingTheAudioChanged()
    {
        var wav = await SpeakAsync("spoken.wav");
        var bytes = await File.ReadAllBytesAsync(wav);
        bytes[100] ^= 0x04;
        await File.WriteAllBytesAsync(wav, bytes);

        var run = await CliRun.RunAsync("provenance", "verify", wav, "--json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("invalid", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("the audio was changed: the file's bytes do not match the manifest's hash (c2pa.hash.data)", json.RootElement.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Verify_WavWithoutManifest_ExitsOneSayingThereIsNone()
    {
        var wav = Path.Combine(_folder, "plain.wav");
        await WavFile.WriteAsync(wav, new float[1600], 16000);

        var run = await CliRun.RunAsync("provenance", "verify", wav);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"{wav}: no C2PA manifest (WAV)"], run.OutLines);
    }

    [Fact]
    public async Task Verify_GarbageWhereTheManifestShouldBe_ExitsOneSayingItIsMalformed()
    {
        var wav = await SpeakAsync("spoken.wav");
        var bytes = await File.ReadAllBytesAsync(wav);
        var chunk = bytes.AsSpan().LastIndexOf("C2PA"u8);
        bytes.AsSpan(chunk + 8, 4).Fill((byte)'x'); // the manifest store's first box header
        await File.WriteAllBytesAsync(wav, bytes);

        var run = await CliRun.RunAsync("provenance", "verify", wav);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{wav}: C2PA manifest INVALID: the manifest store is malformed: ", run.OutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_MissingFile_ExitsTwoNamingIt()
    {
        var missing = Path.Combine(_folder, "nowhere.flac");

        var run = await CliRun.RunAsync("provenance", "verify", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(missing, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_NotAnAudioFile_ExitsTwoNamingItAndTheProblem()
    {
        var text = Path.Combine(_folder, "chapter.txt");
        await File.WriteAllTextAsync(text, "It was a dark and stormy night.");

        var run = await CliRun.RunAsync("provenance", "verify", text);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"narrator: {text}: cannot read its C2PA manifest: it is not a WAV, FLAC, MP3 or MP4/M4A/M4B file.", run.Error.Trim());
    }

    [Fact]
    public async Task Speak_PublisherKey_VerifyNamesThePublisher()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var certificate = new CertificateRequest("CN=Example Press", key, HashAlgorithmName.SHA256).CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var certificateFile = Path.Combine(_folder, "press.pem");
        var keyFile = Path.Combine(_folder, "press-key.pem");
        await File.WriteAllTextAsync(certificateFile, certificate.ExportCertificatePem());
        await File.WriteAllTextAsync(keyFile, key.ExportPkcs8PrivateKeyPem());
        var wav = await SpeakAsync("press.wav", "--provenance-cert", certificateFile, "--provenance-key", keyFile);

        var run = await CliRun.RunAsync("provenance", "verify", wav);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("  signed by CN=Example Press (the certificate is not checked against a trust list)", run.OutLines[1]);
    }

    [Fact]
    public async Task Speak_CertificateWithoutKey_ExitsTwoBeforeWritingAnything()
    {
        var wav = Path.Combine(_folder, "never.wav");

        var run = await CliRun.RunAsync("speak", "Hello.", "--voice", Fixtures.TinyBundle, "--out", wav, "--provenance-cert", Path.Combine(_folder, "press.pem"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--provenance-cert needs --provenance-key", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(wav));
    }

    private async Task<string> SpeakAsync(string name, params string[] options)
    {
        var wav = Path.Combine(_folder, name);
        var run = await CliRun.RunAsync(["speak", "The keeper lit the lamp.", "--voice", Fixtures.TinyBundle, "--out", wav, .. options]);
        Assert.True(run.ExitCode == 0, run.Error);
        return wav;
    }
}
