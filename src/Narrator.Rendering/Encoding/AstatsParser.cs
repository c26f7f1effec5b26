using System.Globalization;

namespace Narrator.Rendering.Encoding;

/// <summary>Reads the "Overall" block that ffmpeg's astats filter logs, independent of the locale.</summary>
internal static class AstatsParser
{
    public static IReadOnlyDictionary<string, double> Overall(string stderr)
    {
        var values = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        var inOverall = false;
        foreach (var rawLine in stderr.Split('\n'))
        {
            var close = rawLine.IndexOf("] ", StringComparison.Ordinal);
            if (!rawLine.Contains("astats", StringComparison.Ordinal) || close < 0)
            {
                continue;
            }

            var line = rawLine[(close + 2)..].Trim();
            if (line.StartsWith("Channel:", StringComparison.Ordinal) || line == "Overall")
            {
                inOverall = line == "Overall";
                continue;
            }

            var colon = line.LastIndexOf(':');
            if (inOverall && colon > 0)
            {
                values[line[..colon].Trim()] = Number(line[(colon + 1)..].Trim());
            }
        }

        return values;
    }

    public static double Number(string text) => text.ToLowerInvariant() switch
    {
        "-inf" => double.NegativeInfinity,
        "inf" => double.PositiveInfinity,
        "nan" or "-nan" => double.NaN,
        _ => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : double.NaN,
    };

    public static double Require(IReadOnlyDictionary<string, double> values, string key, string file) =>
        values.TryGetValue(key, out var value)
            ? value
            : throw new RenderException($"{file}: ffmpeg's astats did not report '{key}'; is this an audio file?", Core.ErrorKind.Internal);
}
