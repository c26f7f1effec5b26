namespace Narrator.Audio;

/// <summary>
/// Where ffmpeg and ffprobe are: the file named by <c>NARRATOR_FFMPEG</c> (ffprobe beside it), else
/// the names alone, looked up on the PATH when they start. A missing one fails when it is run, with
/// <see cref="InstallHint"/> in the message.
/// </summary>
public static class FfmpegTool
{
    public const string EnvironmentVariable = "NARRATOR_FFMPEG";

    public const string InstallHint = "Install the Debian package 'ffmpeg' (apt-get install ffmpeg) or set NARRATOR_FFMPEG to the ffmpeg executable.";

    public static string Ffmpeg => Locate("ffmpeg");

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
