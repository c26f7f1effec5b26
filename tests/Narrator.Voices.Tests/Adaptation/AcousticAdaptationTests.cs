using System.Runtime.Versioning;

namespace Narrator.Voices.Tests.Adaptation;

/// <summary>What adaptation says when it cannot train: no Python with PyTorch, no training code, bad options.</summary>
public sealed class AcousticAdaptationTests : IDisposable
{
    private static readonly string Tiny = Path.Combine(AppContext.BaseDirectory, "fixtures", "bundles", "tiny");
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task TrainAsync_PythonMissing_SaysWhatToInstall()
    {
        var options = new AdaptationOptions { Python = Path.Combine(_temp.Path, "no-such-python") };

        var e = await Assert.ThrowsAnyAsync<Core.NarratorException>(() => TrainAsync(options));

        Assert.Contains("no-such-python", e.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install python3-torch python3-onnx", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    [SupportedOSPlatform("linux")]
    public async Task TrainAsync_PythonWithoutTorch_SaysWhatToInstall()
    {
        // A Python that cannot import torch: an interpreter script that fails every import check.
        var python = Path.Combine(_temp.Path, "python");
        await File.WriteAllTextAsync(python, "#!/bin/sh\necho \"ModuleNotFoundError: No module named 'torch'\" >&2\nexit 1\n");
        File.SetUnixFileMode(python, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite);

        var e = await Assert.ThrowsAsync<VoiceException>(() => TrainAsync(new AdaptationOptions { Python = python }));

        Assert.Contains("No module named 'torch'", e.Message, StringComparison.Ordinal);
        Assert.Contains("python3-torch", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrainAsync_NoTrainingCode_NamesTheFolderAndTheVariable()
    {
        var e = await Assert.ThrowsAsync<VoiceException>(() => TrainAsync(new AdaptationOptions { TrainingFolder = _temp.Path }));

        Assert.Contains(_temp.Path, e.Message, StringComparison.Ordinal);
        Assert.Contains("NARRATOR_TRAINING", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 100, "--max-minutes")]
    [InlineData(10, 0, "--steps")]
    public async Task TrainAsync_BadOptions_NamesTheOption(double minutes, int steps, string option)
    {
        var e = await Assert.ThrowsAsync<VoiceException>(() => TrainAsync(new AdaptationOptions { MaxMinutes = minutes, Steps = steps }));
        Assert.Contains(option, e.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private Task<AdaptationOutcome> TrainAsync(AdaptationOptions options) =>
        AcousticAdaptation.TrainAsync(Tiny, new float[192], [new AdaptationTake(Path.Combine(_temp.Path, "take.wav"), "Hello there.")], Path.Combine(_temp.Path, "work"), options, progress: null);
}
