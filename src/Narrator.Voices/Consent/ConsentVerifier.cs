using System.Globalization;
using Narrator.Audio;
using Narrator.Voices.Embeddings;

namespace Narrator.Voices;

/// <summary>
/// The checks a consent recording passes, for enrollment and for a zero-shot clone alike: it is not
/// synthetic, its speaker is the voice's speaker, and it says the statement.
/// </summary>
internal sealed class ConsentVerifier
{
    private readonly ISpeakerEmbedder _embedder;
    private readonly AudioReader _read;
    private readonly IStatementRecognizer? _recognizer;

    public ConsentVerifier(ISpeakerEmbedder embedder, AudioReader read, IStatementRecognizer? recognizer)
    {
        _embedder = embedder;
        _read = read;
        _recognizer = recognizer;
    }

    /// <summary>Throws <see cref="ConsentRefusedException"/> with the reason when a check fails.</summary>
    public ConsentEvidence Verify(string recording, string statement, SpeakerEmbedding speaker, ConsentThresholds thresholds, bool skipStatement)
    {
        // Read whole: the recognizer hears the statement at once, and a consent statement is short.
        var (samples, rate) = AudioSinks.ReadWhole(_read, recording);
        SyntheticSpeech.Refuse(recording, samples, rate);
        var similarity = _embedder.Embed(recording, samples, rate).Similarity(speaker);
        if (similarity < thresholds.Speaker)
        {
            throw new ConsentRefusedException(string.Create(CultureInfo.InvariantCulture,
                $"{recording}: the consent speaker does not match the voice's speaker (similarity {similarity:0.000} < threshold {thresholds.Speaker:0.000}); the person in the recordings must record the consent."));
        }

        if (skipStatement)
        {
            return new ConsentEvidence(similarity, StatementCheck.Skipped, "skipped on request (--unverified-statement)");
        }

        if (_recognizer is null)
        {
            return new ConsentEvidence(similarity, StatementCheck.Unverified, "no speech recognizer configured");
        }

        var transcript = _recognizer.Transcribe(samples, rate, out var unavailable);
        if (transcript is null)
        {
            return new ConsentEvidence(similarity, StatementCheck.Unverified, unavailable);
        }

        var share = ConsentStatement.RecognizedShare(statement, transcript);
        var detail = string.Create(CultureInfo.InvariantCulture, $"{_recognizer.Name}: {share:P0} of the statement's words recognized (at least {thresholds.Statement:P0}); heard \"{transcript}\"");
        return share >= thresholds.Statement
            ? new ConsentEvidence(similarity, StatementCheck.Verified, detail)
            : throw new ConsentRefusedException($"{recording}: the recording does not say the consent statement: {detail}. Record the statement again, clearly.");
    }
}
