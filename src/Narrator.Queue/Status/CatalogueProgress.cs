namespace Narrator.Queue.Status;

/// <summary>Every book in the queue, in the order submitted, and the time left for all of them at the measured pace.</summary>
/// <param name="Books">The books.</param>
/// <param name="Eta">Time left for the whole catalogue; null before a chapter is done.</param>
/// <param name="SecondsOfAudioPerSecond">The measured pace: seconds of audio done per second since the first chapter started, all workers together.</param>
public sealed record CatalogueProgress(IReadOnlyList<BookProgress> Books, TimeSpan? Eta, double? SecondsOfAudioPerSecond)
{
    /// <summary>Every book assembled.</summary>
    public bool IsFinished => Books.All(b => b.IsFinished);

    /// <summary>Some chapter or audiobook failed for good.</summary>
    public bool AnyParked => Books.Any(b => b.IsParked);
}
