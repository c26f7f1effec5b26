using System.Runtime.CompilerServices;
using Narrator.Audio;
using Narrator.Audio.Mastering;
using Narrator.Synthesis;

namespace Narrator.Rendering.Cast;

/// <summary>
/// A synthesizer for each distinct voice of a cast, speaking at the narrator's sample rate: another voice's audio is
/// resampled to it and scaled so that its speech is as loud as the narrator's (see <see cref="SpeechLevel"/>).
/// The narrator's own audio passes untouched, so a book read by the narrator alone sounds as it did without a cast.
/// </summary>
internal sealed class CastSpeakers : IDisposable
{
    private const double MaxGainDb = 20;

    private readonly Dictionary<string, Synthesizer> _synthesizers;
    private readonly Dictionary<string, Lazy<Task<double>>> _levels = [];
    private readonly Dictionary<(string Signature, int Retake), Synthesizer> _retakes = [];
    private readonly Func<CastVoice, int, SynthesisOptions> _options;

    private readonly string _narratorSignature;

    private CastSpeakers(string narratorSignature, Dictionary<string, Synthesizer> synthesizers, Func<CastVoice, int, SynthesisOptions> options)
    {
        _narratorSignature = narratorSignature;
        _options = options;
        Narrator = synthesizers[narratorSignature];
        _synthesizers = synthesizers;
        foreach (var (signature, synthesizer) in synthesizers)
        {
            _levels[signature] = new Lazy<Task<double>>(() => SpeechLevel.MeasureAsync(synthesizer));
        }
    }

    public Synthesizer Narrator { get; }

    public int SampleRate => Narrator.SampleRate;

    /// <summary>Whether <paramref name="voice"/> (its model and settings) has a synthesizer here.</summary>
    public bool Speaks(CastVoice voice) => _synthesizers.ContainsKey(voice.Signature());

    /// <summary>
    /// One synthesizer per distinct voice and settings; a voice whose settings it cannot take is an error naming its cast entry.
    /// <paramref name="options"/> gives a voice's options for a first reading (retake 0) and for each retake of proof-listening.
    /// </summary>
    public static CastSpeakers Create(VoiceCast cast, Func<CastVoice, int, SynthesisOptions> options)
    {
        var synthesizers = new Dictionary<string, Synthesizer>(StringComparer.Ordinal);
        try
        {
            foreach (var voice in cast.All.Where(v => !synthesizers.ContainsKey(v.Signature())))
            {
                synthesizers[voice.Signature()] = Open(voice, options(voice, 0), isNarrator: ReferenceEquals(voice, cast.Narrator));
            }
        }
        catch
        {
            foreach (var synthesizer in synthesizers.Values)
            {
                synthesizer.Dispose();
            }

            throw;
        }

        return new CastSpeakers(cast.Narrator.Signature(), synthesizers, options);
    }

    /// <summary>
    /// The audio of <paramref name="line"/>, chunk by chunk, at <see cref="SampleRate"/> and the narrator's speech level,
    /// each chunk with its utterance's place from the line's first sample (scaled to <see cref="SampleRate"/> when resampled).
    /// A <paramref name="retake"/> above 0 reads it another way (see <see cref="Proof.Retakes"/>).
    /// </summary>
    public async IAsyncEnumerable<SpokenChunk> SpeakAsync(ScriptLine line, int retake, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var synthesizer = SynthesizerFor(line.Voice, retake);
        var gain = line.Voice.Signature() == _narratorSignature ? 1f : await GainAsync(line.Voice.Signature()).ConfigureAwait(false);
        await foreach (var chunk in synthesizer.SynthesizeAsync(line.Text, line.Speak, cancellationToken).ConfigureAwait(false))
        {
            var samples = Resampling.Resample(chunk.Samples.ToArray(), synthesizer.SampleRate, SampleRate);
            if (gain != 1f)
            {
                for (var i = 0; i < samples.Length; i++)
                {
                    samples[i] *= gain;
                }
            }

            long Scaled(long position) => (long)Math.Round((double)position * SampleRate / synthesizer.SampleRate);
            yield return new SpokenChunk(samples, chunk.Text, chunk.Source, Scaled(chunk.SpeechStart), Scaled(chunk.SpeechStart + chunk.SpeechSamples));
        }
    }

    public void Dispose()
    {
        foreach (var synthesizer in _synthesizers.Values.Concat(_retakes.Values))
        {
            synthesizer.Dispose();
        }
    }

    private Synthesizer SynthesizerFor(CastVoice voice, int retake)
    {
        var signature = voice.Signature();
        if (retake == 0)
        {
            return _synthesizers[signature];
        }

        lock (_retakes)
        {
            if (!_retakes.TryGetValue((signature, retake), out var synthesizer))
            {
                synthesizer = Synthesizer.Create(voice.Voice, _options(voice, retake), ownsVoice: false);
                _retakes[(signature, retake)] = synthesizer;
            }

            return synthesizer;
        }
    }

    private static Synthesizer Open(CastVoice voice, SynthesisOptions options, bool isNarrator)
    {
        try
        {
            return Synthesizer.Create(voice.Voice, options, ownsVoice: false);
        }
        catch (Core.NarratorException e) when (!isNarrator)
        {
            throw new RenderException($"Cast file entry {voice.Label}: {e.Message}", e.Kind, e);
        }
    }

    /// <summary>The factor that brings a voice's speech level to the narrator's, at most ±20 dB (measured once per run).</summary>
    private async Task<float> GainAsync(string signature)
    {
        var narrator = await _levels[_narratorSignature].Value.ConfigureAwait(false);
        var voice = await _levels[signature].Value.ConfigureAwait(false);
        if (narrator <= 0 || voice <= 0)
        {
            return 1f;
        }

        var gainDb = Math.Clamp(Decibels.FromMeanSquare(narrator) - Decibels.FromMeanSquare(voice), -MaxGainDb, MaxGainDb);
        return (float)Decibels.ToAmplitude(gainDb);
    }
}
