namespace Narrator.Audio.Mastering;

/// <summary>
/// Deterministic low-level room tone: seeded noise (sum of four uniforms, bounded), low-passed
/// at 3 kHz by a one-pole filter and scaled to an exact RMS level. ACX rejects digital silence,
/// so this fills the head and tail of a chapter and sits under the speech.
/// </summary>
public sealed class RoomToneGenerator
{
    private const double CutoffHz = 3000;
    private readonly float _pole;
    private readonly float _scale;
    private readonly uint _seed;
    private uint _state;
    private float _last;

    /// <summary>Room tone for audio at <paramref name="sampleRate"/> Hz with an RMS of <paramref name="levelDb"/> dBFS; the same <paramref name="seed"/> gives the same tone.</summary>
    public RoomToneGenerator(int sampleRate, double levelDb, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        var pole = Math.Exp(-2 * Math.PI * Math.Min(CutoffHz, sampleRate / 4.0) / sampleRate);
        var variance = 4.0 / 3.0 * (1 - pole) / (1 + pole);
        _pole = (float)pole;
        _scale = (float)(Decibels.ToAmplitude(levelDb) / Math.Sqrt(variance));
        _seed = (uint)seed | 1u;
        Reset();
    }

    /// <summary>No sample of the tone exceeds this amplitude.</summary>
    public float MaxAmplitude => 4 * _scale;

    /// <summary>Restarts the tone from its seed, so the next samples repeat the first ones.</summary>
    public void Reset()
    {
        _state = _seed * 2654435761u | 1u;
        _last = 0;
    }

    /// <summary>Adds the tone to the samples (mixing it under what is there).</summary>
    public void AddTo(Span<float> samples)
    {
        for (var i = 0; i < samples.Length; i++)
        {
            var white = Uniform() + Uniform() + Uniform() + Uniform();
            _last = (_pole * _last) + ((1 - _pole) * white);
            samples[i] += _last * _scale;
        }
    }

    private float Uniform()
    {
        _state ^= _state << 13;
        _state ^= _state >> 17;
        _state ^= _state << 5;
        return ((_state >> 8) * (2f / (1 << 24))) - 1f;
    }
}
