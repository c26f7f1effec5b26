namespace Narrator.Rendering.Timing;

/// <summary>The values of <see cref="UtteranceTiming.Kind"/>.</summary>
public static class UtteranceKind
{
    /// <summary>The chapter's title, read before its text.</summary>
    public const string Title = "title";
    /// <summary>The chapter's text.</summary>
    public const string Text = "text";
    /// <summary>Opening or closing credits.</summary>
    public const string Credits = "credits";
}
