namespace Narrator.Voices;

/// <summary>The speaker's consent to a synthetic voice: who, to whom, for what, until when, and how it was checked.</summary>
public sealed record ConsentRecord
{
    public required string Id { get; init; }

    /// <summary>The consent recording's file name in the voice folder (<c>consent.wav</c>…).</summary>
    public required string RecordingFile { get; init; }

    public required string RecordingSha256 { get; init; }

    public required string Statement { get; init; }

    public required StatementCheck StatementVerified { get; init; }

    /// <summary>How the statement was checked: the recognizer and the share of words heard, or why not.</summary>
    public required string StatementCheckDetail { get; init; }

    public required string GrantedBy { get; init; }

    /// <summary>The publisher allowed to use the voice; <c>any</c> allows every publisher.</summary>
    public required string Publisher { get; init; }

    public required IReadOnlyList<string> Uses { get; init; }

    public required DateOnly Granted { get; init; }

    public DateOnly? Expires { get; init; }

    /// <summary>Cosine similarity of the consent recording's embedding to the references' mean.</summary>
    public required double SpeakerSimilarity { get; init; }

    public required double SpeakerThreshold { get; init; }

    public required string EncoderId { get; init; }
}
