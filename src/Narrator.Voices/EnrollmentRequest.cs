namespace Narrator.Voices;

/// <summary>What <c>narrator voice enroll</c> was asked to do.</summary>
public sealed record EnrollmentRequest
{
    /// <summary>The voice's display name; the id is its slug.</summary>
    public required string Name { get; init; }

    /// <summary>The recording of the speaker reading <see cref="Statement"/>.</summary>
    public required string ConsentRecording { get; init; }

    /// <summary>The statement the speaker read in the consent recording.</summary>
    public required string Statement { get; init; }

    /// <summary>Reference recordings; every one must pass QA. Empty when <see cref="Recordings"/> gives script takes instead.</summary>
    public required IReadOnlyList<string> References { get; init; }

    /// <summary>Script takes (<c>--recordings DIR</c>): each is checked against its prompt, bad ones are left out and listed.</summary>
    public RecordingFolder? Recordings { get; init; }

    /// <summary>The publisher consent is given to; <c>any</c> (default) for every publisher.</summary>
    public string Publisher { get; init; } = ConsentStatement.AnyPublisher;

    /// <summary>Uses consent covers. Default audiobook and preview.</summary>
    public IReadOnlyList<string> Uses { get; init; } = ["audiobook", "preview"];

    /// <summary>The last day consent holds; null for no end.</summary>
    public DateOnly? Expires { get; init; }

    /// <summary>Skip speech recognition of the statement; the record says it was skipped.</summary>
    public bool UnverifiedStatement { get; init; }

    /// <summary>The thresholds the consent and the references are checked at; never below the calibrated ones.</summary>
    public ConsentThresholds Thresholds { get; init; } = ConsentThresholds.Calibrated;
}
