using Narrator.Audio;

namespace Narrator.Voices.Tests;

/// <summary>Speech-like test recordings: 300 ms harmonic bursts between 100 ms pauses with a faint noise floor.</summary>
internal static class Signals
{
    public static float[] Speechlike(double seconds, int rate = 16000, float peak = 0.5f, float noise = 0.001f, double pitch = 140)
    {
        var random = new Random(7);
        var samples = new float[(int)(seconds * rate)];
        for (var i = 0; i < samples.Length; i++)
        {
            var t = i / (double)rate;
            var voiced = t % 0.4 < 0.3;
            var tone = voiced ? peak * 0.5 * (Math.Sin(2 * Math.PI * pitch * t) + 0.5 * Math.Sin(4 * Math.PI * pitch * t)) : 0;
            samples[i] = (float)(tone + (noise * ((random.NextDouble() * 2) - 1)));
        }

        return samples;
    }

    public static string Write(string folder, string name, float[] samples, int rate = 16000)
    {
        var path = Path.Combine(folder, name);
        WavFile.WriteAsync(path, samples, rate).GetAwaiter().GetResult();
        return path;
    }
}
