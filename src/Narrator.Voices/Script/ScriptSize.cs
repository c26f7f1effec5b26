namespace Narrator.Voices;

/// <summary>A named length of recording script: how many prompts, and about how many minutes they take to read.</summary>
public sealed record ScriptSize(string Name, int Prompts, double Minutes);
