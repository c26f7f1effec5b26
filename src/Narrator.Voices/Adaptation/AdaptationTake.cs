namespace Narrator.Voices;

/// <summary>One recording to adapt on and the text it reads.</summary>
public sealed record AdaptationTake(string Audio, string Text);
