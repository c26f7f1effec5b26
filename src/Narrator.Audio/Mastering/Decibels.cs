namespace Narrator.Audio.Mastering;

/// <summary>Conversions between linear amplitude and decibels (20·log10).</summary>
public static class Decibels
{
    /// <summary>Decibels of a linear amplitude, 20·log10; negative infinity for 0 (or less).</summary>
    public static double FromAmplitude(double amplitude) =>
        amplitude > 0 ? 20 * Math.Log10(amplitude) : double.NegativeInfinity;

    /// <summary>The linear amplitude of a level in decibels, 10^(dB/20).</summary>
    public static double ToAmplitude(double decibels) => Math.Pow(10, decibels / 20);

    /// <summary>The level of a mean square (power) value: 10·log10.</summary>
    public static double FromMeanSquare(double meanSquare) =>
        meanSquare > 0 ? 10 * Math.Log10(meanSquare) : double.NegativeInfinity;
}
