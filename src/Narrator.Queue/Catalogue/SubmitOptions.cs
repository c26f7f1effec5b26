using Narrator.Voices;

namespace Narrator.Queue.Catalogue;

/// <summary>Where and how a catalogue is rendered.</summary>
public sealed class SubmitOptions
{
    /// <summary>The shared folder every worker mounts at the same path; each book renders into a folder of its own inside it.</summary>
    public required string SharedFolder { get; init; }

    /// <summary>The voice, as <c>--voice</c> takes it (a stock name, a bundle folder, a Piper <c>.onnx</c>, an enrolled id); every worker must resolve it to the same voice. Null for the default voice.</summary>
    public string? Voice { get; init; }

    /// <summary>The publisher an enrolled voice's consent must name.</summary>
    public string Publisher { get; init; } = VoiceRequest.NoPublisher;

    /// <summary>The consent gate that resolves the voice. Default: the shipped voices and the user's store.</summary>
    public VoiceGate? Gate { get; init; }
}

/// <summary>A book put in the queue.</summary>
/// <param name="Id">Its id in the queue (a resubmitted book keeps its id).</param>
/// <param name="Title">Its title.</param>
/// <param name="Folder">Its render folder.</param>
/// <param name="Chapters">Its chapters.</param>
/// <param name="EstimatedSeconds">The plan's estimate of its audio.</param>
/// <param name="Result">New, changed since it was last submitted, or unchanged.</param>
/// <param name="ChaptersToRender">The chapters queued to be rendered by this submission (one job each): all of a new book, the changed ones of a changed book, none of an unchanged one.</param>
public sealed record SubmittedBook(Guid Id, string Title, string Folder, int Chapters, double EstimatedSeconds, SubmissionResult Result, int ChaptersToRender);
