using Narrator.Voices;

namespace Narrator.Rendering.Proof;

/// <summary>
/// Proof-listening during a render: every utterance is heard by <see cref="Recognizer"/> and compared with its text
/// (<see cref="UtteranceProof"/>); a paragraph with a suspect utterance is read again, up to <see cref="Retakes"/> times,
/// and the best reading is kept. What still fails is listed in the render report and <c>proof.html</c>.
/// </summary>
public sealed class ProofSettings
{
    /// <summary>The most retakes a paragraph can have (4): there are that many other ways to read it.</summary>
    public const int MaxRetakes = Proof.Retakes.Count;

    /// <summary>The recognizer that listens; pocketsphinx unless another is given.</summary>
    public ISpeechRecognizer Recognizer { get; init; } = PocketSphinxBatch.Default;

    /// <summary>How many times a paragraph with a suspect utterance is read again, each time another way (<see cref="Proof.Retakes"/>). Default 2.</summary>
    public int Retakes { get; init; } = 2;

    internal void Validate(List<string> errors)
    {
        if (Retakes is < 0 or > MaxRetakes)
        {
            errors.Add($"proof retakes ({Retakes}) must be between 0 and {MaxRetakes}");
        }

        if (Recognizer.Unavailable is { } reason)
        {
            errors.Add($"proof-listening cannot start: {reason}; install it, or render without proof-listening (narrate --no-proof)");
        }
    }
}
