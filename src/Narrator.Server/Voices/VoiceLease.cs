using Narrator.Synthesis.Voices;

namespace Narrator.Server;

/// <summary>A pooled voice lent to one request; disposing the lease gives it back.</summary>
internal sealed class VoiceLease(IVoice voice, Action<IVoice> giveBack) : IDisposable
{
    private bool _returned;

    public IVoice Voice { get; } = voice;

    public void Dispose()
    {
        if (!_returned)
        {
            _returned = true;
            giveBack(Voice);
        }
    }
}
