namespace Narrator.Text.Ssml;

/// <summary>Something in an SSML document that Narrator reads otherwise than asked (an unknown element, an ignored attribute).</summary>
public sealed record SsmlWarning(int Line, int Column, string Message)
{
    /// <summary>"line L, column C: message", as the CLI prints warnings.</summary>
    public override string ToString() => $"line {Line}, column {Column}: {Message}";
}
