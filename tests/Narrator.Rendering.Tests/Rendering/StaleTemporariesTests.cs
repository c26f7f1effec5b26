namespace Narrator.Rendering.Tests.Rendering;

public sealed class StaleTemporariesTests
{
    [Theory]
    [InlineData(".03 - Down the Rabbit-Hole.partial-4242.flac", 4242)]
    [InlineData(".03 - Down the Rabbit-Hole.partial-4242.mp3", 4242)]
    [InlineData(".Alice's Adventures.partial-17.m4b", 17)]
    [InlineData(".render.partial-17.json", 17)]
    [InlineData(".01 - Opening.flac.partial-17-2.json", 17)]
    [InlineData(".Alice's Adventures.17.concat.txt", 17)]
    [InlineData(".Alice's Adventures.17.ffmetadata.txt", 17)]
    [InlineData(".Alice's Adventures.17.cover.jpg", 17)]
    public void OwnerOf_NarratorTemporary_IsItsProcessId(string name, int expected) =>
        Assert.Equal(expected, StaleTemporaries.OwnerOf(name));

    [Theory]
    [InlineData("03 - Title.partial-42.flac")]
    [InlineData(".03 - Title.flac")]
    [InlineData(".notes.partial-42.txt")]
    [InlineData(".Book.cover.png")]
    [InlineData(".Book.partial-x.m4b")]
    public void OwnerOf_OtherFile_IsNull(string name) => Assert.Null(StaleTemporaries.OwnerOf(name));

    [Fact]
    public void In_Folder_ListsOnlyOtherProcessesTemporaries()
    {
        var folder = Directory.CreateTempSubdirectory("narrator stale-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, ".01 - A.partial-7.flac"), string.Empty);
            File.WriteAllText(Path.Combine(folder, ".01 - A.partial-8.flac"), string.Empty);

            var stale = StaleTemporaries.In(folder, currentProcessId: 8).Select(Path.GetFileName).ToList();

            Assert.Equal([".01 - A.partial-7.flac"], stale);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
