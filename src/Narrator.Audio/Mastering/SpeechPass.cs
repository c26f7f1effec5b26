namespace Narrator.Audio.Mastering;

/// <summary>Receives a block of processed samples; the span is valid only during the call.</summary>
internal delegate void BlockSink(ReadOnlySpan<float> block);

/// <summary>One pass over a part's speech: gain, then the limiter, output aligned with the input.</summary>
internal static class SpeechPass
{
    public static void Run(Stream source, long start, long end, float gain, PeakLimiter limiter, BlockSink sink, CancellationToken cancellationToken)
    {
        limiter.Reset();
        var buffer = new float[FloatSampleStream.BlockLength];
        var skip = limiter.Latency;
        for (var position = start; position < end;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = FloatSampleStream.Read(source, position, buffer.AsSpan(0, (int)Math.Min(buffer.Length, end - position)));
            if (count == 0)
            {
                throw new AudioException($"The sample stream ended at sample {position}, before {end}.", Core.ErrorKind.Internal);
            }

            position += count;
            Emit(buffer.AsSpan(0, count), gain, limiter, sink, ref skip);
        }

        var flush = buffer.AsSpan(0, limiter.Latency);
        flush.Clear();
        Emit(flush, 0, limiter, sink, ref skip);
    }

    private static void Emit(Span<float> block, float gain, PeakLimiter limiter, BlockSink sink, ref int skip)
    {
        for (var i = 0; i < block.Length; i++)
        {
            block[i] *= gain;
        }

        limiter.Process(block);
        var dropped = Math.Min(skip, block.Length);
        skip -= dropped;
        if (dropped < block.Length)
        {
            sink(block[dropped..]);
        }
    }
}
