using System.Globalization;
using Narrator.Core;
using Narrator.Models;

namespace Narrator.Voices;

/// <summary>
/// Adapts an enrolled voice's acoustic model to the voice's own script takes (<c>narrator voice
/// train</c>): the project's training code fine-tunes the bundle's acoustic model, conditioned on
/// the voice's embedding, within a wall-clock budget. Training resumes from the voice's work folder
/// after any interruption. The adapted tensors land in the voice folder under a name with a hash
/// prefix, and the signed record then names them, so a crash at any moment leaves the voice as it
/// was or adapted, never half of one.
/// </summary>
public static class VoiceTrainer
{
    /// <summary>The voice's unfinished training (job, checkpoint), left out of voice packages.</summary>
    public const string WorkFolder = ".adaptation";

    /// <summary>Adapts the enrolled voice <paramref name="id"/> in <paramref name="store"/> to its script takes and records the result in its signed <c>voice.json</c>.</summary>
    /// <param name="store">The voice store holding the voice.</param>
    /// <param name="id">The enrolled voice's id; it must have been enrolled from script takes.</param>
    /// <param name="options">Budget, steps, device and where Python and the training code are.</param>
    /// <param name="execution">How the likeness of the result is measured (ONNX Runtime device).</param>
    /// <param name="progress">Told of each logged training step; may be null.</param>
    /// <param name="today">The day consent is checked against: a voice without valid consent is not trained.</param>
    /// <param name="cancellationToken">Stops training; calling again resumes.</param>
    /// <exception cref="ConsentRefusedException">The voice's consent does not verify.</exception>
    /// <exception cref="VoiceException">The voice is unknown, has no script takes, or training failed.</exception>
    public static async Task<AdaptationRecord> TrainAsync(
        VoiceStore store, string id, AdaptationOptions options, ExecutionOptions execution,
        IProgress<AdaptationProgress>? progress, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var record = store.Get(id);
        if (ConsentPolicy.Problems(store, record, use: null, publisher: null, today) is { Count: > 0 } problems)
        {
            throw new ConsentRefusedException($"Voice '{id}' may not be adapted: {string.Join("; ", problems)}.");
        }

        var takes = record.References.Where(r => r.PromptText is not null).ToList();
        var seconds = takes.Sum(t => t.SpeechSeconds);
        var minutes = seconds / 60;
        if (takes.Count == 0)
        {
            throw new VoiceException($"Voice '{id}' was enrolled from plain references, which have no text to learn from: record the script ('narrator voice script') and enroll with --recordings DIR to adapt a voice.");
        }

        if (seconds < ConsentTesting.MinimumTakeSpeechSeconds)
        {
            throw new VoiceException(string.Create(CultureInfo.InvariantCulture, $"Voice '{id}' has {minutes:0.0} minutes of speech in its takes; adaptation needs at least {ConsentTesting.MinimumTakeSpeechSeconds / 60:0.0}."));
        }

        var folder = store.PathOf(id);
        var work = Path.Combine(folder, WorkFolder);
        if (record.Adaptation is { } existing && !options.Restart)
        {
            throw new VoiceException(string.Create(CultureInfo.InvariantCulture, $"Voice '{id}' is already adapted ({existing.SpeechMinutes:0.0} minutes of takes, {existing.Steps} steps, {existing.TrainedAt:yyyy-MM-dd}); pass --restart to adapt it again from the base model."));
        }

        if (options.Restart && Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        var outcome = await AcousticAdaptation.TrainAsync(
            record.Bundle.Path, record.Embedding.Vector, [.. takes.Select(t => new AdaptationTake(Path.Combine(folder, VoiceRecord.ReferencesFolder, t.File), t.PromptText!))],
            work, options, progress, cancellationToken).ConfigureAwait(false);
        var output = outcome.WeightsFile;
        var hash = Sha256Hex.File(output);
        var name = $"adaptation-{hash[..12]}.safetensors";
        File.Move(output, Path.Combine(folder, name), overwrite: true);
        progress?.Report(new AdaptationProgress("likeness", 0, 0, null, TimeSpan.Zero, TimeSpan.Zero));
        var likeness = await AdaptationLikenessCheck.MeasureAsync(record, Path.Combine(folder, name), execution, options.LikenessSentences, cancellationToken).ConfigureAwait(false);
        var adaptation = new AdaptationRecord
        {
            File = name,
            Sha256 = hash,
            BaseAcousticSha256 = AcousticSha256(record.Bundle.Path),
            Takes = takes.Count,
            SpeechMinutes = Math.Round(minutes, 2),
            Steps = outcome.Steps,
            TrainingMinutes = Math.Round(outcome.Elapsed.TotalMinutes, 1),
            TrainedAt = DateTimeOffset.UtcNow,
            Likeness = likeness,
        };
        store.Save(record with { Adaptation = adaptation });
        if (record.Adaptation is { } old && old.File != name && VoiceFiles.IsInside(old.File))
        {
            File.Delete(Path.Combine(folder, old.File));
        }

        Directory.Delete(work, recursive: true);
        return adaptation;
    }

    /// <summary>SHA-256 of the acoustic model file of the bundle in <paramref name="bundle"/>.</summary>
    public static string AcousticSha256(string bundle) =>
        Sha256Hex.File(Path.Combine(bundle, Models.Bundles.BundleManifest.Read(bundle).Acoustic.File));
}
