using System.Globalization;

namespace Narrator.Voices;

/// <summary>How <see cref="VoiceTrainer"/> adapts a voice. Validated once by <see cref="Validate"/>.</summary>
public sealed record AdaptationOptions
{
    /// <summary>The wall-clock budget of the whole training, over every resumed run. [default: 60 minutes]</summary>
    public double MaxMinutes { get; init; } = 60;

    /// <summary>Optimizer steps to train (batches of up to 16 takes); training stops at whichever of this and the budget comes first. [default: 2000]</summary>
    public int Steps { get; init; } = 2000;

    /// <summary>Train on the CPU even where PyTorch sees a CUDA GPU. [default: false, CUDA when available]</summary>
    public bool CpuOnly { get; init; }

    /// <summary>CPU threads for training; 0 leaves PyTorch's choice (up to 4). [default: 0]</summary>
    public int Threads { get; init; }

    /// <summary>Throw away an existing adaptation or unfinished training and start from the base model. [default: false]</summary>
    public bool Restart { get; init; }

    /// <summary>Python with PyTorch and onnx. [default: $NARRATOR_PYTHON, else /usr/bin/python3 where it exists, else python3]</summary>
    public string? Python { get; init; }

    /// <summary>The folder holding the <c>narrator_tts</c> package. [default: $NARRATOR_TRAINING, else <c>training/</c> beside the application]</summary>
    public string? TrainingFolder { get; init; }

    /// <summary>How many held-out prompts measure the likeness when training ends (0 skips it). [default: 4]</summary>
    public int LikenessSentences { get; init; } = 4;

    /// <summary>Checks every option.</summary>
    /// <exception cref="VoiceException">An option is out of range; the message names each.</exception>
    public void Validate()
    {
        var problems = new List<string>();
        if (!(MaxMinutes > 0) || MaxMinutes > 24 * 60)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"--max-minutes must be above 0 and at most 1440, not {MaxMinutes}"));
        }

        if (Steps < 1)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"--steps must be at least 1, not {Steps}"));
        }

        if (Threads < 0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"--threads must be 0 or more, not {Threads}"));
        }

        if (LikenessSentences < 0)
        {
            problems.Add("the likeness needs 0 or more sentences");
        }

        if (problems.Count > 0)
        {
            throw new VoiceException(string.Join("; ", problems) + ".");
        }
    }
}
