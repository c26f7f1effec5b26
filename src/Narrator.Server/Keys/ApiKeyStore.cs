using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Narrator.Core;
using Narrator.Core.IO;

namespace Narrator.Server;

/// <summary>
/// The server's API keys, one JSON file of <see cref="ApiKey"/> records. A key is 32 random bytes, shown
/// once when it is added; the file keeps only its SHA-256 (a key that random needs no slow hash).
/// </summary>
public sealed class ApiKeyStore
{
    /// <summary>Every key starts with this, so a leaked one is easy to recognise.</summary>
    public const string Prefix = "nrk_";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private ApiKeyStore(string file, IReadOnlyList<ApiKey> keys)
    {
        File = file;
        Keys = keys;
    }

    /// <summary>~/.config/narrator/server-keys.json (XDG_CONFIG_HOME respected).</summary>
    public static string DefaultFile => Path.Combine(Core.IO.UserFolders.Config(), "server-keys.json");

    /// <summary>The keys file this store reads and writes.</summary>
    public string File { get; }

    /// <summary>The keys, in the order they were added.</summary>
    public IReadOnlyList<ApiKey> Keys { get; }

    /// <summary>Reads the keys file; a missing file is a store without keys.</summary>
    public static ApiKeyStore Open(string file)
    {
        if (!System.IO.File.Exists(file))
        {
            return new ApiKeyStore(file, []);
        }

        try
        {
            var keys = JsonSerializer.Deserialize<List<ApiKey>>(System.IO.File.ReadAllText(file), Json)
                ?? throw new NarratorException($"{file}: the keys file is empty; remove it or add a key with 'narrator serve keys add'.");
            foreach (var key in keys)
            {
                if (string.IsNullOrWhiteSpace(key.Id) || string.IsNullOrWhiteSpace(key.Publisher) || key.Sha256 is not { Length: 64 })
                {
                    throw new NarratorException($"{file}: a key entry lacks its id, publisher or 64-digit SHA-256; edit the file or remove the entry with 'narrator serve keys remove'.");
                }
            }

            return new ApiKeyStore(file, keys);
        }
        catch (JsonException e)
        {
            throw new NarratorException($"{file}: not a keys file ({e.Message}).", e);
        }
        catch (IOException e)
        {
            throw new NarratorException($"{file}: cannot be read ({e.Message}).", e);
        }
    }

    /// <summary>Adds a key for <paramref name="publisher"/> and saves the file; returns the secret, which is not stored.</summary>
    public (ApiKeyStore Store, ApiKey Key, string Secret) Add(string publisher, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(publisher))
        {
            throw new NarratorException("A key needs the publisher it speaks for (--publisher).");
        }

        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var secret = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = new ApiKey(id, publisher.Trim(), Hash(secret), now);
        var store = new ApiKeyStore(File, [.. Keys, key]);
        store.Save();
        return (store, key, secret);
    }

    /// <summary>Removes the key with <paramref name="id"/> and saves the file.</summary>
    public ApiKeyStore Remove(string id)
    {
        if (!Keys.Any(k => k.Id == id))
        {
            throw new NarratorException($"{File}: no key with id '{id}' ({(Keys.Count == 0 ? "the file has no keys" : "ids: " + string.Join(", ", Keys.Select(k => k.Id)))}).");
        }

        var store = new ApiKeyStore(File, [.. Keys.Where(k => k.Id != id)]);
        store.Save();
        return store;
    }

    /// <summary>The key whose secret this is, compared in constant time; null when none.</summary>
    public ApiKey? Find(string secret)
    {
        var hash = Encoding.ASCII.GetBytes(Hash(secret));
        return Keys.FirstOrDefault(k => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(k.Sha256), hash));
    }

    private void Save()
    {
        using var pending = PendingFile.Create(Path.GetFullPath(File), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        System.IO.File.WriteAllText(pending.TemporaryPath, JsonSerializer.Serialize(Keys, Json));
        pending.Commit();
    }

    private static string Hash(string secret) => Sha256Hex.Text(secret);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
