using System.Globalization;

namespace Narrator.Text.Ssml;

/// <summary>Reads the values of break, prosody and emphasis into durations, rate factors, semitones and decibels.</summary>
internal static class SsmlValues
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The pause of a <c>break</c>: its time if given, else its strength's (documented in docs/ssml.md), medium by default.</summary>
    public static TimeSpan Break(string? time, string? strength, Func<string, Exception> error)
    {
        if (time is not null)
        {
            var t = time.Trim();
            var (number, scale) = t.EndsWith("ms", StringComparison.Ordinal) ? (t[..^2], 0.001) : t.EndsWith('s') ? (t[..^1], 1.0) : (t, double.NaN);
            return !double.IsNaN(scale) && double.TryParse(number, NumberStyles.AllowDecimalPoint, Invariant, out var value)
                ? TimeSpan.FromSeconds(value * scale)
                : throw error($"<break time=\"{time}\"> is not a duration: write it as 2s or 500ms.");
        }

        return (strength ?? "medium") switch
        {
            "none" => TimeSpan.Zero,
            "x-weak" => TimeSpan.FromSeconds(0.1),
            "weak" => TimeSpan.FromSeconds(0.2),
            "medium" => TimeSpan.FromSeconds(0.35),
            "strong" => TimeSpan.FromSeconds(0.7),
            "x-strong" => TimeSpan.FromSeconds(1.2),
            _ => throw error($"<break strength=\"{strength}\"> is not a strength: none, x-weak, weak, medium, strong or x-strong."),
        };
    }

    public static SsmlProsody Prosody(System.Xml.Linq.XElement e, Func<string, Exception> error, Action<string> warn)
    {
        foreach (var ignored in e.Attributes().Where(a => a.Name.LocalName is "contour" or "range" or "duration"))
        {
            warn($"<prosody {ignored.Name.LocalName}> is ignored: Narrator takes rate, pitch and volume.");
        }

        var rate = e.Attribute("rate")?.Value;
        var pitch = e.Attribute("pitch")?.Value;
        var volume = e.Attribute("volume")?.Value;
        return new SsmlProsody(
            rate is null ? 1f : Rate(rate) ?? throw error($"<prosody rate=\"{rate}\"> is not a rate: x-slow, slow, medium, fast, x-fast, a percentage (80%) or a factor (0.8)."),
            pitch is null ? 0f : Pitch(pitch, warn) ?? throw error($"<prosody pitch=\"{pitch}\"> is not a pitch: x-low, low, medium, high, x-high, semitones (+2st) or a percentage (+10%)."),
            volume is null ? 0f : Volume(volume) ?? throw error($"<prosody volume=\"{volume}\"> is not a volume: silent, x-soft, soft, medium, loud, x-loud or decibels (+6dB)."));
    }

    /// <summary>Emphasis as prosody: a little slower and louder when strong, a little faster and softer when reduced.</summary>
    public static SsmlProsody Emphasis(string? level, Func<string, Exception> error) => (level ?? "moderate") switch
    {
        "strong" => new SsmlProsody(0.85f, 0f, 4f),
        "moderate" => new SsmlProsody(0.92f, 0f, 2f),
        "none" => SsmlProsody.Neutral,
        "reduced" => new SsmlProsody(1.1f, 0f, -4f),
        _ => throw error($"<emphasis level=\"{level}\"> is not a level: strong, moderate, none or reduced."),
    };

    private static float? Rate(string value)
    {
        float? rate = value.Trim() switch
        {
            "x-slow" => 0.6f,
            "slow" => 0.8f,
            "medium" or "default" => 1f,
            "fast" => 1.25f,
            "x-fast" => 1.6f,
            var v when Percent(v) is { } p => v[0] is '+' or '-' ? 1f + (p / 100f) : p / 100f,
            var v when float.TryParse(v, NumberStyles.AllowDecimalPoint, Invariant, out var factor) => factor,
            _ => null,
        };
        return rate > 0f ? rate : null;
    }

    private static float? Pitch(string value, Action<string> warn) => value.Trim() switch
    {
        "" => null,
        "x-low" => -6f,
        "low" => -3f,
        "medium" or "default" => 0f,
        "high" => 3f,
        "x-high" => (float?)6f,
        var v when v.EndsWith("st", StringComparison.Ordinal) && Signed(v[..^2]) is { } semitones => semitones,
        var v when Percent(v) is { } p && p > -100f => (float)(12 * Math.Log2(1 + (p / 100.0))),
        var v when v.EndsWith("Hz", StringComparison.Ordinal) => Ignored(warn, $"<prosody pitch=\"{v}\"> in hertz is ignored: give semitones (+2st) or a percentage."),
        _ => null,
    };

    private static float? Volume(string value) => value.Trim() switch
    {
        "silent" => float.NegativeInfinity,
        "x-soft" => -12f,
        "soft" => -6f,
        "medium" or "default" => 0f,
        "loud" => 4f,
        "x-loud" => (float?)8f,
        var v when v.EndsWith("dB", StringComparison.Ordinal) && Signed(v[..^2]) is { } db => db,
        _ => null,
    };

    private static float Ignored(Action<string> warn, string message)
    {
        warn(message);
        return 0f;
    }

    private static float? Percent(string v) => v.EndsWith('%') ? Signed(v[..^1]) : null;

    private static float? Signed(string v) =>
        float.TryParse(v, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Invariant, out var x) ? x : null;
}
