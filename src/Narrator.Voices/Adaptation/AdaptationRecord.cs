namespace Narrator.Voices;

/// <summary>
/// An adapted voice's model in <c>voice.json</c>: the file of adapted acoustic-model tensors in the
/// voice folder (fingerprinted like the references), the base model it was trained from, and what it
/// was trained on.
/// </summary>
public sealed record AdaptationRecord
{
    /// <summary>The safetensors file in the voice folder (its name carries a hash prefix, so a new one never overwrites the old).</summary>
    public required string File { get; init; }

    /// <summary>SHA-256 (hex) of <see cref="File"/>, checked whenever the voice is opened.</summary>
    public required string Sha256 { get; init; }

    /// <summary>SHA-256 of the bundle's acoustic model the tensors replace weights of; another acoustic model needs a new adaptation.</summary>
    public required string BaseAcousticSha256 { get; init; }

    /// <summary>Takes trained on.</summary>
    public required int Takes { get; init; }

    /// <summary>Minutes of speech in those takes.</summary>
    public required double SpeechMinutes { get; init; }

    /// <summary>Optimizer steps trained.</summary>
    public required int Steps { get; init; }

    /// <summary>Wall-clock minutes of training, over every resumed run.</summary>
    public required double TrainingMinutes { get; init; }

    /// <summary>When training finished.</summary>
    public required DateTimeOffset TrainedAt { get; init; }

    /// <summary>How alike the voice sounds, measured when training finished; null when it could not be measured.</summary>
    public AdaptationLikeness? Likeness { get; init; }
}
