namespace Narrator.Server.Tests.Studio;

/// <summary>A browser test, skipped with the reason where Chromium, chromedriver or the shared recording is missing.</summary>
public sealed class SkippableStudioFactAttribute : FactAttribute
{
    public SkippableStudioFactAttribute()
    {
        if (!StudioBrowser.Available)
        {
            Skip = $"needs /usr/bin/chromium and /usr/bin/chromedriver (Debian packages chromium and chromium-driver; .ci/run installs them) and {StudioBrowser.Recording} in ../shared/data.";
        }
    }
}
