namespace Narrator.Audio;

/// <summary>Helpers around <see cref="IAudioSink"/>: feeding samples held in memory, one decode for several sinks, a whole recording for short clips.</summary>
public static class AudioSinks
{
    /// <summary>The block size a recording is handed on in: one second at 16 kHz.</summary>
    public const int BlockSamples = 16384;

    /// <summary>Starts <paramref name="sink"/> and writes <paramref name="samples"/> to it in blocks of <see cref="BlockSamples"/>.</summary>
    public static void Feed(IAudioSink sink, ReadOnlySpan<float> samples, int sampleRate)
    {
        ArgumentNullException.ThrowIfNull(sink);
        sink.Start(sampleRate);
        for (var start = 0; start < samples.Length; start += BlockSamples)
        {
            sink.Write(samples.Slice(start, Math.Min(BlockSamples, samples.Length - start)));
        }
    }

    /// <summary>One sink that hands everything on to each of <paramref name="sinks"/>, so that one decode serves them all.</summary>
    public static IAudioSink All(params IAudioSink[] sinks)
    {
        ArgumentNullException.ThrowIfNull(sinks);
        return new Fanout(sinks);
    }

    /// <summary>The whole recording in one array, for short clips (a consent statement, a script take).</summary>
    public static (float[] Samples, int SampleRate) ReadWhole(AudioReader read, string path)
    {
        ArgumentNullException.ThrowIfNull(read);
        var buffer = new SampleBuffer(0);
        read(path, buffer);
        return (buffer.ToArray(), buffer.SampleRate);
    }

    /// <summary>A reader over recordings already in memory (or made by a function): each is fed in blocks.</summary>
    public static AudioReader FromMemory(Func<string, (float[] Samples, int SampleRate)> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return (path, sink) =>
        {
            var (samples, rate) = read(path);
            Feed(sink, samples, rate);
        };
    }

    private sealed class Fanout(IAudioSink[] sinks) : IAudioSink
    {
        public void Start(int sampleRate)
        {
            foreach (var sink in sinks)
            {
                sink.Start(sampleRate);
            }
        }

        public void Write(ReadOnlySpan<float> samples)
        {
            foreach (var sink in sinks)
            {
                sink.Write(samples);
            }
        }
    }
}
