namespace Narrator.Watermark;

/// <summary>What <see cref="WatermarkDetector"/> found in a recording.</summary>
/// <param name="Found">Whether a mark made with the key is present: a verified payload above <see cref="WatermarkDetector.Threshold"/>, or a score above <see cref="WatermarkDetector.StrongThreshold"/>.</param>
/// <param name="Payload">The payload when its checksum verified; null when nothing was found or the bits were damaged.</param>
/// <param name="Confidence">1 minus the bound on the chance that unmarked audio scores this high anywhere in the search (0 to 1).</param>
/// <param name="Score">The significance: −log10 of a bound on the chance that unmarked audio aligns this well anywhere in the pitch and speed search (0 when the bound reaches 1; 6 means one in a million); see the thresholds on <see cref="WatermarkDetector"/>.</param>
/// <param name="SpeechSeconds">How many seconds of speech the decision rests on (silence is ignored).</param>
public sealed record WatermarkDetection(bool Found, uint? Payload, double Confidence, double Score, double SpeechSeconds);
