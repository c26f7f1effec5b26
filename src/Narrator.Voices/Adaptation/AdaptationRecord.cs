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

    public required string Sha256 { get; init; }

    /// <summary>SHA-256 of the bundle's acoustic model the tensors replace weights of; another acoustic model needs a new adaptation.</summary>
    public required string BaseAcousticSha256 { get; init; }

    public required int Takes { get; init; }

    public required double SpeechMinutes { get; init; }

    public required int Steps { get; init; }

    public required double TrainingMinutes { get; init; }

    public required DateTimeOffset TrainedAt { get; init; }

    /// <summary>How alike the voice sounds, measured when training finished; null when it could not be measured.</summary>
    public AdaptationLikeness? Likeness { get; init; }
}
