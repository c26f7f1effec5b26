using NWaves.Transforms;

namespace Narrator.Watermark;

/// <summary>
/// Marks one synthesized waveform as it streams. Frames of <see cref="FrameSize"/> samples sit at
/// fixed positions counted from the first sample (hop = half a frame), so the output depends only on
/// the samples, the key, the payload and the starting position: feeding the waveform in any chunks gives
/// the same samples as <see cref="Watermarker.Mark"/> on the whole. Each frame's 0.5-6.5 kHz bins are scaled by
/// 1 ± <see cref="WatermarkOptions.Strength"/> (a keyed sign per 25 Hz cell, or two signs at 1/√2 flipping a
/// quarter period apart) through a sqrt-Hann overlap-add; frames quieter than the silence gate are left bit-identical. Output lags input by at
/// most one frame; <see cref="Flush"/> returns the rest. Use one embedder per synthesis call.
/// </summary>
public sealed class WatermarkEmbedder
{
    private readonly Fft64 fft;
    private readonly double[] window;
    private readonly double[] inPhase;
    private readonly double[] quadrature;
    private readonly double[] gain;
    private readonly double gatePower;
    private readonly double levelRatio;
    private readonly double amplitudeRatio;
    private readonly int envelopeRadius;
    private readonly double[] re;
    private readonly double[] im;
    private readonly float[] input;
    private readonly double[] delta;
    private readonly double[] limit;
    private readonly int[] candidates;
    private readonly long blockSamples;
    private int buffered;
    private long frameStart;
    private bool flushed;

    /// <summary>An embedder for one waveform at <paramref name="sampleRate"/> Hz (at least 8,000) that marks it with <paramref name="key"/> and <paramref name="payload"/>; <paramref name="options"/> default to <see cref="WatermarkOptions.Default"/>.</summary>
    /// <param name="sampleRate">The waveform's rate in Hz.</param>
    /// <param name="key">The key of the mark.</param>
    /// <param name="payload">The 32 bits the mark carries.</param>
    /// <param name="options">Strength and level limits.</param>
    /// <param name="position">
    /// Where the waveform's first sample will lie in the recording it is joined into (a chapter's lines with the
    /// pauses between them), in samples at <paramref name="sampleRate"/>. The sign pattern of the mark continues from
    /// there, so waveforms joined at the positions they were marked for carry one unbroken mark; marked alone from 0,
    /// two short waveforms joined end to end can cancel each other's mark where a detector's window spans both.
    /// </param>
    public WatermarkEmbedder(int sampleRate, WatermarkKey key, WatermarkPayload payload, WatermarkOptions? options = null, long position = 0)
        : this(sampleRate, key, payload, options, LayoutVersion.TelephoneBand, position)
    {
    }

    /// <summary>An embedder that lays the code out as <paramref name="version"/> says (the first layout is kept to test that its marks stay readable).</summary>
    internal WatermarkEmbedder(int sampleRate, WatermarkKey key, WatermarkPayload payload, WatermarkOptions? options, LayoutVersion version, long position = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleRate, 8000);
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentNullException.ThrowIfNull(key);
        options ??= WatermarkOptions.Default;
        options.Validate();
        FrameSize = FrameSizeFor(sampleRate);
        fft = new Fft64(FrameSize);
        window = new double[FrameSize];
        for (var n = 0; n < FrameSize; n++)
        {
            window[n] = Math.Sqrt(0.5 - (0.5 * Math.Cos(2 * Math.PI * n / FrameSize)));
        }

        var (cellInPhase, cellQuadrature) = WatermarkLayout.For(key).Gains(payload.Value, version);
        gain = new double[(FrameSize / 2) + 1];
        inPhase = new double[gain.Length];
        quadrature = new double[gain.Length];
        for (var k = 0; k < gain.Length; k++)
        {
            var cell = WatermarkLayout.CellOf((double)k * sampleRate / FrameSize);
            inPhase[k] = cell < 0 ? 0 : options.Strength * cellInPhase[cell];
            quadrature[k] = cell < 0 ? 0 : options.Strength * cellQuadrature[cell];
        }

        blockSamples = (long)Math.Round(WatermarkLayout.BlockSeconds * sampleRate);
        levelRatio = Math.Pow(10, options.MaxLevelDb / 10);
        amplitudeRatio = Math.Pow(10, options.MaxLevelDb / 20);
        envelopeRadius = sampleRate / 400;
        gatePower = Math.Pow(10, options.SilenceGateDbfs / 10) * 0.5;
        re = new double[FrameSize];
        im = new double[FrameSize];
        input = new float[FrameSize * 2];
        delta = new double[FrameSize * 2];
        limit = new double[FrameSize];
        candidates = new int[FrameSize];
        frameStart = position;
    }

    /// <summary>Samples per analysis frame (2048 up to 24 kHz, doubling above).</summary>
    public int FrameSize { get; }

    private int Hop => FrameSize / 2;

    /// <summary>Takes the next samples of the waveform; returns the marked samples that are final so far.</summary>
    public float[] Process(ReadOnlySpan<float> samples)
    {
        ObjectDisposedException.ThrowIf(flushed, this);
        var frames = samples.Length < FrameSize - buffered ? 0 : 1 + ((samples.Length - (FrameSize - buffered)) / Hop);
        var output = new float[frames * Hop];
        var written = 0;
        while (samples.Length > 0)
        {
            var take = Math.Min(samples.Length, FrameSize - buffered);
            samples[..take].CopyTo(input.AsSpan(buffered));
            buffered += take;
            samples = samples[take..];
            if (buffered == FrameSize)
            {
                MarkFrame();
                written += Emit(output.AsSpan(written), Hop);
            }
        }

        return output;
    }

    /// <summary>Ends the waveform: returns its remaining marked samples. The embedder cannot be used after.</summary>
    public float[] Flush()
    {
        ObjectDisposedException.ThrowIf(flushed, this);
        flushed = true;
        var output = new float[buffered];
        var written = 0;
        var remaining = buffered;
        if (remaining > Hop)
        {
            // The last frame runs past the end: the zeros beyond it are the same in any chunking.
            input.AsSpan(remaining, FrameSize - remaining).Clear();
            MarkFrame();
            written += Emit(output.AsSpan(written), Hop);
            remaining -= Hop;
        }

        if (remaining > 0)
        {
            input.AsSpan(remaining, FrameSize - remaining).Clear();
            MarkFrame();
            Emit(output.AsSpan(written), remaining);
        }

        return output;
    }

    private void MarkFrame()
    {
        double power = 0;
        for (var n = 0; n < FrameSize; n++)
        {
            var x = input[n] * window[n];
            re[n] = x;
            im[n] = 0;
            power += x * x;
        }

        if (power / FrameSize < gatePower)
        {
            return;
        }

        // The whole pattern flips sign every block: a detector that differences blocks cancels the
        // speaker's own fixed spectral detail, which would otherwise mask a constant mark. The parts in
        // quadrature flip half a block later (a quarter of the period), so the detector can tell them apart.
        var first = (frameStart / blockSamples) % 2 == 0 ? 1.0 : -1.0;
        var second = ((frameStart + (2 * blockSamples) - (blockSamples / 2)) / blockSamples) % 2 == 0 ? 1.0 : -1.0;
        for (var k = 0; k < gain.Length; k++)
        {
            gain[k] = (first * inPhase[k]) + (second * quadrature[k]);
        }

        fft.Direct(re, im);
        var scale = LevelScale();
        for (var k = 0; k < gain.Length; k++)
        {
            re[k] *= scale * gain[k];
            im[k] *= scale * gain[k];
            if (k > 0 && k < FrameSize / 2)
            {
                re[FrameSize - k] = re[k];
                im[FrameSize - k] = -im[k];
            }
        }

        fft.InverseNorm(re, im);
        for (var n = 0; n < FrameSize; n++)
        {
            delta[n] += re[n] * window[n];
        }
    }

    // Scales the strength down where the marked band holds most of the frame's energy, so that the
    // mark stays MaxLevelDb below the frame whatever the voice's spectral balance.
    private double LevelScale()
    {
        double total = 0;
        double marked = 0;
        for (var k = 1; k < gain.Length; k++)
        {
            var power = (re[k] * re[k]) + (im[k] * im[k]);
            total += power;
            marked += gain[k] * gain[k] * power;
        }

        return marked <= levelRatio * total ? 1 : Math.Sqrt(levelRatio * total / marked);
    }

    /// <summary>Writes the first <paramref name="count"/> marked samples to <paramref name="output"/>, shifts the buffers; returns <paramref name="count"/>.</summary>
    private int Emit(Span<float> output, int count)
    {
        EchoLimits(count);
        for (var n = 0; n < count; n++)
        {
            output[n] = delta[n] == 0 ? input[n] : (float)(input[n] + Math.Clamp(delta[n], -limit[n], limit[n]));
        }

        Array.Copy(input, count, input, 0, FrameSize - count);
        Array.Copy(delta, count, delta, 0, FrameSize - count);
        Array.Clear(delta, FrameSize - count, count);
        buffered -= count;
        frameStart += count;
        return count;
    }

    // A frame spreads its mark over its whole length, into the quiet before an onset or after the
    // last word. Each sample's mark is held under the level cap times the loudest input sample within
    // envelopeRadius of it (what the buffer holds now, so any chunking gives the same samples). The
    // loudest sample of each window comes from a running maximum (a queue of candidate positions
    // whose magnitudes fall), so each sample is looked at a constant number of times.
    private void EchoLimits(int count)
    {
        int head = 0, tail = 0, next = 0;
        for (var n = 0; n < count; n++)
        {
            for (var right = Math.Min(FrameSize - 1, n + envelopeRadius); next <= right; next++)
            {
                var magnitude = Math.Abs(input[next]);
                while (tail > head && Math.Abs(input[candidates[tail - 1]]) <= magnitude)
                {
                    tail--;
                }

                candidates[tail++] = next;
            }

            while (candidates[head] < n - envelopeRadius)
            {
                head++;
            }

            limit[n] = amplitudeRatio * Math.Abs(input[candidates[head]]);
        }
    }

    internal static int FrameSizeFor(int sampleRate) => sampleRate <= 24000 ? 2048 : sampleRate <= 48000 ? 4096 : 8192;
}
