using System.Text.Json;
using Narrator.Core.Processes;
using Narrator.Synthesis.Provenance;
using Narrator.Synthesis.Provenance.Signing;

namespace Narrator.Synthesis.Tests.Provenance;

/// <summary>Narrator's manifests read and validated by another implementation of C2PA (c2pa-ts), not by Narrator's own reader.</summary>
[Trait("Tier", "integration")]
[Trait("Needs", "ffmpeg")]
[Trait("Needs", "node")]
public sealed class C2paReaderTests : IDisposable
{
    private readonly ProvenanceMedia _media = new();

    public static TheoryData<string> Formats => new() { "wav", "flac", "mp3", "m4b" };

    [C2paReaderTheory]
    [MemberData(nameof(Formats))]
    public async Task SignedFile_IndependentReader_ParsesAndValidatesTheManifest(string format)
    {
        var file = await _media.ToneAsync(format);
        using var credential = SigningCredential.Development(_media.File("keys"));
        EmbeddedProvenance.Sign(file, new ProvenanceRecord { Voice = "narrator-default/bdl", VoiceFingerprint = "f00dfeed", WatermarkPayload = "235108f9", Title = "Tone" }, credential);

        var (exit, report) = await ReadAsync(file);

        Assert.True(exit == 0, $"c2pa-ts: {report.GetRawText()}");
        Assert.True(report.GetProperty("valid").GetBoolean());
        Assert.StartsWith("urn:c2pa:", report.GetProperty("manifest").GetString(), StringComparison.Ordinal);
        Assert.Equal(["c2pa.actions.v2", "org.narrator.voice", "c2pa.hash.data"], report.GetProperty("assertions").EnumerateArray().Select(a => a.GetString()));
    }

    [C2paReaderTheory]
    [MemberData(nameof(Formats))]
    public async Task SignedFileOfSeveralVoices_IndependentReader_ParsesAndValidatesTheManifest(string format)
    {
        var file = await _media.ToneAsync(format);
        using var credential = SigningCredential.Development(_media.File("keys"));
        VoiceCredit[] voices =
        [
            new() { Voice = "narrator-default/bdl", VoiceFingerprint = "f00dfeed", WatermarkPayload = "235108f9", Roles = ["narration"] },
            new() { Voice = "jane-doe", VoiceFingerprint = "beefcafe", ConsentRecordId = "consent-jane", ConsentRecordSha256 = new string('b', 64), Roles = ["Alice"] },
        ];
        EmbeddedProvenance.Sign(file, new ProvenanceRecord { Voice = "narrator-default/bdl", VoiceFingerprint = "f00dfeed", WatermarkPayload = "235108f9", Voices = voices }, credential);

        var (exit, report) = await ReadAsync(file);

        Assert.True(exit == 0, $"c2pa-ts: {report.GetRawText()}");
        Assert.True(report.GetProperty("valid").GetBoolean());
    }

    [C2paReaderTheory]
    [MemberData(nameof(Formats))]
    public async Task AudioByteFlipped_IndependentReader_RejectsTheHardBinding(string format)
    {
        var file = await _media.ToneAsync(format);
        using var credential = SigningCredential.Development(_media.File("keys"));
        EmbeddedProvenance.Sign(file, new ProvenanceRecord { Voice = "bdl", VoiceFingerprint = "f00dfeed", WatermarkPayload = "235108f9" }, credential);
        var bytes = await File.ReadAllBytesAsync(file);
        bytes[format == "wav" ? 200 : format == "m4b" ? bytes.Length / 3 : bytes.Length - 100] ^= 0x01;
        await File.WriteAllBytesAsync(file, bytes);

        var (exit, report) = await ReadAsync(file);

        Assert.Equal(1, exit);
        Assert.Contains(report.GetProperty("errors").EnumerateArray(), e => e.GetString()!.StartsWith("assertion.dataHash.mismatch", StringComparison.Ordinal));
    }

    public void Dispose() => _media.Dispose();

    private static async Task<(int Exit, JsonElement Report)> ReadAsync(string file)
    {
        var result = await ChildProcess.RunAsync(new ChildRun
        {
            Executable = "node",
            Arguments = [Path.Combine(C2paReaderTheoryAttribute.Folder, "check.mjs"), file],
            What = "the C2PA reader c2pa-ts",
            Timeout = TimeSpan.FromMinutes(1),
        });
        Assert.True(result.Output.Trim().Length > 0, $"c2pa-ts printed nothing (exit {result.ExitCode}): {result.ErrorTail()}");
        using var json = JsonDocument.Parse(result.Output);
        return (result.ExitCode, json.RootElement.Clone());
    }
}
