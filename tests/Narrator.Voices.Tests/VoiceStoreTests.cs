namespace Narrator.Voices.Tests;

public sealed class VoiceStoreTests
{
    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Locate_OptionGiven_WinsOverEnvironment() =>
        Assert.Equal(Path.GetFullPath("/tmp/a"), VoiceStore.Locate("/tmp/a", Environment(("NARRATOR_VOICES", "/tmp/b"), ("XDG_DATA_HOME", "/tmp/c"))));

    [Fact]
    public void Locate_NarratorVoicesSet_WinsOverXdg() =>
        Assert.Equal(Path.GetFullPath("/tmp/b"), VoiceStore.Locate(null, Environment(("NARRATOR_VOICES", "/tmp/b"), ("XDG_DATA_HOME", "/tmp/c"))));

    [Fact]
    public void Locate_XdgDataHomeSet_UsesNarratorVoicesUnderIt() =>
        Assert.Equal(Path.GetFullPath("/tmp/c/narrator/voices"), VoiceStore.Locate(null, Environment(("XDG_DATA_HOME", "/tmp/c"), ("HOME", "/home/x"))));

    [Fact]
    public void Locate_NothingSet_UsesLocalShareUnderHome() =>
        Assert.Equal(Path.GetFullPath("/home/x/.local/share/narrator/voices"), VoiceStore.Locate(null, Environment(("HOME", "/home/x"))));

    [Theory]
    [InlineData("Jane Doe", "jane-doe")]
    [InlineData("  Zoe  O'Brien! ", "zoe-o-brien")]
    [InlineData("Zoë Brontë", "zoe-bronte")]
    [InlineData("José Núñez", "jose-nunez")]
    [InlineData("日本", "voice")]
    public void Slug_Name_IsLowerCaseAsciiWithHyphens(string name, string slug) => Assert.Equal(slug, VoiceSlug.Of(name));

    [Fact]
    public void NewId_SlugTaken_AppendsFirstFreeNumber()
    {
        using var temp = new TempFolder();
        var store = VoiceStore.At(temp.Path);
        Directory.CreateDirectory(store.PathOf("jane-doe"));
        Directory.CreateDirectory(store.PathOf("jane-doe-2"));
        Assert.Equal("jane-doe-3", store.NewId("Jane Doe"));
    }

    [Fact]
    public void Commit_BuildFails_LeavesNothingInTheStore()
    {
        using var temp = new TempFolder();
        var store = VoiceStore.At(temp.Path);
        Assert.Throws<InvalidOperationException>(() => store.Commit("jane-doe", folder =>
        {
            File.WriteAllText(Path.Combine(folder, "voice.json"), "{}");
            throw new InvalidOperationException("disk full");
        }));
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Remove_EnrolledVoice_DeletesItsFolderAndReferences()
    {
        using var enrollments = new Enrollments();
        var result = enrollments.Enroll();
        enrollments.Store.Remove(result.Voice.Id);
        Assert.False(Directory.Exists(result.Folder));
        Assert.Empty(enrollments.Store.List());
    }
}
