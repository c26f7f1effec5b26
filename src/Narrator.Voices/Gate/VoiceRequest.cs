namespace Narrator.Voices;

/// <summary>
/// A voice asked of the consent gate, and what it will be used for. A clone (<see cref="References"/>
/// or <see cref="EmbeddingFile"/>) needs <see cref="ConsentRecording"/>: the same person reading
/// <see cref="ConsentStatement"/>.
/// </summary>
public sealed record VoiceRequest
{
    /// <summary>What <c>--voice</c> says: a Piper file, a bundle folder, an enrolled id or a stock name; null for the default stock voice.</summary>
    public string? Voice { get; init; }

    /// <summary>A Piper speaker id or name, or a bundle's stock speaker.</summary>
    public string? Speaker { get; init; }

    /// <summary>Recordings to clone zero-shot (a bundle only): a preview, not a faithful voice.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>An embedding made by <c>narrator embed</c> to speak as (a bundle only).</summary>
    public string? EmbeddingFile { get; init; }

    /// <summary>The cloned speaker reading <see cref="ConsentStatement"/>.</summary>
    public string? ConsentRecording { get; init; }

    /// <summary>The statement read in <see cref="ConsentRecording"/>.</summary>
    public string? ConsentStatement { get; init; }

    /// <summary>Skip hearing the statement in a clone's consent recording; the speaker is still compared.</summary>
    public bool UnverifiedStatement { get; init; }

    /// <summary>What the synthesis is for (audiobook, preview…), checked against the consent.</summary>
    public required string Use { get; init; }

    /// <summary>Who publishes the synthesis, checked against the consent.</summary>
    public string Publisher { get; init; } = NoPublisher;

    /// <summary>The thresholds consent recordings are checked at. Default <see cref="ConsentThresholds.Calibrated"/>.</summary>
    public ConsentThresholds Thresholds { get; init; } = ConsentThresholds.Calibrated;

    /// <summary>The publisher of a request that declares none: only consent given to any publisher covers it.</summary>
    public const string NoPublisher = "(none declared)";

    internal bool Clones => References.Count > 0 || EmbeddingFile is not null;
}
