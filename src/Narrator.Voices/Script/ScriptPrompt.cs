namespace Narrator.Voices;

/// <summary>One line of a recording script: the prompt id (the take's file name) and the text to read.</summary>
public sealed record ScriptPrompt(string Id, string Text)
{
    public override string ToString() => $"{Id}|{Text}";
}
