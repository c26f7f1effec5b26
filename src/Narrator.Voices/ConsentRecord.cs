namespace Narrator.Voices;

/// <summary>The speaker's consent to a synthetic voice: who, to whom, for what, until when, and how it was checked.</summary>
public sealed record ConsentRecord
{
    /// <summary>The record's id, unique per consent; revocations name it.</summary>
    public required string Id { get; init; }

    /// <summary>The consent recording's file name in the voice folder (<c>consent.wav</c>…).</summary>
    public required string RecordingFile { get; init; }

    /// <summary>SHA-256 (hex) of the consent recording, checked whenever the voice is opened.</summary>
    public required string RecordingSha256 { get; init; }

    /// <summary>The statement the speaker read.</summary>
    public required string Statement { get; init; }

    /// <summary>Whether speech recognition heard the statement, or the check was skipped.</summary>
    public required StatementCheck StatementVerified { get; init; }

    /// <summary>How the statement was checked: the recognizer and the share of words heard, or why not.</summary>
    public required string StatementCheckDetail { get; init; }

    /// <summary>The speaker's name, as the statement says it.</summary>
    public required string GrantedBy { get; init; }

    /// <summary>The publisher allowed to use the voice; <c>any</c> allows every publisher.</summary>
    public required string Publisher { get; init; }

    /// <summary>The uses consent covers ("audiobook", "preview").</summary>
    public required IReadOnlyList<string> Uses { get; init; }

    /// <summary>The day consent was given.</summary>
    public required DateOnly Granted { get; init; }

    /// <summary>The last day consent holds; null for no end.</summary>
    public DateOnly? Expires { get; init; }

    /// <summary>Cosine similarity of the consent recording's embedding to the references' mean.</summary>
    public required double SpeakerSimilarity { get; init; }

    /// <summary>The similarity threshold <see cref="SpeakerSimilarity"/> was checked at.</summary>
    public required double SpeakerThreshold { get; init; }

    /// <summary>The encoder that made the embeddings compared.</summary>
    public required string EncoderId { get; init; }
}
