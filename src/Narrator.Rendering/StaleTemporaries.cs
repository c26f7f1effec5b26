using System.Text.RegularExpressions;
using Narrator.Core.IO;

namespace Narrator.Rendering;

/// <summary>
/// Finds the hidden temporaries a killed run left in a render folder: <c>.NN - Title.partial-PID.flac</c>
/// (and .mp3, .m4b, .wav, .json, .epub, .vtt, .aac) and the M4B's <c>.Book.PID.concat.txt</c>, <c>.ffmetadata.txt</c> and <c>.cover.*</c>.
/// Only names Narrator makes match. They are removed by the run that holds the folder's lock: no other
/// narrator can be writing them then, so a temporary whose process id is not this process's is stale
/// (its process died, or it is an unrelated process that reused the id).
/// </summary>
internal static partial class StaleTemporaries
{
    public static IEnumerable<string> In(string folder, int currentProcessId) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Where(path => OwnerOf(Path.GetFileName(path)) is { } owner && owner != currentProcessId)
            : [];

    /// <summary>The process id in a temporary's name, or null when the name is not one of Narrator's temporaries.</summary>
    private static readonly HashSet<string> RenderedExtensions = new([".flac", ".mp3", ".m4b", ".wav", ".json", ".epub", ".vtt", ".aac"], StringComparer.Ordinal);

    public static int? OwnerOf(string fileName)
    {
        if (PendingFile.OwnerOf(fileName) is { } owner && RenderedExtensions.Contains(Path.GetExtension(fileName)))
        {
            return owner;
        }

        var match = AssemblyInput().Match(fileName);
        return match.Success && int.TryParse(match.Groups["pid"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }

    [GeneratedRegex(@"^\..+\.(?<pid>[0-9]{1,9})\.(concat\.txt|ffmetadata\.txt|cover\.png|cover\.jpg)$", RegexOptions.CultureInvariant)]
    private static partial Regex AssemblyInput();
}
