using Narrator.Voices;

namespace Narrator.Server.Tests.Studio;

/// <summary>pocketsphinx, held before each recognition once <see cref="Hold"/> is called, until the test lets it go on.</summary>
internal sealed class HeldRecognizer : IStatementRecognizer, IDisposable
{
    private readonly PocketSphinxRecognizer _recognizer = new();
    private readonly ManualResetEventSlim _open = new(initialState: true);

    public TaskCompletionSource Waiting { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name => _recognizer.Name;

    public void Hold() => _open.Reset();

    public void Release() => _open.Set();

    public string? Transcribe(float[] samples, int sampleRate, out string unavailable)
    {
        if (!_open.IsSet)
        {
            Waiting.TrySetResult();
            _open.Wait(TimeSpan.FromMinutes(1));
        }

        return _recognizer.Transcribe(samples, sampleRate, out unavailable);
    }

    public void Dispose() => _open.Dispose();
}
