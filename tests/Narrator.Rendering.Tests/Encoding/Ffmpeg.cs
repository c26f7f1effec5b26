using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Narrator.Rendering.Tests.Encoding;

/// <summary>Test-side use of ffmpeg and ffprobe: decode to floats, make signals, probe as JSON.</summary>
internal static class Ffmpeg
{
    public static float[] Decode(string file, int? sampleRate = null)
    {
        List<string> arguments = ["-v", "error", "-i", file, "-ac", "1"];
        if (sampleRate is { } rate)
        {
            arguments.AddRange(["-ar", rate.ToString(CultureInfo.InvariantCulture)]);
        }

        arguments.AddRange(["-f", "f32le", "-"]);
        var bytes = Run("ffmpeg", arguments, binary: true).Bytes;
        return MemoryMarshal.Cast<byte, float>(bytes).ToArray();
    }

    public static void Generate(string lavfiSource, string output, params string[] extra) =>
        Run("ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", lavfiSource, .. extra, output], binary: false);

    public static JsonDocument Probe(string file, params string[] what) =>
        JsonDocument.Parse(Run("ffprobe", ["-v", "error", "-of", "json", .. what, file], binary: false).Text);

    public static int ProbeSampleRate(string file) =>
        int.Parse(Probe(file, "-show_streams").RootElement.GetProperty("streams")[0].GetProperty("sample_rate").GetString()!, CultureInfo.InvariantCulture);

    private static (byte[] Bytes, string Text) Run(string tool, IEnumerable<string> arguments, bool binary)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        using var output = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {errors.Result}");
        var bytes = output.ToArray();
        return (bytes, binary ? string.Empty : System.Text.Encoding.UTF8.GetString(bytes));
    }
}
