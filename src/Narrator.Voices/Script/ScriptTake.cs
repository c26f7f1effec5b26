namespace Narrator.Voices;

/// <summary>One recording of a script prompt: the file and the prompt it reads.</summary>
public sealed record ScriptTake(string Path, ScriptPrompt Prompt);
