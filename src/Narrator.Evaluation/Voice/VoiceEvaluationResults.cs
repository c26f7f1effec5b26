using Narrator.Voices;

namespace Narrator.Evaluation;

/// <summary>What <c>evaluate voice</c> measured for one bundle.</summary>
public sealed class VoiceEvaluationResults(string bundle)
{
    public string Bundle { get; } = bundle;

    public List<SpeakerFigures> Speakers { get; } = [];

    public CloneFigures? Cloning { get; set; }
}

/// <summary>A stock speaker: word errors of its synthesis and of its own recordings of the same prompts, and encoder cosines.</summary>
/// <param name="SameCosine">Cosine between the embedding of all the speaker's synthesized sentences and that of its natural held-out recordings.</param>
/// <param name="OtherCosine">The same against the other speakers' natural recordings (mean over them).</param>
/// <param name="Peers">Other programs reading the same prompts (empty when peers were skipped).</param>
/// <param name="Naturalness">The synthesis's pitch and spectrum next to the speaker's natural recordings of the same prompts.</param>
public sealed record SpeakerFigures(string Speaker, int Sentences, WordErrors Synthesized, WordErrors Natural, double SameCosine, double OtherCosine, IReadOnlyList<PeerFigures> Peers, NaturalnessFigures Naturalness);

/// <summary>Another text-to-speech program reading a stock speaker's prompts through the same recognizer and scoring.</summary>
/// <param name="Peer">The program and its voice ("flite slt", "espeak-ng en-us").</param>
/// <param name="Errors">Its word errors; null when it could not read.</param>
/// <param name="SameCosine">Cosine between the embedding of all its readings and the speaker's natural recordings (NaN when it could not read).</param>
/// <param name="Unavailable">Why it did not read ("not installed (apt-get install flite)"); null when it did.</param>
/// <param name="Naturalness">Its readings next to the speaker's natural recordings of the same prompts; null when it could not read.</param>
public sealed record PeerFigures(string Peer, WordErrors? Errors, double SameCosine, string? Unavailable, NaturalnessFigures? Naturalness);

/// <summary>Clones of unseen readers: word errors of the cloned synthesis and its cosine to the reader's own held-back half and to the other readers'.</summary>
public sealed record CloneFigures(int Readers, int Refused, int SentencesEach, WordErrors Synthesized, double OwnCosine, double OtherCosine);
