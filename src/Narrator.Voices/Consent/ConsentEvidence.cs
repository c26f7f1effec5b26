namespace Narrator.Voices;

/// <summary>What a consent recording proved: how close its speaker is to the voice's, and whether the statement was heard.</summary>
internal sealed record ConsentEvidence(double SpeakerSimilarity, StatementCheck Statement, string StatementDetail);
