namespace Narrator.Audio.Mastering;

/// <summary>Conversions between linear amplitude and decibels (20·log10).</summary>
public static class Decibels
{
    public static double FromAmplitude(double amplitude) =>
        amplitude > 0 ? 20 * Math.Log10(amplitude) : double.NegativeInfinity;

    public static double ToAmplitude(double decibels) => Math.Pow(10, decibels / 20);

    /// <summary>The level of a mean square (power) value: 10·log10.</summary>
    public static double FromMeanSquare(double meanSquare) =>
        meanSquare > 0 ? 10 * Math.Log10(meanSquare) : double.NegativeInfinity;
}
