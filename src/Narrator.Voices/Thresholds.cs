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

    /// <summary>Lowest sample rate of a reference, in Hz.</summary>
    public const int MinimumSampleRate = 16000;

    /// <summary>Total seconds of speech over all references below which enrollment is refused.</summary>
    public const double MinimumSpeechSeconds = 10;

    /// <summary>Total seconds of speech below which enrollment warns.</summary>
    public const double RecommendedSpeechSeconds = 30;

    /// <summary>Share of samples at |x| ≥ 0.999 above which a recording is clipped.</summary>
    public const double MaximumClippedShare = 0.001;

    /// <summary>Least speech-to-noise ratio of a reference, in dB.</summary>
    public const double MinimumSnrDb = 15;

    /// <summary>Share of a recording's frames that must be speech.</summary>
    public const double MinimumSpeechShare = 0.3;

    /// <summary>
    /// Minutes of speech in the good takes of a script below which enrollment from recordings is refused.
    /// Speech is 90 % of a CMU ARCTIC recording (454 bdl and slt takes), so the short script (60 prompts,
    /// about 2.9 minutes read) holds about 2.6 minutes of speech: a few bad takes can be left out without
    /// redoing the session. Below 2 minutes adaptation has too little of the voice to learn from.
    /// </summary>
    public const double MinimumGoodTakeMinutes = 2;

    /// <summary>
    /// Word error rate of the recognizer's transcript against the prompt above which a take is rejected.
    /// Measured with pocketsphinx 0.8 on the 110 natural held-out ARCTIC recordings (55 prompts, bdl and slt;
    /// corpus WER 30.4 %): per take the median is 27 %, p90 64 %, p95 86 % (short prompts with names fail
    /// whole); scored against the other 54 prompts' texts (a take of another prompt), the lowest of 5,940
    /// pairs is 69 %, p1 85 %. At 0.65 no mismatched pair passes and 9 % (10 of 110) of natural takes are
    /// rejected: a wrong take must never be used, a good one left out costs one retake.
    /// </summary>
    public const double MaximumTakeWordErrorRate = 0.65;

    /// <summary>Shortest take in seconds: the shortest of the 2,264 CMU ARCTIC recordings is 0.97 s.</summary>
    public const double MinimumTakeSeconds = 0.5;

    /// <summary>Speech level (90th percentile frame RMS) below which a take is silent rather than quiet.</summary>
    public const double SilentTakeLevelDb = -60;

    /// <summary>
    /// Speech level below which a take is too quiet. The 454 ARCTIC takes measured lie from −21.9 to −12.2 dBFS
    /// (median −16.0); −40 dBFS leaves 18 dB for a quieter home set-up, below which the microphone's own noise
    /// and the room dominate.
    /// </summary>
    public const double MinimumTakeLevelDb = -40;

    /// <summary>
    /// Longest silence inside a take, in seconds. In the 454 ARCTIC takes the longest is 0.32 s (p99 0.20 s):
    /// a pause of two seconds is a hesitation or a restart, not a reading.
    /// </summary>
    public const double MaximumTakePauseSeconds = 2;

    /// <summary>
    /// Slowest reading of a prompt, in its words per minute of speech span: the 454 ARCTIC takes lie from
    /// 117 to 333 (median 205); half the slowest.
    /// </summary>
    public const double MinimumWordsPerMinute = 60;

    /// <summary>Fastest reading (1.35 times the fastest ARCTIC take): faster than this, the take probably reads a shorter text.</summary>
    public const double MaximumWordsPerMinute = 450;
}
