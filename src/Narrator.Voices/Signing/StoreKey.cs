using System.Security.Cryptography;
using System.Text;
using Narrator.Core.IO;

namespace Narrator.Voices;

/// <summary>
/// The secret a voice store signs its voice records with: <c>.signing-key</c> in the store's folder,
/// outside every voice folder, readable by its owner only. A voice copied into another store does not
/// verify there: <c>voice import</c> checks it again and signs it with that store's key.
/// </summary>
internal sealed class StoreKey
{
    public const string FileName = ".signing-key";
    private const string Scheme = "hmac-sha256:";
    private readonly byte[] _key;

    private StoreKey(byte[] key) => _key = key;

    /// <summary>The store's key, or null when the store has never signed anything.</summary>
    public static StoreKey? Read(string storeFolder)
    {
        var path = Path.Combine(storeFolder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        var key = File.ReadAllBytes(path);
        return key.Length == 32 ? new StoreKey(key) : throw new VoiceException($"{path}: a store signing key must be 32 bytes, not {key.Length}; the store's voices cannot be verified.");
    }

    /// <summary>The store's key, made (32 random bytes, mode 600) on first use.</summary>
    public static StoreKey OpenOrCreate(string storeFolder)
    {
        if (Read(storeFolder) is { } existing)
        {
            return existing;
        }

        // Another process may make the key meanwhile: the first one wins and both use it.
        AtomicFile.WriteOwnerOnlyOnce(Path.Combine(storeFolder, FileName), RandomNumberGenerator.GetBytes(32));
        return Read(storeFolder)!;
    }

    public string Sign(VoiceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Scheme + Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes((record with { Signature = null }).ToJson())));
    }

    public bool Verifies(VoiceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Signature is { } signature
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(signature), Encoding.ASCII.GetBytes(Sign(record)));
    }
}
