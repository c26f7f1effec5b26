namespace Narrator.Voices;

/// <summary>One line of a recording script: the prompt id (the take's file name) and the text to read.</summary>
public sealed record ScriptPrompt(string Id, string Text)
{
    /// <summary>"id|text", the line format of a transcript.</summary>
    public override string ToString() => $"{Id}|{Text}";
}
