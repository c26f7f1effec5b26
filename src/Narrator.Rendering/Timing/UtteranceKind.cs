namespace Narrator.Rendering.Timing;

/// <summary>The values of <see cref="UtteranceTiming.Kind"/>.</summary>
public static class UtteranceKind
{
    public const string Title = "title";
    public const string Text = "text";
    public const string Credits = "credits";
}
