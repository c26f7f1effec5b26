namespace Narrator.Rendering.Proof;

/// <summary>A line's reading with what proof-listening found in each of its utterances (null when it did not listen).</summary>
internal sealed record ProofedReading(LineReading Reading, IReadOnlyList<UtteranceProof>? Proofs, int Readings)
{
    public int Suspects => Proofs?.Count(p => p.Problem is not null) ?? 0;

    private int Errors => Proofs?.Sum(p => p.Errors.Errors) ?? 0;

    /// <summary>Fewer suspect utterances, or as many with fewer word errors.</summary>
    public bool IsBetterThan(ProofedReading other) => Suspects < other.Suspects || (Suspects == other.Suspects && Errors < other.Errors);

    public ProofResult? Result(int utterance) => Proofs is null ? null : ProofResult.From(Proofs[utterance], Readings);
}
