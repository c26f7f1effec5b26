using System.Globalization;

namespace Narrator.Models;

/// <summary>
/// Plausible ranges for the numbers a model's manifest declares. A value outside them is a damaged or
/// mistyped file (a length scale of 10^6 asks for gigabytes of audio), refused at load with its name and value.
/// </summary>
internal static class ModelValues
{
    /// <summary>Rates that speech models are trained at.</summary>
    public static readonly IReadOnlyList<int> SampleRates = [16000, 22050, 24000, 32000, 44100, 48000];

    public const float MinLengthScale = 0.1f;
    public const float MaxLengthScale = 10f;
    public const float MaxNoiseScale = 2f;

    public static void CheckSampleRate(List<string> errors, string name, int rate)
    {
        if (!SampleRates.Contains(rate))
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{name} {rate} Hz is not a supported rate ({string.Join(", ", SampleRates)})"));
        }
    }

    /// <summary>A mel band edge must lie below the Nyquist frequency of the rate the features are made at.</summary>
    public static void CheckBandEdge(List<string> errors, string name, double? edge, string rateName, int rate)
    {
        if (edge is { } hz && !(hz > 0 && hz <= rate / 2.0))
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{name} {hz} Hz does not fit {rateName} {rate} Hz (at most {rate / 2} Hz): the sample rate or the mel settings are wrong"));
        }
    }

    public static void CheckScale(List<string> errors, string name, float value, float min, float max)
    {
        if (!(value >= min && value <= max))
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{name} {value} is outside {min}..{max}"));
        }
    }
}
