using System.Runtime.CompilerServices;
using Narrator.Audio;
using Narrator.Core;
using Narrator.Phonemes.Pronunciation;
using Narrator.Synthesis.Ssml;
using Narrator.Synthesis.Voices;
using Narrator.Text;
using Narrator.Text.Ssml;

namespace Narrator.Synthesis;

/// <summary>The SSML path: each piece of the document spoken with its own settings, under one watermark.</summary>
public sealed partial class Synthesizer
{
    /// <summary>
    /// Streams the audio of an SSML document, utterance by utterance, each chunk followed by the pause
    /// its piece calls for: a break's, else a sentence or paragraph pause at the end of s and p.
    /// The whole stream carries this synthesizer's watermark, whichever voice speaks.
    /// </summary>
    public async IAsyncEnumerable<AudioChunk> SynthesizeAsync(SsmlDocument document, SsmlSpeakOptions? ssml = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(document);
        var voices = new SsmlVoices(this, ssml ?? SsmlSpeakOptions.Default, document.Source);
        try
        {
            var marker = Watermark();
            var index = 0;
            var streamed = 0L;
            SpokenPart? pending = null;

            // One part is held back, so that the last chunk can carry the watermark's last frame.
            await foreach (var part in SpeakPiecesAsync(document, voices, cancellationToken).ConfigureAwait(false))
            {
                if (pending is { } done)
                {
                    yield return Chunk(done, marker is null ? done.Samples : Stages.TimeWatermark(() => marker.Process(done.Samples)), index++, streamed);
                    streamed += done.Samples.Length;
                }

                pending = part;
            }

            if (pending is { } last)
            {
                yield return Chunk(last, marker is null ? last.Samples : Stages.TimeWatermark(() => (float[])[.. marker.Process(last.Samples), .. marker.Flush()]), index, streamed);
            }
        }
        finally
        {
            voices.Dispose();
        }
    }

    /// <summary>Runs the text frontend only: the utterances of an SSML document, each piece with its own pronunciations, all with this synthesizer's voice.</summary>
    public IReadOnlyList<PreparedUtterance> Prepare(SsmlDocument document)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(document);
        return [.. document.Pieces.SelectMany(piece => Prepare(piece.Text, SpeakOptionsOf(piece)))];
    }

    private static SpeakOptions SpeakOptionsOf(SsmlPiece piece) =>
        new() { Pronunciations = [.. piece.Phonemes.Select(p => new PronunciationEntry(p.Text, p.Phonemes, p.Alphabet))] };

    private AudioChunk Chunk(SpokenPart part, float[] samples, int index, long start) =>
        new(index, samples, SampleRate, part.Text, part.Range) { SpeechStart = start, SpeechSamples = part.Speech };

    private async IAsyncEnumerable<SpokenPart> SpeakPiecesAsync(SsmlDocument document, SsmlVoices voices, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 0; i < document.Pieces.Count; i++)
        {
            var piece = document.Pieces[i];
            var voice = voices.For(piece);
            var settings = voices.Settings(piece, voice, _options.Voice);
            var frontend = Frontend(voice, SpeakOptionsOf(piece));
            var prepared = _segmenter.Split(piece.Text).Select(u => PrepareOne(u, frontend)).OfType<PreparedUtterance>().ToList();
            var end = PieceEnd(piece, isLast: i == document.Pieces.Count - 1);
            if (prepared.Count == 0 && end > 0)
            {
                yield return new SpokenPart(new float[end], 0, piece.Text, new SourceRange(0, piece.Text.Length));
            }

            for (var j = 0; j < prepared.Count; j++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var now = prepared[j];
                var speech = await Task.Run(() => Stages.TimeModel(() => voice.Speak(now.Phonemes, settings)), cancellationToken).ConfigureAwait(false);
                var pause = j < prepared.Count - 1 ? PauseAfter(now.Source, isLast: false) : end;
                yield return new SpokenPart(WithPause(Louder(speech, piece.Prosody.VolumeDb), pause), speech.Length, now.Source.Text, now.Source.Range);
            }
        }
    }

    /// <summary>The pause after a piece: its break, else its boundary's; none after the last piece unless a break asks.</summary>
    private int PieceEnd(SsmlPiece piece, bool isLast)
    {
        var pause = piece.Break ?? (isLast ? TimeSpan.Zero : piece.Boundary switch
        {
            SsmlBoundary.Paragraph => _options.ParagraphPause,
            SsmlBoundary.Sentence => _options.SentencePause,
            _ => TimeSpan.Zero,
        });
        return (int)Math.Round(pause.TotalSeconds * SampleRate);
    }

    /// <summary>Volume as a gain on the samples, which every voice can take; peaks are held at full scale.</summary>
    private static float[] Louder(float[] speech, float decibels)
    {
        if (decibels == 0f)
        {
            return speech;
        }

        var gain = float.IsNegativeInfinity(decibels) ? 0f : MathF.Pow(10f, decibels / 20f);
        return [.. speech.Select(s => Math.Clamp(s * gain, -1f, 1f))];
    }

    private sealed record SpokenPart(float[] Samples, int Speech, string Text, SourceRange Range);
}
