namespace Narrator.Server.Tests.Studio;

/// <summary>A browser test, skipped with the reason where Chromium, chromedriver or the shared recording (or flite, when it needs it) is missing.</summary>
public sealed class SkippableStudioFactAttribute : FactAttribute
{
    private bool _needsFlite;

    public SkippableStudioFactAttribute()
    {
        if (!StudioBrowser.Available)
        {
            Skip = $"needs /usr/bin/chromium and /usr/bin/chromedriver (Debian packages chromium and chromium-driver; .ci/run installs them) and {StudioBrowser.Recording} in ../shared/data.";
        }
    }

    /// <summary>The test's microphone plays flite's reading (Debian package flite).</summary>
    public bool NeedsFlite
    {
        get => _needsFlite;
        set
        {
            _needsFlite = value;
            if (value && Skip is null && !Flite.Available)
            {
                Skip = "needs flite on PATH (Debian package flite): its slt voice reads the consent statement and the prompt the fake microphone plays.";
            }
        }
    }
}
