using Narrator.Core;
using Narrator.Core.IO;

namespace Narrator.Voices;

/// <summary>
/// A publisher's list of withdrawn consent record ids, one per line (<c>#</c> starts a comment), at a
/// location every copy of their voices knows: a file path (a shared or synced folder) or an http(s)
/// URL, named by <c>voice export --revocation-list</c> and signed into the exported record. Each store
/// that holds such a voice reads the list whenever the voice is opened and keeps the last copy it could
/// read, so a list that is out of reach for a while still revokes what it revoked before.
/// </summary>
public static class PublishedRevocations
{
    private const string CacheFolder = ".revocation-cache";
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    /// <summary>Whether <paramref name="location"/> lists <paramref name="consentId"/> (or, out of reach, the copy last read lists it).</summary>
    public static bool Lists(string location, string consentId, string storeFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        var cache = Path.Combine(storeFolder, CacheFolder, Sha256Hex.Text(location)[..16] + ".txt");
        string? text;
        try
        {
            text = Fetch(location);
            AtomicFile.WriteAllText(cache, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or HttpRequestException or TaskCanceledException or NarratorException)
        {
            // Out of reach (offline, share not mounted): the copy read last time still counts.
            text = File.Exists(cache) ? File.ReadAllText(cache) : null;
        }

        return text is not null && Ids(text).Contains(consentId);
    }

    /// <summary>Adds <paramref name="consentId"/> to the list file at <paramref name="path"/> (made when missing), for every store that reads it.</summary>
    public static void Publish(string path, string consentId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (IsUrl(path))
        {
            throw new VoiceException($"{path}: Narrator publishes to a file; write the list to a file and put it where that URL serves it.");
        }

        var existing = File.Exists(path) ? File.ReadAllText(path) : "# Withdrawn consent records (narrator voice revoke --publish)\n";
        if (!Ids(existing).Contains(consentId))
        {
            AtomicFile.WriteAllText(path, existing.TrimEnd('\n') + "\n" + consentId + "\n");
        }
    }

    /// <summary>Checks that a location given by a user is a file path or an http(s) URL.</summary>
    public static string Validate(string location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        if (Uri.TryCreate(location, UriKind.Absolute, out var uri) && !uri.IsFile && !IsUrl(location))
        {
            throw new VoiceException($"{location}: a revocation list is a file path or an http(s) URL.");
        }

        return IsUrl(location) ? location : Path.GetFullPath(location);
    }

    private static string Fetch(string location)
    {
        if (!IsUrl(location))
        {
            return File.ReadAllText(location);
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, location);
        using var response = Http.Send(request);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(response.Content.ReadAsStream());
        return reader.ReadToEnd();
    }

    private static bool IsUrl(string location) =>
        location.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || location.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static HashSet<string> Ids(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
}
