namespace Narrator.Rendering.Proof;

/// <summary>What proof-listening heard in one utterance, as its chapter's timings keep it (<see cref="Timing.UtteranceTiming.Proof"/>).</summary>
public sealed class ProofResult
{
    /// <summary>What the recognizer heard.</summary>
    public string Heard { get; set; } = string.Empty;

    /// <summary>Words of the text, as a narrator says them.</summary>
    public int Words { get; set; }

    /// <summary>Word errors of what was heard against the text.</summary>
    public int Errors { get; set; }

    /// <summary>The longest run of the text's words in a row not heard as such.</summary>
    public int LongestMismatch { get; set; }

    /// <summary>The longest silence inside the utterance, in seconds.</summary>
    public double LongestPauseSeconds { get; set; }

    /// <summary>Why the utterance is suspect; null when it passed.</summary>
    public string? Problem { get; set; }

    /// <summary>How many times its paragraph was read during the render (1 when the first reading passed or proof-listening came later).</summary>
    public int Readings { get; set; } = 1;

    /// <see cref="Errors"/> over <see cref="Words"/>; 0 for an utterance without words.
    public double WordErrorRate => Words == 0 ? 0 : (double)Errors / Words;

    internal static ProofResult From(UtteranceProof proof, int readings) => new()
    {
        Heard = proof.Heard,
        Words = proof.Errors.ReferenceWords,
        Errors = proof.Errors.Errors,
        LongestMismatch = proof.LongestMismatch,
        LongestPauseSeconds = Math.Round(proof.LongestPauseSeconds, 3),
        Problem = proof.Problem,
        Readings = readings,
    };
}
