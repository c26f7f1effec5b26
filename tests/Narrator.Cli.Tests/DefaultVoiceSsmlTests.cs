using Narrator.Voices.Embeddings;

namespace Narrator.Cli.Tests;

/// <summary>
/// The shipped default voice switching speakers inside a document: what &lt;voice name="slt"&gt; says is,
/// to the bundle's own speaker encoder, closer to slt than to the speaker speak was started with.
/// </summary>
[Collection(CliSerial.Name)]
[Trait("Tier", "integration")]
public sealed class DefaultVoiceSsmlTests : IDisposable
{
    private const string Sentence = "The keeper lit the lamp at dusk, and the ships came safely home across the bay.";
    private readonly string _folder = Directory.CreateTempSubdirectory("narrator default ssml-").FullName;

    [Fact]
    public async Task Speak_VoiceNameSlt_SoundsLikeSltNotTheStartingSpeaker()
    {
        var bdl = await EmbedAsync("bdl", Sentence);
        var slt = await EmbedAsync("slt", Sentence);
        var switched = await EmbedAsync("ssml", "--ssml", $"<speak><voice name=\"slt\">{Sentence}</voice></speak>", "--speaker", "bdl");

        var toSlt = switched.Similarity(slt);
        var toBdl = switched.Similarity(bdl);
        Assert.True(toSlt > 0.9 && toSlt > toBdl + 0.05, $"similarity to slt {toSlt:F3}, to bdl {toBdl:F3}");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Speaks with the default voice (a speaker name alone means --speaker NAME TEXT) and embeds the result with its encoder.</summary>
    private async Task<SpeakerEmbedding> EmbedAsync(string name, params string[] what)
    {
        var voice = Path.Combine(Fixtures.RepositoryRoot, "voices", "default");
        var wav = Path.Combine(_folder, name + ".wav");
        var json = Path.Combine(_folder, name + ".json");
        string[] speak = what.Length == 1 ? ["speak", what[0], "--speaker", name] : ["speak", .. what];
        var run = await CliRun.RunAsync([.. speak, "--voice", voice, "--out", wav]);
        Assert.True(run.ExitCode == 0, run.Error);
        var embed = await CliRun.RunAsync("embed", wav, "--voice", voice, "--out", json);
        Assert.True(embed.ExitCode == 0, embed.Error);
        return SpeakerEmbedding.Load(json);
    }
}
