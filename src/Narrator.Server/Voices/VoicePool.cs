using System.Collections.Concurrent;
using Narrator.Synthesis.Voices;
using Narrator.Voices;

namespace Narrator.Server;

/// <summary>
/// Loaded voices kept between requests: up to a fixed number of instances of each, each speaking for one
/// request at a time (a request for a voice whose instances are all busy waits). Consent is asked of the
/// gate on every request, so a revoked or expired voice stops at once even while it stays loaded.
/// </summary>
internal sealed class VoicePool : IDisposable
{
    private readonly VoiceGate _gate;
    private readonly Func<VoiceRequest, IVoice> _open;
    private readonly int _instances;
    private readonly ConcurrentDictionary<string, Slot> _slots = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="gate">Checks consent on every rent, and loads voices unless <paramref name="open"/> is given.</param>
    /// <param name="instances">Loaded copies of one voice (per publisher and use) that may speak at once.</param>
    /// <param name="open">Loads a voice the gate has authorized; the gate's own <see cref="VoiceGate.Open"/> unless a test gives another.</param>
    public VoicePool(VoiceGate gate, int instances, Func<VoiceRequest, IVoice>? open = null)
    {
        _gate = gate;
        _instances = instances;
        _open = open ?? (request => gate.Open(request));
    }

    /// <summary>A loaded voice for <paramref name="request"/>, once its consent verifies and an instance is free.</summary>
    public async Task<VoiceLease> RentAsync(VoiceRequest request, CancellationToken cancellationToken)
    {
        var reference = _gate.Authorize(request);
        // An enrolled voice carries the grant it was opened with (publisher and use) into what it speaks,
        // so each publisher and use gets instances of its own.
        var slot = _slots.GetOrAdd($"{reference.Name}\n{request.Publisher}\n{request.Use}", _ => new Slot(_instances));
        await slot.Free.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return new VoiceLease(await TakeOrOpenAsync(slot, request, cancellationToken).ConfigureAwait(false), lease =>
            {
                slot.Idle.Add(lease);
                slot.Free.Release();
            });
        }
        catch
        {
            slot.Free.Release();
            throw;
        }
    }

    private async Task<IVoice> TakeOrOpenAsync(Slot slot, VoiceRequest request, CancellationToken cancellationToken)
    {
        if (slot.Idle.TryTake(out var idle))
        {
            return idle;
        }

        return await Task.Run(() => _open(request), cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        foreach (var slot in _slots.Values)
        {
            while (slot.Idle.TryTake(out var voice))
            {
                voice.Dispose();
            }

            slot.Free.Dispose();
        }
    }

    private sealed class Slot(int instances)
    {
        public SemaphoreSlim Free { get; } = new(instances, instances);

        public ConcurrentBag<IVoice> Idle { get; } = [];
    }
}
