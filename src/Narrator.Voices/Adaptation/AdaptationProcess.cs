using System.Text.Json;
using Narrator.Core.Processes;

namespace Narrator.Voices;

/// <summary>
/// Runs the project's own training code (<c>training/narrator_tts/adapt.py</c>, PyTorch) as a child
/// process, reading its JSON progress lines as they come.
/// </summary>
internal static class AdaptationProcess
{
    public const string PythonVariable = "NARRATOR_PYTHON";
    public const string TrainingVariable = "NARRATOR_TRAINING";

    public const string InstallHint =
        "Adaptation trains with PyTorch: on Debian or Ubuntu run 'sudo apt-get install python3-torch python3-onnx ffmpeg', "
        + "or set NARRATOR_PYTHON to a Python 3 that can import torch and onnx.";

    public static string Python(AdaptationOptions options) =>
        options.Python
        ?? (Environment.GetEnvironmentVariable(PythonVariable) is { Length: > 0 } python ? python
            : File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3");

    public static string TrainingFolder(AdaptationOptions options)
    {
        var folder = options.TrainingFolder
            ?? (Environment.GetEnvironmentVariable(TrainingVariable) is { Length: > 0 } variable ? variable : Path.Combine(AppContext.BaseDirectory, "training"));
        return File.Exists(Path.Combine(folder, "narrator_tts", "adapt.py"))
            ? Path.GetFullPath(folder)
            : throw new VoiceException($"{folder}: Narrator's training code (narrator_tts/adapt.py) is not there; set {TrainingVariable} to the training/ folder of the Narrator sources.");
    }

    /// <summary>Fails with the install hint unless the interpreter imports torch and onnx.</summary>
    public static async Task CheckAsync(string python, CancellationToken cancellationToken)
    {
        var result = await ChildProcess.RunAsync(
            new ChildRun
            {
                Executable = python,
                Arguments = ["-c", "import torch, onnx"],
                What = "Checking Python for training",
                InstallHint = InstallHint,
                Timeout = TimeSpan.FromMinutes(2),
            },
            cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new VoiceException($"{python} cannot import PyTorch or onnx ({result.ErrorTail()}). {InstallHint}");
        }
    }

    /// <summary>Trains; the last "done" event's values, or a <see cref="VoiceException"/> with the tail of the training's errors.</summary>
    public static async Task<JsonElement> RunAsync(string python, string trainingFolder, IReadOnlyList<string> arguments, bool cpuOnly, IProgress<AdaptationProgress>? progress, CancellationToken cancellationToken)
    {
        JsonElement? done = null;
        var environment = new Dictionary<string, string?> { ["PYTHONUNBUFFERED"] = "1" };
        if (cpuOnly)
        {
            environment["CUDA_VISIBLE_DEVICES"] = string.Empty;
        }

        var result = await ChildProcess.RunAsync(
            new ChildRun
            {
                Executable = python,
                Arguments = ["-m", "narrator_tts.adapt", .. arguments],
                What = "Adapting the voice",
                InstallHint = InstallHint,
                WorkingDirectory = trainingFolder,
                Environment = environment,
                ReadOutput = (stream, token) =>
                {
                    using var reader = new StreamReader(stream, leaveOpen: true);
                    while (reader.ReadLine() is { } line)
                    {
                        if (Event(line) is not { } e)
                        {
                            continue;
                        }

                        if (e.GetProperty("event").GetString() == "done")
                        {
                            done = e;
                        }

                        if (Report(e) is { } report)
                        {
                            progress?.Report(report);
                        }
                    }
                },
            },
            cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0 || done is null)
        {
            throw new VoiceException($"The adaptation training failed (exit code {result.ExitCode}): {result.ErrorTail()}");
        }

        return done.Value;
    }

    private static JsonElement? Event(string line)
    {
        if (!line.StartsWith('{'))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.TryGetProperty("event", out _) ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null; // a log line that happens to start with a brace
        }
    }

    private static AdaptationProgress? Report(JsonElement e)
    {
        var stage = e.GetProperty("event").GetString();
        if (stage is not ("start" or "progress" or "done"))
        {
            return null;
        }

        var loss = e.TryGetProperty("loss", out var l) && l.ValueKind == JsonValueKind.Number ? l.GetDouble() : (double?)null;
        var elapsed = e.TryGetProperty("elapsedSeconds", out var s) ? TimeSpan.FromSeconds(s.GetDouble()) : TimeSpan.Zero;
        var budget = e.TryGetProperty("budgetSeconds", out var b) ? TimeSpan.FromSeconds(b.GetDouble()) : elapsed;
        return new AdaptationProgress(stage!, e.GetProperty("step").GetInt32(), e.GetProperty("steps").GetInt32(), loss, elapsed, budget);
    }
}
