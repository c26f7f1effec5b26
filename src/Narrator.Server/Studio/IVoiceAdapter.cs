using Narrator.Voices;

namespace Narrator.Server;

/// <summary>What adapts a voice for <see cref="AdaptationJobs"/>: <see cref="VoiceTrainer"/> on the server's store (a test puts a held one in its place).</summary>
internal interface IVoiceAdapter
{
    /// <summary>Adapts the enrolled voice <paramref name="voice"/>, telling <paramref name="progress"/> of each logged step.</summary>
    Task<AdaptationRecord> AdaptAsync(string voice, IProgress<AdaptationProgress> progress, CancellationToken cancellationToken);
}

/// <summary><see cref="VoiceTrainer"/> with the server's store, <see cref="SpeechServerOptions.Adaptation"/> and execution settings.</summary>
internal sealed class TrainingAdapter(SpeechServerOptions options) : IVoiceAdapter
{
    public Task<AdaptationRecord> AdaptAsync(string voice, IProgress<AdaptationProgress> progress, CancellationToken cancellationToken) =>
        VoiceTrainer.TrainAsync(VoiceStore.At(options.StoreFolder), voice, options.Adaptation, options.Execution, progress, DateOnly.FromDateTime(DateTime.Now), cancellationToken);
}
