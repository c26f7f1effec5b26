namespace Narrator.Evaluation.Tests;

public sealed class PeerLineupTests
{
    [Fact]
    public async Task ForAsync_FliteNotAtItsPath_SaysNotInstalledAndKeepsEspeak()
    {
        var lineup = new PeerLineup { Flite = Path.Combine(Path.GetTempPath(), "no-such-folder", "flite") };

        var peers = await lineup.ForAsync("slt", CancellationToken.None);

        Assert.Equal(("flite", "not installed (apt-get install flite)"), (peers[0].Name, peers[0].Unavailable));
        Assert.Null(peers[0].Voice);
        Assert.Equal("espeak-ng en-us", peers[1].Name);
    }

    [Fact]
    [Trait("Tier", "integration")]
    [Trait("Needs", "flite")]
    public async Task ForAsync_SpeakerFliteHasNoVoiceOf_SaysSoListingFlitesVoices()
    {
        var peers = await new PeerLineup().ForAsync("bdl", CancellationToken.None);

        Assert.Null(peers[0].Voice);
        Assert.StartsWith("flite has no voice of bdl (flite -lv: ", peers[0].Unavailable, StringComparison.Ordinal);
        Assert.Contains("slt", peers[0].Unavailable, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Tier", "integration")]
    [Trait("Needs", "flite")]
    [Trait("Needs", "pocketsphinx")]
    public async Task ReadAsync_FliteSltTwoPrompts_PocketsphinxHearsMostWords()
    {
        var peers = await new PeerLineup().ForAsync("slt", CancellationToken.None);
        var slt = peers[0].Voice ?? throw new InvalidOperationException(peers[0].Unavailable);
        var folder = Directory.CreateTempSubdirectory("narrator-peer-test-").FullName;
        try
        {
            // Plain words: on ARCTIC's prompts with names pocketsphinx misses most of flite's words too.
            string[] prompts = ["The boy went to the store to buy some bread.", "She said that the weather would be fine tomorrow."];

            var (errors, speech, rate) = await PromptReading.ReadAsync((text, token) => slt.SpeakAsync(text, folder, token), prompts, new PocketSphinxRecognizer(), "flite slt", CancellationToken.None);

            Assert.Equal("flite slt", peers[0].Name);
            Assert.Equal(19, errors.ReferenceWords);
            Assert.InRange(errors.Rate, 0, 0.5);
            Assert.InRange(speech.Length / (double)rate, 3, 10);
            Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
