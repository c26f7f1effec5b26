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

    // A crash between filling a voice's temporary folder and renaming it leaves .<id>.partial-<guid>/ behind: the next
    // write removes it once nothing was written in it for a while, and leaves alone a recent one and one whose writer,
    // here another Commit still building, holds its lock.
    [Fact]
    public void Commit_PartialFolderLeftByACrash_RemovedByTheNextWriteUnlessRecentOrItsWriterLives()
    {
        using var temp = new TempFolder();
        var store = VoiceStore.At(temp.Path);
        var crashed = Partial(temp.Path, "jane-doe", age: VoiceStore.AbandonedAfter + TimeSpan.FromMinutes(1));
        var recent = Partial(temp.Path, "sam-taylor", age: TimeSpan.FromMinutes(1));
        string? live = null;

        store.Commit("ann-lee", building =>
        {
            live = building;
            Age(building, VoiceStore.AbandonedAfter + TimeSpan.FromMinutes(1));
            store.Commit("bo-chen", folder => File.WriteAllText(Path.Combine(folder, "voice.json"), "{}"));
            Assert.True(Directory.Exists(building), "a write still at work lost its folder");
            File.WriteAllText(Path.Combine(building, "voice.json"), "{}");
        });

        Assert.False(Directory.Exists(crashed));
        Assert.True(Directory.Exists(recent));
        Assert.False(Directory.Exists(live));
        Assert.True(File.Exists(Path.Combine(store.PathOf("ann-lee"), "voice.json")));
        Assert.True(File.Exists(Path.Combine(store.PathOf("bo-chen"), "voice.json")));
        Assert.Equal([Path.GetFileName(recent), "ann-lee", "bo-chen"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private static string Partial(string store, string id, TimeSpan age)
    {
        var folder = Directory.CreateDirectory(Path.Combine(store, $".{id}.partial-{Guid.NewGuid():N}")).FullName;
        Directory.CreateDirectory(Path.Combine(folder, "references"));
        File.WriteAllText(Path.Combine(folder, "references", "take.wav"), "half a take");
        Age(folder, age);
        return folder;
    }

    private static void Age(string folder, TimeSpan age)
    {
        var then = DateTime.UtcNow - age;
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", SearchOption.AllDirectories))
        {
            entry.LastWriteTimeUtc = then;
        }

        Directory.SetLastWriteTimeUtc(folder, then);
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
