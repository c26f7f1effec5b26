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
    public void WriteAllText_TargetIsAFolder_ThrowsAndLeavesNoTemporary()
    {
        var path = Path.Combine(_folder, "in the way");
        Directory.CreateDirectory(path);

        Assert.ThrowsAny<IOException>(() => AtomicFile.WriteAllText(path, "text"));

        Assert.Empty(Directory.GetFiles(_folder));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
