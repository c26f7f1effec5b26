using Narrator.Testing;
using Xunit.Sdk;

namespace Narrator.Core.Tests;

/// <summary>The snapshot helper the approval tests share; its files go under obj/, which git ignores.</summary>
public sealed class ApprovalFileTests : IDisposable
{
    private readonly string _name = $"obj/approval-self-test/{Guid.NewGuid():N}";
    private readonly string _basePath;

    public ApprovalFileTests()
    {
        var project = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(project.FullName, "Narrator.sln")))
        {
            project = project.Parent!;
        }

        _basePath = Path.Combine(project.FullName, "tests", "Narrator.Core.Tests", _name);
        Directory.CreateDirectory(Path.GetDirectoryName(_basePath)!);
    }

    public void Dispose()
    {
        File.Delete(_basePath + ".approved.txt");
        File.Delete(_basePath + ".received.txt");
    }

    [Fact]
    public void Verify_TextDiffers_FailsNamingLineAndWritesReceived()
    {
        File.WriteAllText(_basePath + ".approved.txt", "first\nsecond\n");

        var failure = Assert.Throws<FailException>(() => ApprovalFile.Verify(_name, "first\nchanged"));

        Assert.Contains("line 2 was 'second', is now 'changed'", failure.Message, StringComparison.Ordinal);
        Assert.Contains("copying the received file over the approved one", failure.Message, StringComparison.Ordinal);
        Assert.Equal("first\nchanged\n", File.ReadAllText(_basePath + ".received.txt"));
    }

    [Fact]
    public void Verify_NoApprovedFile_FailsAndWritesReceived()
    {
        var failure = Assert.Throws<FailException>(() => ApprovalFile.Verify(_name, "new"));

        Assert.Contains("no approved snapshot yet", failure.Message, StringComparison.Ordinal);
        Assert.Equal("new\n", File.ReadAllText(_basePath + ".received.txt"));
    }

    [Fact]
    public void Verify_OnlyLineEndingsAndTrailingSpacesDiffer_PassesAndRemovesStaleReceived()
    {
        File.WriteAllText(_basePath + ".approved.txt", "first\r\nsecond\r\n");
        File.WriteAllText(_basePath + ".received.txt", "stale");

        ApprovalFile.Verify(_name, "first  \nsecond");

        Assert.False(File.Exists(_basePath + ".received.txt"));
    }
}
