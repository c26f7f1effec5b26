namespace Narrator.Voices;

/// <summary>
/// Every decision threshold of enrollment and consent, in one place.
/// </summary>
public static class Thresholds
{
    /// <summary>
    /// Cosine similarity at or above which two embeddings count as the same speaker. Calibrated with
    /// <c>narrator evaluate consent</c> on the shipped encoder (22 speakers): 1.0 % of different-speaker
    /// pairs pass (false accept) and 11.4 % of same-speaker pairs fail (false reject); the equal error
    /// rate, 4.1 %, is at 0.426. A wrongly accepted consent is the worse error, so the threshold sits above it.
    /// </summary>
    public const double SameSpeaker = 0.5;

    /// <summary>
    /// Share of the consent statement's words the recognizer must hear. Calibrated with
    /// <c>narrator evaluate consent</c> (pocketsphinx 0.8, 48 joins of three held-out ARCTIC sentences,
    /// about 30 words each): reading the text, the share heard was 0.53 at the least (median 0.77);
    /// reading other text, a consent statement's words were heard at 0.30 at the most (median 0.20).
    /// The threshold sits between the two.
    /// </summary>
    public const double StatementWordsRecognized = 0.45;

    public const int MinimumSampleRate = 16000;

    /// <summary>Total seconds of speech over all references below which enrollment is refused.</summary>
    public const double MinimumSpeechSeconds = 10;

    /// <summary>Total seconds of speech below which enrollment warns.</summary>
    public const double RecommendedSpeechSeconds = 30;

    /// <summary>Share of samples at |x| ≥ 0.999 above which a recording is clipped.</summary>
    public const double MaximumClippedShare = 0.001;

    public const double MinimumSnrDb = 15;

    /// <summary>Share of a recording's frames that must be speech.</summary>
    public const double MinimumSpeechShare = 0.3;
}
