using System.Globalization;
using System.Text.Json;
using Narrator.Core.IO;
using Narrator.Synthesis;

namespace Narrator.Voices;

/// <summary>
/// Fine-tunes a bundle's acoustic model to one speaker's recordings of known text, conditioned on the
/// speaker's embedding, with the project's training code (PyTorch). Everything lives in a work folder:
/// the job, the checkpoint (the same call resumes it after any interruption) and at the end the
/// adapted tensors. It produces weights only; a voice speaks with them only through the consent gate.
/// </summary>
public static class AcousticAdaptation
{
    /// <summary>The adapted tensors' file name in the work folder when training finishes.</summary>
    public const string WeightsFileName = "adapted.safetensors";

    /// <summary>Fine-tunes the acoustic model of the bundle in <paramref name="bundle"/> to <paramref name="takes"/>, conditioned on <paramref name="embedding"/>, in <paramref name="workFolder"/>; calling it again with the same folder resumes.</summary>
    /// <param name="bundle">The bundle folder whose acoustic model is adapted.</param>
    /// <param name="embedding">The speaker's embedding from the bundle's encoder.</param>
    /// <param name="takes">Recordings with the text they read.</param>
    /// <param name="workFolder">Job, checkpoint and result; kept between runs.</param>
    /// <param name="options">Budget, steps, device and where Python and the training code are.</param>
    /// <param name="progress">Told of each logged training step; may be null.</param>
    /// <param name="cancellationToken">Stops training; the checkpoint stays for the next call.</param>
    /// <exception cref="VoiceException">Python, PyTorch or the training code is missing, or training failed (the message carries its error).</exception>
    public static async Task<AdaptationOutcome> TrainAsync(
        string bundle, IReadOnlyList<float> embedding, IReadOnlyList<AdaptationTake> takes, string workFolder,
        AdaptationOptions options, IProgress<AdaptationProgress>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(takes);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var python = AdaptationProcess.Python(options);
        var training = AdaptationProcess.TrainingFolder(options);
        await AdaptationProcess.CheckAsync(python, cancellationToken).ConfigureAwait(false);
        Directory.CreateDirectory(workFolder);
        var job = Path.Combine(workFolder, "job.json");
        AtomicFile.WriteAllText(job, Job(bundle, embedding, takes));
        var output = Path.Combine(workFolder, WeightsFileName);
        var arguments = new List<string>
        {
            "--job", job, "--work", workFolder, "--out", output,
            "--max-minutes", options.MaxMinutes.ToString("R", CultureInfo.InvariantCulture),
            "--steps", options.Steps.ToString(CultureInfo.InvariantCulture),
        };
        if (options.Threads > 0)
        {
            arguments.AddRange(["--threads", options.Threads.ToString(CultureInfo.InvariantCulture)]);
        }

        var done = await AdaptationProcess.RunAsync(python, training, arguments, options.CpuOnly, progress, cancellationToken).ConfigureAwait(false);
        return new AdaptationOutcome(output, done.GetProperty("step").GetInt32(), TimeSpan.FromSeconds(done.GetProperty("elapsedSeconds").GetDouble()));
    }

    private static string Job(string bundle, IReadOnlyList<float> embedding, IReadOnlyList<AdaptationTake> takes)
    {
        var frontend = new TranscriptIds();
        var document = new
        {
            bundle = Path.GetFullPath(bundle),
            embedding,
            takes = takes.Select(t => new { audio = Path.GetFullPath(t.Audio), ids = frontend.Convert(t.Text).Ids }),
        };
        return JsonSerializer.Serialize(document);
    }
}
