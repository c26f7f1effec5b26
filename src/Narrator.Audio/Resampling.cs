using NWaves.Operations;
using NWaves.Signals;

namespace Narrator.Audio;

/// <summary>Sample-rate conversion of short, whole recordings (references for speaker embeddings).</summary>
public static class Resampling
{
    /// <paramref name="samples"/> at <paramref name="fromRate"/> Hz resampled to <paramref name="toRate"/> Hz; the same array when the rates are equal.
    public static float[] Resample(float[] samples, int fromRate, int toRate)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fromRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(toRate);
        if (fromRate == toRate || samples.Length == 0)
        {
            return samples;
        }

        return new Resampler().Resample(new DiscreteSignal(fromRate, samples, allocateNew: true), toRate).Samples;
    }
}
