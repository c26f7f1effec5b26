using System.Diagnostics;

namespace Narrator.Server.Tests.Studio;

/// <summary>
/// flite's slt voice (Debian <c>flite</c>), the one speaker who can read a consent statement for the tests:
/// no recording of a person reading it exists in the shared data. pocketsphinx hears it as it would hear a person.
/// </summary>
internal static class Flite
{
    public static bool Available => Narrator.Core.Processes.ExecutableSearch.Find("flite") is not null;

    /// <summary>Writes <paramref name="text"/> read by slt to <paramref name="path"/> (16 kHz mono WAV).</summary>
    public static void Speak(string path, string text)
    {
        var start = new ProcessStartInfo("flite") { ArgumentList = { "-voice", "slt", "-t", text, "-o", path }, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"flite failed: {error}");
    }

    /// <summary>The WAV bytes of <paramref name="text"/> read by slt, made in <paramref name="folder"/>.</summary>
    public static byte[] Wav(string folder, string text)
    {
        var path = Path.Combine(folder, "flite.wav");
        Speak(path, text);
        return File.ReadAllBytes(path);
    }
}
