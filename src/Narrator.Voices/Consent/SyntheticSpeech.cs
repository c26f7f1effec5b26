using Narrator.Watermark;

namespace Narrator.Voices;

/// <summary>
/// Refuses recordings that carry Narrator's own watermark (the published key): synthetic speech is
/// no consent, and a clone of a clone is not the person. Marks made with a private publisher key
/// cannot be seen here.
/// </summary>
internal static class SyntheticSpeech
{
    public static void Refuse(string path, ReadOnlySpan<float> samples, int sampleRate)
    {
        var detection = WatermarkDetector.Detect(samples, sampleRate, WatermarkKey.Default);
        if (detection.Found)
        {
            throw new ConsentRefusedException(FormattableString.Invariant(
                $"{path}: carries Narrator's watermark (score {detection.Score:0.0}): it was synthesized, not recorded from the person. Synthetic speech is no consent and no reference; record the person."));
        }
    }
}
