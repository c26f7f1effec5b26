using Narrator.Core.IO;

namespace Narrator.Core.Tests.IO;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("narrator atomic ü-").FullName;

    [Fact]
    public void WriteAllText_ExistingFile_ReplacesItAndLeavesNoTemporary()
    {
        var path = Path.Combine(_folder, "render.json");
        File.WriteAllText(path, "old");

        AtomicFile.WriteAllText(path, "new");

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    [Fact]
    public void WriteAllText_TargetIsAFolder_ThrowsNamingItAndLeavesNoTemporary()
    {
        var path = Path.Combine(_folder, "in the way");
        Directory.CreateDirectory(path);

        var error = Assert.Throws<NarratorException>(() => AtomicFile.WriteAllText(path, "text"));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public void WriteOwnerOnlyOnce_SecondWriter_KeepsTheFirstFileReadableByItsOwnerOnly()
    {
        var path = Path.Combine(_folder, ".signing-key");

        Assert.True(AtomicFile.WriteOwnerOnlyOnce(path, [1, 2, 3]));
        Assert.False(AtomicFile.WriteOwnerOnlyOnce(path, [4, 5, 6]));

        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(_folder));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void PendingFile_Uncommitted_LeavesTheOldFileAndNoTemporary()
    {
        var path = Path.Combine(_folder, "01 - Opening.flac");
        File.WriteAllText(path, "old");

        using (var pending = PendingFile.Create(path))
        {
            File.WriteAllText(pending.TemporaryPath, "half");
            Assert.StartsWith(".", Path.GetFileName(pending.TemporaryPath), StringComparison.Ordinal);
            Assert.EndsWith(".flac", pending.TemporaryPath, StringComparison.Ordinal);
        }

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    [Fact]
    public void PendingFile_TwoWritersInOneProcess_GetTheirOwnTemporaries()
    {
        var path = Path.Combine(_folder, "book.m4b");

        using var first = PendingFile.Create(path);
        using var second = PendingFile.Create(path);

        Assert.NotEqual(first.TemporaryPath, second.TemporaryPath);
        Assert.Equal(Environment.ProcessId, PendingFile.OwnerOf(Path.GetFileName(first.TemporaryPath)));
        Assert.Equal(Environment.ProcessId, PendingFile.OwnerOf(Path.GetFileName(second.TemporaryPath)));
        File.WriteAllText(second.TemporaryPath, "second");
        second.Commit();
        Assert.Equal("second", File.ReadAllText(path));
    }

    [Theory]
    [InlineData("book.m4b")]
    [InlineData(".book.m4b")]
    [InlineData(".book.partial-x.m4b")]
    public void OwnerOf_NotAPendingFile_IsNull(string name) => Assert.Null(PendingFile.OwnerOf(name));

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
