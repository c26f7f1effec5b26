namespace Narrator.Watermark.Tests;

/// <summary>Speech-like test signals: gliding harmonics plus breath noise, in syllables, with pauses.</summary>
internal static class SpeechLike
{
    /// <summary>Seconds of syllables (about 4 per second) with a pause of <paramref name="pauseSeconds"/> of exact zeros after every 3 s.</summary>
    public static float[] Make(double seconds, int rate, int seed = 1, double pauseSeconds = 0)
    {
        var random = new Random(seed);
        var samples = new List<float>();
        double phase = 0;
        var spoken = 0.0;
        while (spoken < seconds)
        {
            var length = (int)(rate * (0.18 + (0.12 * random.NextDouble())));
            var f0Start = 90 + (120 * random.NextDouble());
            var f0End = 90 + (120 * random.NextDouble());
            for (var n = 0; n < length; n++)
            {
                var t = (double)n / length;
                var f0 = f0Start + ((f0End - f0Start) * t);
                phase += 2 * Math.PI * f0 / rate;
                double voiced = 0;
                for (var h = 1; h * f0 < rate / 2.2; h++)
                {
                    voiced += Math.Sin(h * phase) / h;
                }

                var envelope = Math.Sin(Math.PI * t);
                samples.Add((float)(envelope * ((0.08 * voiced) + (0.01 * ((2 * random.NextDouble()) - 1)))));
            }

            var before = spoken;
            spoken += (double)length / rate;
            if (pauseSeconds > 0 && Math.Floor(spoken / 3) > Math.Floor(before / 3))
            {
                samples.AddRange(new float[(int)(pauseSeconds * rate)]);
            }
        }

        return [.. samples];
    }

    /// <summary>
    /// Two vowels (a low and a high formant) taking turns every half second: a voice with a strong
    /// rhythm at exactly the mark's own period, the worst case for a detector's false alarms.
    /// </summary>
    public static float[] AlternatingVowels(double seconds, int rate)
    {
        var samples = new float[(int)(seconds * rate)];
        var random = new Random(3);
        double phase = 0;
        for (var n = 0; n < samples.Length; n++)
        {
            var formant = (n / (rate / 2)) % 2 == 0 ? 700.0 : 2500.0;
            var f0 = 120 + (10 * Math.Sin(2 * Math.PI * n / rate / 3));
            phase += 2 * Math.PI * f0 / rate;
            double voiced = 0;
            for (var h = 1; h * f0 < rate / 2.2; h++)
            {
                var distance = ((h * f0) - formant) / 300;
                voiced += Math.Sin(h * phase) * Math.Exp(-distance * distance) / Math.Sqrt(h);
            }

            samples[n] = (float)((0.1 * voiced) + (0.005 * ((2 * random.NextDouble()) - 1)));
        }

        return samples;
    }

    public static double Energy(ReadOnlySpan<float> samples)
    {
        double sum = 0;
        foreach (var s in samples)
        {
            sum += (double)s * s;
        }

        return sum;
    }
}
