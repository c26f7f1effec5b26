namespace Narrator.Rendering.Proof;

/// <summary>
/// When proof-listening calls an utterance suspect. Calibrated by <c>narrator evaluate proof</c> (README,
/// "evaluate proof"): the scores of natural held-out recordings and of the default voice against those of
/// deliberately broken audio.
/// </summary>
public static class ProofThresholds
{
    /// <summary>Word error rate (pocketsphinx against the normalized text) above which the words do not match.</summary>
    public const double MaximumWordErrorRate = 0.85;

    /// <summary>Utterances with fewer words are judged on silence and on whether anything was heard only: one misheard name is most of a short one.</summary>
    public const int MinimumWords = 4;

    /// <summary>Words of the text in a row heard as something else (or not at all) that make an utterance suspect.</summary>
    public const int MismatchRun = 4;

    /// <summary>The longest silence inside an utterance, in seconds, before it is suspect.</summary>
    public const double MaximumPauseSeconds = 1.0;
}
