using Narrator.Synthesis.Provenance.Signing;

namespace Narrator.Synthesis.Provenance;

/// <summary>What a file's embedded C2PA manifest states, and the key that signs it.</summary>
public sealed record ProvenanceStamp(ProvenanceRecord Record, SigningCredential Credential)
{
    /// <summary>Embeds the signed manifest into <paramref name="file"/> (see <see cref="EmbeddedProvenance.Sign"/>).</summary>
    public void Embed(string file) => EmbeddedProvenance.Sign(file, Record, Credential);
}
