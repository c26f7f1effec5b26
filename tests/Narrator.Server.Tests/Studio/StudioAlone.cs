namespace Narrator.Server.Tests.Studio;

/// <summary>
/// The studio's heavy tests (headless Chromium, pocketsphinx on every recording, enrollment) run alone,
/// after the others: run beside them on a 2-core machine they starved the timed load test and the book renders.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StudioAlone
{
    public const string Name = "Studio, alone";
}
