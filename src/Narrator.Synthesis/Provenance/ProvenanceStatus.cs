namespace Narrator.Synthesis.Provenance;

/// <summary>What <see cref="EmbeddedProvenance.Verify"/> found in a file.</summary>
public enum ProvenanceStatus
{
    /// <summary>A manifest whose signature, assertion hashes and hard binding all verify.</summary>
    Valid,

    /// <summary>A manifest that does not verify: <see cref="ProvenanceVerification.Reason"/> says why.</summary>
    Invalid,

    /// <summary>No C2PA manifest in the file.</summary>
    Missing,
}
