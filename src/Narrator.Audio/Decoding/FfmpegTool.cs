namespace Narrator.Audio;

/// <summary>
/// Where ffmpeg and ffprobe are: the file named by <c>NARRATOR_FFMPEG</c> (ffprobe beside it), else
/// the names alone, looked up on the PATH when they start. A missing one fails when it is run, with
/// <see cref="InstallHint"/> in the message.
/// </summary>
public static class FfmpegTool
{
    /// <summary>The environment variable that names the ffmpeg executable to use instead of the one on the PATH; ffprobe is looked for beside it.</summary>
    public const string EnvironmentVariable = "NARRATOR_FFMPEG";

    /// <summary>What to tell a user whose ffmpeg is missing.</summary>
    public const string InstallHint = "Install the Debian package 'ffmpeg' (apt-get install ffmpeg) or set NARRATOR_FFMPEG to the ffmpeg executable.";

    /// <summary>The ffmpeg to run: <see cref="EnvironmentVariable"/> when set, else "ffmpeg" from the PATH.</summary>
    public static string Ffmpeg => Locate("ffmpeg");

    /// <summary>The ffprobe to run: beside <see cref="EnvironmentVariable"/>'s ffmpeg when set, else "ffprobe" from the PATH.</summary>
    public static string Ffprobe => Locate("ffprobe");

    private static string Locate(string tool)
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        var fileName = OperatingSystem.IsWindows() ? tool + ".exe" : tool;
        return string.IsNullOrWhiteSpace(configured) ? fileName
            : tool == "ffmpeg" ? configured
            : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(configured))!, fileName);
    }
}
