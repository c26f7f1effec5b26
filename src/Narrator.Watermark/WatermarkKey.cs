using System.Security.Cryptography;
using System.Text;

namespace Narrator.Watermark;

/// <summary>
/// The secret (or not) that decides where the watermark sits. <see cref="Default"/> is published:
/// anyone can detect a mark made with it, and anyone could also forge one. A publisher's own key
/// (<see cref="FromPassphrase"/>) makes marks that only holders of the passphrase can read or forge.
/// </summary>
public sealed class WatermarkKey
{
    /// <summary>The passphrase behind <see cref="Default"/>; it is public on purpose.</summary>
    public const string DefaultPassphrase = "narrator-published-watermark-key-v1";

    private WatermarkKey(ulong seed, bool isDefault)
    {
        Seed = seed;
        IsDefault = isDefault;
    }

    /// <summary>The published key every Narrator build uses unless a publisher key is given.</summary>
    public static WatermarkKey Default { get; } = new(Hash(DefaultPassphrase), isDefault: true);

    /// <summary>Whether this is the published key (detectable and forgeable by anyone).</summary>
    public bool IsDefault { get; }

    internal ulong Seed { get; }

    /// <summary>A stable, non-secret name of the key (a hash of its seed), for render hashes and records.</summary>
    public string Id => Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(Seed)))[..12];

    /// <summary>A publisher key derived from a passphrase (SHA-256); the same passphrase always gives the same key.</summary>
    public static WatermarkKey FromPassphrase(string passphrase)
    {
        ArgumentException.ThrowIfNullOrEmpty(passphrase);
        return passphrase == DefaultPassphrase ? Default : new WatermarkKey(Hash(passphrase), isDefault: false);
    }

    /// <summary>"default (published)" or "publisher key": never the key itself, so it is safe in logs and reports.</summary>
    public override string ToString() => IsDefault ? "default (published)" : "publisher key";

    private static ulong Hash(string passphrase) =>
        BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(passphrase)), 0);
}
