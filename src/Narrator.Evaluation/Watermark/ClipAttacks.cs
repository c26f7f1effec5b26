using Narrator.Watermark;

namespace Narrator.Evaluation;

/// <summary>Cuts a 10 s clip a third of a second into marked speech, applies each attack to it and judges what is left.</summary>
internal sealed class ClipAttacks(WatermarkKey key, IReadOnlyCollection<string> attacks, (float[] Samples, int SampleRate) other, string temporary)
{
    public const int ClipSeconds = 10;

    public async Task MeasureAsync(float[] marked, int rate, Action<string, WatermarkDetection> record, CancellationToken cancellationToken)
    {
        var start = rate / 3;
        var clip = marked[start..(start + (ClipSeconds * rate))];
        var filler = other.SampleRate == rate ? other.Samples[..Math.Min(other.Samples.Length, ClipSeconds * rate)] : [];
        foreach (var attack in attacks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await WatermarkAttacks.ApplyAsync(attack, clip, rate, filler, temporary, cancellationToken).ConfigureAwait(false) is { } attacked)
            {
                record(attack, WatermarkDetector.Detect(attacked.Samples, attacked.Rate, key));
            }
        }
    }
}
