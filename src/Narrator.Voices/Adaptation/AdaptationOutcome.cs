namespace Narrator.Voices;

/// <summary>A finished adaptation: the file of adapted tensors, the steps trained and the training time over all runs.</summary>
public sealed record AdaptationOutcome(string WeightsFile, int Steps, TimeSpan Elapsed);
