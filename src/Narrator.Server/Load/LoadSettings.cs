namespace Narrator.Server;

/// <summary>How hard a <see cref="LoadRun"/> pushes a server.</summary>
public sealed class LoadSettings
{
    /// <summary>Callers sending requests at once. [default: 50]</summary>
    public int Clients { get; init; } = 50;

    /// <summary>How long the run lasts; requests under way at the end are finished. [default: 60 s]</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>What every request speaks. [default: <see cref="LoadRun.DefaultText"/>]</summary>
    public string Text { get; init; } = LoadRun.DefaultText;

    /// <summary>The voice every request names; null for the server's default.</summary>
    public string? Voice { get; init; }

    /// <summary>The response_format every request asks for. [default: wav]</summary>
    public string Format { get; init; } = "wav";
}
