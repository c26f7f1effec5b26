using Narrator.Voices;

namespace Narrator.Server.Tests.Studio;

/// <summary>An adaptation that reports <see cref="Step"/> and then waits for the test to let it finish, so a test can look at it running.</summary>
internal sealed class HeldAdapter(AdaptationProgress step) : IVoiceAdapter
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public AdaptationProgress Step => step;

    /// <summary>Set once the step is reported and the adaptation waits.</summary>
    public TaskCompletionSource Reported { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _release.TrySetResult();

    public async Task<AdaptationRecord> AdaptAsync(string voice, IProgress<AdaptationProgress> progress, CancellationToken cancellationToken)
    {
        progress.Report(step);
        Reported.TrySetResult();
        await _release.Task.WaitAsync(TimeSpan.FromMinutes(1), cancellationToken);
        return new AdaptationRecord
        {
            File = "adaptation-000000000000.safetensors",
            Sha256 = new string('0', 64),
            BaseAcousticSha256 = new string('0', 64),
            Takes = 3,
            SpeechMinutes = 0.2,
            Steps = step.Steps,
            TrainingMinutes = 1.5,
            TrainedAt = DateTimeOffset.UtcNow,
            Likeness = new AdaptationLikeness(0.8, 0.6, 4),
        };
    }
}
