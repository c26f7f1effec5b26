using System.Text.Json;

namespace Narrator.Queue.Catalogue;

/// <summary>
/// The books of a <c>queue submit</c>: manuscripts named on the command line, and list files. A <c>.csv</c> list has one book
/// a line, <c>manuscript[,folder]</c> (a header line <c>manuscript,folder</c> and lines starting with # are skipped); a
/// <c>.json</c> list is an array of manuscript paths or of <c>{"manuscript": …, "folder": …}</c> objects. Paths in a list are
/// taken from the list's folder.
/// </summary>
public static class CatalogueList
{
    /// <summary>The entries named by <paramref name="arguments"/>, in order.</summary>
    /// <exception cref="QueueException">A list that cannot be read or is malformed, naming the file and the line or position.</exception>
    public static IReadOnlyList<CatalogueEntry> Read(IEnumerable<string> arguments)
    {
        var entries = new List<CatalogueEntry>();
        foreach (var argument in arguments)
        {
            var extension = Path.GetExtension(argument).ToLowerInvariant();
            entries.AddRange(extension switch
            {
                ".csv" => FromCsv(argument),
                ".json" => FromJson(argument),
                _ => [new CatalogueEntry(Path.GetFullPath(argument))],
            });
        }

        return entries;
    }

    private static List<CatalogueEntry> FromCsv(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var entries = new List<CatalogueEntry>();
        var number = 0;
        foreach (var line in ReadLines(path))
        {
            number++;
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#') || (number == 1 && text.StartsWith("manuscript", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var fields = text.Split(',').Select(f => f.Trim().Trim('"')).ToArray();
            if (fields.Length > 2 || fields[0].Length == 0)
            {
                throw new QueueException($"{path} line {number}: expected \"manuscript\" or \"manuscript,folder\", found \"{text}\".");
            }

            entries.Add(new CatalogueEntry(Path.GetFullPath(fields[0], folder), fields.Length == 2 && fields[1].Length > 0 ? fields[1] : null));
        }

        return entries;
    }

    private static List<CatalogueEntry> FromJson(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(ReadText(path));
        }
        catch (JsonException e)
        {
            throw new QueueException($"{path}: not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}): {e.Message}", e);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new QueueException($"{path}: expected an array of manuscripts, found {document.RootElement.ValueKind.ToString().ToLowerInvariant()}.");
            }

            return document.RootElement.EnumerateArray().Select((item, i) => item.ValueKind switch
            {
                JsonValueKind.String => new CatalogueEntry(Path.GetFullPath(item.GetString()!, folder)),
                JsonValueKind.Object when item.TryGetProperty("manuscript", out var m) && m.ValueKind == JsonValueKind.String =>
                    new CatalogueEntry(Path.GetFullPath(m.GetString()!, folder), item.TryGetProperty("folder", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null),
                _ => throw new QueueException($"{path}: item {i + 1} must be a manuscript path or an object with \"manuscript\" (and \"folder\")."),
            }).ToList();
        }
    }

    private static string[] ReadLines(string path) => ReadText(path).Split('\n');

    private static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new QueueException($"{path}: the catalogue list cannot be read ({e.Message}).", e);
        }
    }
}
