namespace Narrator.Audio.Tests.Mastering;

internal static class Signals
{
    public static float[] Sine(int sampleRate, double seconds, double frequency, double amplitude)
    {
        var samples = new float[(int)(sampleRate * seconds)];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = (float)(amplitude * Math.Sin(2 * Math.PI * frequency * i / sampleRate));
        }

        return samples;
    }

    public static MemoryStream FloatStream(params float[][] pieces)
    {
        var stream = new MemoryStream();
        foreach (var piece in pieces)
        {
            stream.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(piece.AsSpan()));
        }

        stream.Position = 0;
        return stream;
    }

    public static float[] Pcm16(MemoryStream pcm)
    {
        var bytes = pcm.ToArray();
        var samples = new float[bytes.Length / 2];
        Audio.Pcm16.Decode(bytes, samples);
        return samples;
    }
}
