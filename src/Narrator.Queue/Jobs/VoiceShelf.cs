using System.Collections.Concurrent;
using Narrator.Core;
using Narrator.Queue.Database;
using Narrator.Queue.Engine;
using Narrator.Rendering;
using Narrator.Synthesis.Voices;
using Narrator.Voices;

namespace Narrator.Queue.Jobs;

/// <summary>
/// Voices a worker has loaded, kept between chapters: each chapter takes one off the shelf (loading another when all
/// are in use, so at most one per concurrent chapter) and puts it back. Every voice comes through the consent gate for
/// the book's publisher and the audiobook use, and must be the very voice the book was submitted with (its fingerprint).
/// </summary>
internal sealed class VoiceShelf(VoiceGate gate) : IDisposable
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<IVoice>> _idle = new(StringComparer.Ordinal);

    public async Task<T> WithVoiceAsync<T>(QueuedBook book, Func<IVoice, Task<T>> work)
    {
        var key = book.Voice + "\n" + book.Publisher;
        var idle = _idle.GetOrAdd(key, _ => []);
        var voice = idle.TryTake(out var kept) ? kept : Open(book);
        try
        {
            return await work(voice).ConfigureAwait(false);
        }
        finally
        {
            idle.Add(voice);
        }
    }

    private IVoice Open(QueuedBook book)
    {
        IVoice voice;
        try
        {
            voice = gate.Open(new VoiceRequest { Voice = book.Voice, Use = BookRenderer.AudiobookUse, Publisher = book.Publisher });
        }
        catch (NarratorException e) when (e.Kind is ErrorKind.BadInput or ErrorKind.Refused)
        {
            throw new ParkedException($"The voice '{book.Voice}' of \"{book.Title}\" on {Environment.MachineName}: {e.Message}", e.Kind, e);
        }

        if (voice.Fingerprint != book.VoiceFingerprint)
        {
            voice.Dispose();
            throw new ParkedException(
                $"The voice '{book.Voice}' on {Environment.MachineName} is not the one \"{book.Title}\" was submitted with (fingerprint {Short(voice.Fingerprint)}, submitted {Short(book.VoiceFingerprint)}): install the same voice on every worker.",
                ErrorKind.Refused);
        }

        return voice;
    }

    private static string Short(string fingerprint) => fingerprint.Length > 12 ? fingerprint[..12] : fingerprint;

    public void Dispose()
    {
        foreach (var voice in _idle.Values.SelectMany(v => v))
        {
            voice.Dispose();
        }

        _idle.Clear();
    }
}
