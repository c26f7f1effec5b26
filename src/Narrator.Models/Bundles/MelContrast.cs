namespace Narrator.Models.Bundles;

/// <summary>
/// A post-filter between the acoustic model and the vocoder. A model trained with an L1 loss predicts the
/// mean of what it heard, so its spectrum is flatter than speech: over time (less dynamics) and over
/// frequency (blurred formants and harmonics). Scaling the deviations back restores some of that contrast
/// without training: each band's deviation from its mean over the utterance's speech frames, times
/// <see cref="Time"/>; then each frame's deviation from its own spectrum smoothed over nine bands, times
/// <see cref="Frequency"/>. Frames at the silence floor stay as they are and nothing goes below it. The
/// bundle states the factors (<c>inference.melContrast</c>); 1 and 1 leave the mel untouched.
/// The training code's <c>postfilter.sharpen</c> computes the same.
/// </summary>
public sealed class MelContrast
{
    private const int FrequencyRadius = 4;

    // A frame whose loudest band is less than this far (natural log) above the floor is silence.
    private const float SpeechMargin = 1f;

    /// <summary>A post-filter with these factors over a log mel whose floor is <paramref name="floor"/> (ln of the recipe's clampMin).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A factor is outside 0.5–3.</exception>
    public MelContrast(float time, float frequency, float floor)
    {
        foreach (var (name, value) in new[] { (nameof(time), time), (nameof(frequency), frequency) })
        {
            if (!(value is >= 0.5f and <= 3f))
            {
                throw new ArgumentOutOfRangeException(name, value, "A mel contrast factor lies between 0.5 and 3 (1 leaves the mel as it is).");
            }
        }

        (Time, Frequency, Floor) = (time, frequency, floor);
    }

    /// <summary>The factor on each band's deviation from its mean over the utterance.</summary>
    public float Time { get; }

    /// <summary>The factor on each frame's deviation from its spectrum smoothed over frequency.</summary>
    public float Frequency { get; }

    /// <summary>The log mel value of silence (the recipe's floor).</summary>
    public float Floor { get; }

    /// <summary>Whether the filter leaves every mel as it is.</summary>
    public bool IsIdentity => Time == 1f && Frequency == 1f;

    /// <summary>The mel with its contrast scaled (the same object when <see cref="IsIdentity"/>); the pitch is kept.</summary>
    public MelSpectrogram Apply(MelSpectrogram mel)
    {
        ArgumentNullException.ThrowIfNull(mel);
        if (IsIdentity || mel.Frames == 0)
        {
            return mel;
        }

        var (bands, frames) = (mel.Mels, mel.Frames);
        var source = mel.Values;
        var speech = new bool[frames];
        for (var t = 0; t < frames; t++)
        {
            var loudest = float.MinValue;
            for (var c = 0; c < bands; c++)
            {
                loudest = Math.Max(loudest, source[(c * frames) + t]);
            }

            speech[t] = loudest > Floor + SpeechMargin;
        }

        var values = (float[])source.Clone();
        if (Time != 1f)
        {
            ScaleOverTime(values, bands, frames, speech);
        }

        if (Frequency != 1f)
        {
            ScaleOverFrequency(values, bands, frames, speech);
        }

        for (var c = 0; c < bands; c++)
        {
            for (var t = 0; t < frames; t++)
            {
                var i = (c * frames) + t;
                values[i] = speech[t] ? Math.Max(values[i], Floor) : source[i];
            }
        }

        return mel with { Values = values };
    }

    private void ScaleOverTime(float[] values, int bands, int frames, bool[] speech)
    {
        var count = speech.Count(s => s);
        if (count == 0)
        {
            return;
        }

        for (var c = 0; c < bands; c++)
        {
            var row = values.AsSpan(c * frames, frames);
            double sum = 0;
            for (var t = 0; t < frames; t++)
            {
                sum += speech[t] ? row[t] : 0;
            }

            var mean = (float)(sum / count);
            for (var t = 0; t < frames; t++)
            {
                row[t] = mean + (Time * (row[t] - mean));
            }
        }
    }

    private void ScaleOverFrequency(float[] values, int bands, int frames, bool[] speech)
    {
        var column = new float[bands];
        for (var t = 0; t < frames; t++)
        {
            if (!speech[t])
            {
                continue;
            }

            for (var c = 0; c < bands; c++)
            {
                column[c] = values[(c * frames) + t];
            }

            for (var c = 0; c < bands; c++)
            {
                // A box over nine bands, the edge bands repeated beyond the ends.
                float smooth = 0;
                for (var d = -FrequencyRadius; d <= FrequencyRadius; d++)
                {
                    smooth += column[Math.Clamp(c + d, 0, bands - 1)];
                }

                smooth /= (2 * FrequencyRadius) + 1;
                values[(c * frames) + t] = smooth + (Frequency * (column[c] - smooth));
            }
        }
    }
}
