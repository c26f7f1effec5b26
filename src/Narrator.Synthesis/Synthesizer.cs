using System.Runtime.CompilerServices;
using Narrator.Audio;
using Narrator.Phonemes;
using Narrator.Phonemes.Pronunciation;
using Narrator.Synthesis.Benchmarking;
using Narrator.Synthesis.Provenance;
using Narrator.Synthesis.Voices;
using Narrator.Text;
using Narrator.Watermark;

namespace Narrator.Synthesis;

/// <summary>
/// Text in, audio out: segments the text into utterances, normalizes and phonemizes each, and
/// has the voice speak them. The library's main entry point.
/// </summary>
public sealed partial class Synthesizer : IDisposable
{
    private const int MinimumWatermarkRate = 16000;

    private readonly SynthesisOptions _options;
    private readonly SentenceSegmenter _segmenter;
    private readonly TextNormalizer _normalizer = EnglishNormalizer.Create();
    private readonly bool _ownsVoice;
    private bool _disposed;

    private Synthesizer(IVoice voice, SynthesisOptions options, bool ownsVoice)
    {
        Voice = voice;
        _options = options;
        _ownsVoice = ownsVoice;
        _segmenter = new SentenceSegmenter(new SegmenterOptions { MaxUtteranceLength = options.MaxUtteranceLength });
    }

    /// <summary>The voice that speaks.</summary>
    public IVoice Voice { get; }

    /// <summary>The rate of every chunk, in Hz (the voice's).</summary>
    public int SampleRate => Voice.SampleRate;

    /// <summary>The options the synthesizer was created with, validated.</summary>
    public SynthesisOptions Options => _options;

    /// <summary>Time spent in each stage, summed over the calls so far (what <c>narrator bench</c> breaks down).</summary>
    public StageTimes Stages { get; } = new();

    /// <summary>Creates a synthesizer; it disposes <paramref name="voice"/> with itself unless told otherwise.</summary>
    public static Synthesizer Create(IVoice voice, SynthesisOptions? options = null, bool ownsVoice = true)
    {
        ArgumentNullException.ThrowIfNull(voice);
        options ??= SynthesisOptions.Default;
        options.Validate();
        options.Voice.CheckSupportedBy(voice);
        return new Synthesizer(voice, options, ownsVoice);
    }

    /// <summary>Runs the text frontend only: the utterances that would be spoken, in order.</summary>
    public IReadOnlyList<PreparedUtterance> Prepare(string text, SpeakOptions? speak = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(text);
        var frontend = Frontend(Voice, speak ?? SpeakOptions.Default);
        var prepared = new List<PreparedUtterance>();
        foreach (var utterance in _segmenter.Split(text))
        {
            if (PrepareOne(utterance, frontend) is { } one)
            {
                prepared.Add(one);
            }
        }

        return prepared;
    }

    /// <summary>
    /// Streams the audio of <paramref name="text"/> utterance by utterance, each chunk followed
    /// by the pause its boundary calls for (none after the last). Text with nothing to speak
    /// yields no chunk.
    /// </summary>
    public IAsyncEnumerable<AudioChunk> SynthesizeAsync(string text, CancellationToken cancellationToken = default) =>
        SynthesizeAsync(text, SpeakOptions.Default, cancellationToken);

    /// <summary>As <see cref="SynthesizeAsync(string, CancellationToken)"/>, read as <paramref name="speak"/> says.</summary>
    public async IAsyncEnumerable<AudioChunk> SynthesizeAsync(string text, SpeakOptions speak, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(speak);
        var frontend = Frontend(Voice, speak);
        var utterances = _segmenter.Split(text);
        var marker = Watermark(speak.MarkPosition);
        var index = 0;
        var position = 0;
        var streamed = 0L;
        var current = PrepareNext(utterances, frontend, ref position);
        while (current is { } now)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var speech = await Task.Run(() => Stages.TimeModel(() => Voice.Speak(now.Prepared.Phonemes, _options.Voice)), cancellationToken).ConfigureAwait(false);
            var pause = PauseAfter(now.Prepared.Source, isLast: now.Index == utterances.Count - 1);
            var samples = WithPause(speech, pause);

            // The watermark holds back its last frame until the end: the last chunk carries it, so
            // no chunk without text follows. Only the text frontend runs ahead, one utterance.
            var following = PrepareNext(utterances, frontend, ref position);
            if (marker is not null)
            {
                var unmarked = samples;
                samples = Stages.TimeWatermark(() => following is null ? [.. marker.Process(unmarked), .. marker.Flush()] : marker.Process(unmarked));
            }

            yield return new AudioChunk(index++, samples, SampleRate, now.Prepared.Source.Text, now.Prepared.Source.Range)
            {
                SpeechStart = streamed,
                SpeechSamples = speech.Length,
            };
            streamed += speech.Length + pause;
            current = following;
        }
    }

    /// <summary>
    /// Synthesizes the whole text at once, <see cref="SynthesisOptions.BatchSize"/> utterances of
    /// similar length per model call; the result equals the concatenated chunks of <see cref="SynthesizeAsync(string, CancellationToken)"/>
    /// when the voice is deterministic.
    /// </summary>
    public async Task<float[]> SynthesizeAllAsync(string text, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(text);
        var utterances = _segmenter.Split(text);
        var last = utterances.Count > 0 ? utterances[^1] : null;
        var frontend = Frontend(Voice, SpeakOptions.Default);
        var prepared = new List<PreparedUtterance>();
        foreach (var utterance in utterances)
        {
            if (PrepareOne(utterance, frontend) is { } one)
            {
                prepared.Add(one);
            }
        }

        // Batches group utterances of similar length, so little of each call is padding; the audio
        // is put back in reading order afterwards.
        var speech = new float[prepared.Count][];
        var byLength = Enumerable.Range(0, prepared.Count).OrderBy(i => prepared[i].Phonemes.Symbols.Count).ToArray();
        foreach (var batch in byLength.Chunk(_options.BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var phonemes = batch.Select(i => prepared[i].Phonemes).ToList();
            var audio = await Task.Run(() => Stages.TimeModel(() => Voice.SpeakBatch(phonemes, _options.Voice)), cancellationToken).ConfigureAwait(false);
            for (var j = 0; j < batch.Length; j++)
            {
                speech[batch[j]] = audio[j];
            }
        }

        var output = new List<float>();
        for (var i = 0; i < prepared.Count; i++)
        {
            output.AddRange(speech[i]);
            output.AddRange(new float[PauseAfter(prepared[i].Source, isLast: ReferenceEquals(prepared[i].Source, last))]);
        }

        if (Watermark() is { } marker && output.Count > 0)
        {
            return Stages.TimeWatermark(() => (float[])[.. marker.Process(output.ToArray()), .. marker.Flush()]);
        }

        return output.ToArray();
    }

    /// <summary>Releases the voice's model sessions when the synthesizer owns the voice (the default); further calls throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_ownsVoice)
        {
            Voice.Dispose();
        }
    }

    /// <summary>
    /// A new embedder for one synthesis call: the mark is placed by position from the call's start
    /// (<paramref name="start"/> into the recording the call is joined into), so streamed and one-shot
    /// output carry the same mark. Rates below 16 kHz have no room for it.
    /// </summary>
    private WatermarkEmbedder? Watermark(TimeSpan start = default) =>
        SampleRate < MinimumWatermarkRate ? null : new WatermarkEmbedder(SampleRate, _options.WatermarkKey, new WatermarkPayload(ProvenanceRecord.PayloadOf(Voice)), position: (long)Math.Round(start.TotalSeconds * SampleRate));

    private (TextContext Context, IPhonemizer Phonemizer) Frontend(IVoice voice, SpeakOptions speak)
    {
        var lexicon = speak.Pronunciations.Count == 0 ? _options.Pronunciations : _options.Pronunciations.With(speak.Pronunciations);
        var phonemizer = lexicon.Count == 0 ? voice.Phonemizer : new PronouncingPhonemizer(voice.Phonemizer, lexicon);
        return (speak.Context, phonemizer);
    }

    /// <summary>The next utterance from <paramref name="position"/> on with something to speak, and its index; null when none is left.</summary>
    private (PreparedUtterance Prepared, int Index)? PrepareNext(IReadOnlyList<Utterance> utterances, (TextContext Context, IPhonemizer Phonemizer) frontend, ref int position)
    {
        while (position < utterances.Count)
        {
            var index = position++;
            if (PrepareOne(utterances[index], frontend) is { } prepared)
            {
                return (prepared, index);
            }
        }

        return null;
    }

    private PreparedUtterance? PrepareOne(Utterance utterance, (TextContext Context, IPhonemizer Phonemizer) frontend) =>
        Stages.TimeFrontend(() => PrepareUntimed(utterance, frontend));

    private PreparedUtterance? PrepareUntimed(Utterance utterance, (TextContext Context, IPhonemizer Phonemizer) frontend)
    {
        var normalized = _normalizer.Normalize(utterance.Text, frontend.Context);
        if (!normalized.Tokens.Any(t => t.Kind == SpokenTokenKind.Word))
        {
            return null;
        }

        var phonemes = frontend.Phonemizer.Phonemize(normalized.Spoken);
        return phonemes.Symbols.Count == 0 ? null : new PreparedUtterance(utterance, normalized, phonemes);
    }

    private int PauseAfter(Utterance utterance, bool isLast)
    {
        if (isLast)
        {
            return 0;
        }

        var pause = utterance.Boundary switch
        {
            UtteranceBoundary.Clause => _options.ClausePause,
            UtteranceBoundary.Paragraph => _options.ParagraphPause,
            _ => _options.SentencePause,
        };
        return (int)Math.Round(pause.TotalSeconds * SampleRate);
    }

    private static float[] WithPause(float[] speech, int pauseSamples)
    {
        if (pauseSamples == 0)
        {
            return speech;
        }

        var result = new float[speech.Length + pauseSamples];
        speech.CopyTo(result, 0);
        return result;
    }
}
