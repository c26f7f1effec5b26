namespace Narrator.Voices.Tests.Script;

public sealed class RecordingFolderTests
{
    [Fact]
    public void FromDirectory_MixedFolder_TakesAndEveryOtherFileWithAReason()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("takes");
        Takes.Write(folder, 2);
        File.WriteAllText(Path.Combine(folder, "arctic_a0001.flac"), "duplicate");
        File.WriteAllText(Path.Combine(folder, "arctic_a0020.wav"), "held out");
        File.WriteAllText(Path.Combine(folder, "mystery.wav"), "unknown id");
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "not audio");
        File.WriteAllText(Path.Combine(folder, "my_line.mp3"), "own text");
        File.WriteAllText(Path.Combine(folder, RecordingFolder.TranscriptFileName), "my_line|My own sentence, read aloud.\narctic_a0002|Not the ARCTIC text.\n");

        var recordings = RecordingFolder.FromDirectory(folder);

        Assert.Equal(["arctic_a0001.flac", "arctic_a0002.wav", "my_line.mp3"], recordings.Takes.Select(t => Path.GetFileName(t.Path)));
        Assert.Equal("Not the ARCTIC text.", recordings.Takes[1].Prompt.Text);
        Assert.Equal("My own sentence, read aloud.", recordings.Takes[2].Prompt.Text);
        var reasons = recordings.Rejected.ToDictionary(r => r.File, r => r.Rejection!);
        Assert.Equal(["arctic_a0001.wav", "arctic_a0020.wav", "mystery.wav", "notes.txt"], reasons.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("a second take of arctic_a0001", reasons["arctic_a0001.wav"], StringComparison.Ordinal);
        Assert.Contains("held-out prompt", reasons["arctic_a0020.wav"], StringComparison.Ordinal);
        Assert.Contains("neither a CMU ARCTIC prompt id", reasons["mystery.wav"], StringComparison.Ordinal);
        Assert.Contains("not a take", reasons["notes.txt"], StringComparison.Ordinal);
    }

    [Fact]
    public void FromDirectory_Missing_ThrowsNamingIt()
    {
        var e = Assert.Throws<VoiceException>(() => RecordingFolder.FromDirectory("/nonexistent/takes"));
        Assert.Equal("/nonexistent/takes: no such folder of recordings.", e.Message);
    }
}
