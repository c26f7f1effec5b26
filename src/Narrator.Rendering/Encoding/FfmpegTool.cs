namespace Narrator.Rendering.Encoding;

/// <summary>
/// Finds ffmpeg and ffprobe: the file named by <c>NARRATOR_FFMPEG</c> (ffprobe beside it), else the PATH.
/// </summary>
internal static class FfmpegTool
{
    public const string EnvironmentVariable = "NARRATOR_FFMPEG";
    private const string InstallHint = "Install the Debian package 'ffmpeg' (apt-get install ffmpeg) or set NARRATOR_FFMPEG to the ffmpeg executable.";

    public static string Ffmpeg => Locate("ffmpeg");

    public static string Ffprobe => Locate("ffprobe");

    private static string Locate(string tool)
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        var fileName = OperatingSystem.IsWindows() ? tool + ".exe" : tool;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var candidate = tool == "ffmpeg" ? configured : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(configured))!, fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            throw new RenderException($"{tool} not found: {EnvironmentVariable} is '{configured}', but {candidate} does not exist. {InstallHint}");
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new RenderException($"{tool} was not found on the PATH. {InstallHint}");
    }
}
