using System.Buffers;
using NWaves.Transforms;

namespace Narrator.Audio.Features;

/// <summary>
/// Log-mel features of a recording, computed step by step as docs/bundle-format.md describes so
/// that they equal the training side's (a golden-file test holds the two together).
/// </summary>
public sealed class LogMelExtractor
{
    private readonly LogMelParameters _p;
    private readonly float[][] _filters;
    private readonly float[] _window;
    private readonly RealFft _fft;

    /// <summary>An extractor computing features as <paramref name="parameters"/> say (validated here).</summary>
    public LogMelExtractor(LogMelParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var errors = parameters.Errors();
        if (errors.Count > 0)
        {
            throw new AudioException("Invalid feature parameters: " + string.Join("; ", errors) + ".");
        }

        _p = parameters;
        _filters = MelFilterbank.Create(parameters);
        _window = Window(parameters.Window, parameters.Win);
        _fft = new RealFft(parameters.NFft);
    }

    /// <summary>The parameters the features are computed with.</summary>
    public LogMelParameters Parameters => _p;

    /// <summary>Features as [frames × nMels], row by row; samples are mono at <see cref="LogMelParameters.SampleRate"/>.</summary>
    public float[] Compute(ReadOnlySpan<float> samples, out int frames)
    {
        frames = FrameCount(samples.Length);
        var features = new float[frames * _p.NMels];
        Compute(samples, features);
        return features;
    }

    /// <summary>How many feature frames <paramref name="samples"/> samples give.</summary>
    public int FrameCount(int samples)
    {
        var length = samples + (_p.Center && samples > _p.NFft / 2 ? 2 * (_p.NFft / 2) : 0);
        return length < _p.Win ? 0 : 1 + ((length - _p.Win) / _p.Hop);
    }

    /// <summary>
    /// Writes the features of <paramref name="samples"/> into the first <see cref="FrameCount"/> × nMels
    /// values of <paramref name="features"/> and returns the frame count. Scratch memory is pooled, so a
    /// long recording embedded window by window leaves no large garbage behind.
    /// </summary>
    public int Compute(ReadOnlySpan<float> samples, Span<float> features)
    {
        var frames = FrameCount(samples.Length);
        if (features.Length < frames * _p.NMels)
        {
            throw new ArgumentException($"{frames} frames of {_p.NMels} mels need {frames * _p.NMels} values; the destination holds {features.Length}.", nameof(features));
        }

        var pad = _p.Center && samples.Length > _p.NFft / 2 ? _p.NFft / 2 : 0;
        var signal = ArrayPool<float>.Shared.Rent(samples.Length + (2 * pad));
        try
        {
            Prepare(samples, signal.AsSpan(0, samples.Length + (2 * pad)), pad);
            Frames(signal, frames, features);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(signal);
        }

        if (_p.MeanNormalize && frames > 0)
        {
            SubtractChannelMeans(features, frames, _p.NMels);
        }

        return frames;
    }

    private void Frames(float[] signal, int frames, Span<float> features)
    {
        var frame = new float[_p.NFft];
        var re = new float[_p.NFft];
        var im = new float[_p.NFft];
        var spectrum = new double[(_p.NFft / 2) + 1];
        for (var f = 0; f < frames; f++)
        {
            Array.Clear(frame);
            for (var i = 0; i < _p.Win; i++)
            {
                frame[i] = signal[(f * _p.Hop) + i] * _window[i];
            }

            _fft.Direct(frame, re, im);
            for (var k = 0; k < spectrum.Length; k++)
            {
                var power = ((double)re[k] * re[k]) + ((double)im[k] * im[k]);
                spectrum[k] = _p.Power == 2 ? power : Math.Sqrt(power);
            }

            for (var m = 0; m < _p.NMels; m++)
            {
                var energy = 0.0;
                var weights = _filters[m];
                for (var k = 0; k < spectrum.Length; k++)
                {
                    energy += weights[k] * spectrum[k];
                }

                var clamped = Math.Max(energy, _p.ClampMin);
                features[(f * _p.NMels) + m] = (float)(_p.Log == "ln" ? Math.Log(clamped) : Math.Log10(clamped));
            }
        }
    }

    // Pre-emphasis into the middle of `signal`, then reflection padding of `pad` samples at each end.
    private void Prepare(ReadOnlySpan<float> samples, Span<float> signal, int pad)
    {
        var body = signal.Slice(pad, samples.Length);
        if (_p.PreEmphasis is { } a && samples.Length > 0)
        {
            body[0] = samples[0];
            for (var i = 1; i < samples.Length; i++)
            {
                body[i] = (float)(samples[i] - (a * samples[i - 1]));
            }
        }
        else
        {
            samples.CopyTo(body);
        }

        for (var i = 0; i < pad; i++)
        {
            signal[pad - 1 - i] = body[i + 1];
            signal[pad + body.Length + i] = body[body.Length - 2 - i];
        }
    }

    private static void SubtractChannelMeans(Span<float> features, int frames, int channels)
    {
        for (var m = 0; m < channels; m++)
        {
            var sum = 0.0;
            for (var f = 0; f < frames; f++)
            {
                sum += features[(f * channels) + m];
            }

            var mean = (float)(sum / frames);
            for (var f = 0; f < frames; f++)
            {
                features[(f * channels) + m] -= mean;
            }
        }
    }

    private static float[] Window(string kind, int length)
    {
        var (a0, a1) = kind == "hann" ? (0.5, 0.5) : (0.54, 0.46);
        var window = new float[length];
        for (var i = 0; i < length; i++)
        {
            window[i] = (float)(a0 - (a1 * Math.Cos(2 * Math.PI * i / length)));
        }

        return window;
    }
}
