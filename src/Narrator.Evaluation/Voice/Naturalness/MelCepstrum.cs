using Narrator.Audio.Features;

namespace Narrator.Evaluation;

/// <summary>
/// Mel-frequency cepstra of 16 kHz speech, one frame every 10 ms (the hop of <see cref="PitchTrack"/>):
/// the natural log of 40 magnitude (not power) mel bands from 0 to 8 kHz (25 ms Hann window, 512-point
/// FFT, no pre-emphasis), floored at 60 dB below the loudest band of the utterance, then a DCT-II scaled
/// as the real cepstrum is (c_n = 1/N · Σ_m x_m cos(π n (m + ½) / N), so that the log spectrum is
/// c_0 + 2 Σ c_n cos(…), which the √2 of the usual mel-cepstral distortion assumes). Coefficient 0 (the
/// level) is dropped, so a louder or quieter recording has the same cepstra; 1 to <see cref="Coefficients"/> remain.
/// Distortions computed on these are comparable only with other figures computed the same way.
/// </summary>
internal static class MelCepstrum
{
    public const int SampleRate = 16000;

    public const int Coefficients = 13;

    private const int Bands = 40;

    // A band empty in one recording and faintly noisy in the other would otherwise dominate the
    // distortion through the logarithm; below this (60 dB in magnitude) both count as silent.
    private static readonly float FloorBelowLoudest = (float)Math.Log(1000);

    private static readonly LogMelExtractor Extractor = new(new LogMelParameters
    {
        SampleRate = SampleRate,
        NFft = 512,
        Win = 400,
        Hop = 160,
        Window = "hann",
        PreEmphasis = null,
        NMels = Bands,
        Fmin = 0,
        Fmax = 8000,
        Power = 1,
        Log = "ln",
        ClampMin = 1e-10,
        MeanNormalize = false,
    });

    private static readonly double[,] Dct = DctMatrix();

    /// <summary>Cepstral frames (coefficients 1..<see cref="Coefficients"/>) of mono samples at <see cref="SampleRate"/>.</summary>
    public static float[][] Compute(float[] samples)
    {
        var logMel = Extractor.Compute(samples, out var frames);
        if (frames > 0)
        {
            var floor = logMel.Max() - FloorBelowLoudest;
            for (var i = 0; i < logMel.Length; i++)
            {
                logMel[i] = Math.Max(logMel[i], floor);
            }
        }

        var cepstra = new float[frames][];
        for (var f = 0; f < frames; f++)
        {
            cepstra[f] = new float[Coefficients];
            for (var c = 0; c < Coefficients; c++)
            {
                var sum = 0.0;
                for (var m = 0; m < Bands; m++)
                {
                    sum += Dct[c, m] * logMel[(f * Bands) + m];
                }

                cepstra[f][c] = (float)sum;
            }
        }

        return cepstra;
    }

    // Rows 1..Coefficients of the DCT-II over the mel bands, with the real cepstrum's 1/N.
    private static double[,] DctMatrix()
    {
        var matrix = new double[Coefficients, Bands];
        for (var c = 0; c < Coefficients; c++)
        {
            for (var m = 0; m < Bands; m++)
            {
                matrix[c, m] = Math.Cos(Math.PI * (c + 1) * (m + 0.5) / Bands) / Bands;
            }
        }

        return matrix;
    }
}
