using Narrator.Voices;

namespace Narrator.Server.Tests.Studio;

/// <summary>Where a voice actor goes on in their script when they come back to a session.</summary>
public sealed class ScriptProgressTests
{
    private static readonly string[] Script = ["arctic_a0001", "arctic_a0002", "arctic_a0003", "arctic_a0004"];

    [Fact]
    public void Of_SomePromptsSkippedAndOneTakeBad_ResumesAtTheFirstPromptNotRecorded()
    {
        var progress = ScriptProgress.Of(Script, Takes(("arctic_a0001", null), ("arctic_a0002", "the words do not match the prompt"), ("arctic_a0004", null)));

        Assert.Equal(new ScriptProgress(4, 3, 2, "arctic_a0003", ScriptProgress.NotRecorded), progress);
    }

    [Fact]
    public void Of_EveryPromptRecordedSomeBad_ResumesAtTheFirstTakeToRecordAgain()
    {
        var progress = ScriptProgress.Of(Script, Takes(("arctic_a0001", null), ("arctic_a0002", null), ("arctic_a0003", "clipped"), ("arctic_a0004", "too quiet")));

        Assert.Equal(new ScriptProgress(4, 4, 2, "arctic_a0003", ScriptProgress.RecordAgain), progress);
    }

    [Fact]
    public void Of_NothingRecordedOrAllGood_ResumesAtTheFirstPrompt()
    {
        var fresh = ScriptProgress.Of(Script, Takes());
        var done = ScriptProgress.Of(Script, Takes([.. Script.Select(p => (p, (string?)null))]));

        Assert.Equal(new ScriptProgress(4, 0, 0, "arctic_a0001", ScriptProgress.NotRecorded), fresh);
        Assert.Equal(new ScriptProgress(4, 4, 4, "arctic_a0001", ScriptProgress.AllGood), done);
    }

    [Fact]
    public void Of_TakeOfAPromptNoLongerInTheScript_NotCounted()
    {
        var progress = ScriptProgress.Of(["arctic_a0001"], Takes(("arctic_a0001", null), ("arctic_a0009", null)));

        Assert.Equal(new ScriptProgress(1, 1, 1, "arctic_a0001", ScriptProgress.AllGood), progress);
    }

    private static Dictionary<string, QaReport> Takes(params (string Prompt, string? Rejection)[] takes) =>
        takes.ToDictionary(t => t.Prompt, t => new QaReport { File = t.Prompt + ".wav", Rejection = t.Rejection }, StringComparer.Ordinal);
}
