using System.Text.Json;

namespace Narrator.Audio.Features;

/// <summary>
/// How log-mel features are computed (docs/bundle-format.md, <c>encoder.features</c>); a bundle's
/// manifest supplies them, so the engine and training compute the same numbers.
/// </summary>
public sealed class LogMelParameters
{
    /// <summary>Rate of the input samples, in Hz. Default 16,000.</summary>
    public int SampleRate { get; init; } = 16000;

    /// <summary>FFT size, in samples. Default 512.</summary>
    public int NFft { get; init; } = 512;

    /// <summary>Window length, in samples (at most <see cref="NFft"/>). Default 400 (25 ms at 16 kHz).</summary>
    public int Win { get; init; } = 400;

    /// <summary>Hop between frames, in samples. Default 160 (10 ms at 16 kHz).</summary>
    public int Hop { get; init; } = 160;

    /// <summary>"hamming" or "hann" (periodic).</summary>
    public string Window { get; init; } = "hamming";

    /// <summary>Pad <c>NFft / 2</c> samples on both sides by reflection before framing.</summary>
    public bool Center { get; init; }

    /// <summary>Pre-emphasis coefficient applied before framing; null for none. Default 0.97.</summary>
    public double? PreEmphasis { get; init; } = 0.97;

    /// <summary>Number of mel bands. Default 80.</summary>
    public int NMels { get; init; } = 80;

    /// <summary>Lowest frequency of the mel filter bank, in Hz. Default 20.</summary>
    public double Fmin { get; init; } = 20;

    /// <summary>Highest frequency of the mel filter bank, in Hz (at most half <see cref="SampleRate"/>). Default 7,600.</summary>
    public double Fmax { get; init; } = 7600;

    /// <summary>"htk" or "slaney".</summary>
    public string MelScale { get; init; } = "htk";

    /// <summary>"slaney" (area normalization) or null.</summary>
    public string? MelNorm { get; init; }

    /// <summary>1 for magnitude, 2 for power.</summary>
    public int Power { get; init; } = 2;

    /// <summary>"ln" or "log10".</summary>
    public string Log { get; init; } = "ln";

    /// <summary>Smallest filter-bank value before the logarithm, so silence gives a finite floor. Default 1e-6.</summary>
    public double ClampMin { get; init; } = 1e-6;

    /// <summary>Subtract each band's mean over the utterance after the logarithm. Default true.</summary>
    public bool MeanNormalize { get; init; } = true;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Reads the parameters from a manifest's JSON (camelCase names as in docs/bundle-format.md).</summary>
    public static LogMelParameters FromJson(JsonElement json, string source)
    {
        try
        {
            var parameters = json.Deserialize<LogMelParameters>(Json) ?? throw new AudioException($"{source}: the feature parameters are empty.");
            var errors = parameters.Errors();
            return errors.Count == 0 ? parameters : throw new AudioException($"{source}: invalid feature parameters: {string.Join("; ", errors)}.");
        }
        catch (JsonException e)
        {
            throw new AudioException($"{source}: unreadable feature parameters ({e.Message}).", inner: e);
        }
    }

    /// <summary>Every problem with these parameters (empty when valid).</summary>
    public IReadOnlyList<string> Errors()
    {
        var errors = new List<string>();
        if (SampleRate < 8000)
        {
            errors.Add($"sampleRate {SampleRate} is below 8000");
        }

        if (NFft < 16 || (NFft & (NFft - 1)) != 0)
        {
            errors.Add($"nFft {NFft} is not a power of two of 16 or more");
        }

        if (Win < 1 || Win > NFft)
        {
            errors.Add($"win {Win} is not between 1 and nFft {NFft}");
        }

        if (Hop < 1)
        {
            errors.Add($"hop {Hop} is not positive");
        }

        if (Window is not ("hamming" or "hann"))
        {
            errors.Add($"window '{Window}' is not hamming or hann");
        }

        if (NMels < 1 || Fmin < 0 || Fmax <= Fmin || Fmax > SampleRate / 2.0)
        {
            errors.Add($"the mel bands ({NMels} from {Fmin} to {Fmax} Hz) do not fit {SampleRate} Hz audio");
        }

        if (MelScale is not ("htk" or "slaney") || MelNorm is not (null or "slaney"))
        {
            errors.Add($"melScale '{MelScale}' / melNorm '{MelNorm}' are not htk|slaney / slaney|null");
        }

        if (Power is not (1 or 2) || Log is not ("ln" or "log10") || ClampMin <= 0)
        {
            errors.Add($"power {Power}, log '{Log}' or clampMin {ClampMin} is not supported");
        }

        return errors;
    }
}
