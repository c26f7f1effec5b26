using Narrator.Core;
using Narrator.Synthesis.Voices;
using Narrator.Text.Ssml;

namespace Narrator.Synthesis.Ssml;

/// <summary>The voices one SSML document speaks with: the synthesizer's, and those its voice elements load (owned here, disposed after).</summary>
internal sealed class SsmlVoices(Synthesizer synthesizer, SsmlSpeakOptions options, string source) : IDisposable
{
    private readonly Dictionary<string, IVoice> _loaded = new(StringComparer.OrdinalIgnoreCase);
    private bool _ownHeard;

    public IVoice For(SsmlPiece piece)
    {
        if (piece.Voice is not { } name)
        {
            if (!_ownHeard)
            {
                _ownHeard = true;
                options.Heard?.Invoke(null, synthesizer.Voice);
            }

            return synthesizer.Voice;
        }

        if (_loaded.TryGetValue(name, out var known))
        {
            return known;
        }

        var loader = options.Voices ?? throw new NarratorException($"{source}: line {piece.Line}, column {piece.Column}: <voice name=\"{name}\"> cannot be spoken: no voice loader was given (SsmlSpeakOptions.Voices).");
        IVoice voice;
        try
        {
            voice = loader(name);
        }
        catch (NarratorException e)
        {
            throw new NarratorException($"{source}: line {piece.Line}, column {piece.Column}: <voice name=\"{name}\">: {e.Message}", e.Kind, e);
        }

        _loaded[name] = voice;
        options.Heard?.Invoke(name, voice);
        return voice.SampleRate == synthesizer.SampleRate ? voice
            : throw new NarratorException($"{source}: line {piece.Line}, column {piece.Column}: voice '{name}' speaks at {voice.SampleRate} Hz and '{synthesizer.Voice.Name}' at {synthesizer.SampleRate} Hz; one document needs voices of one sample rate.");
    }

    /// <summary>The synthesizer's settings with the piece's rate and pitch on top; a pitch the voice cannot take is warned about and left out.</summary>
    public VoiceSettings Settings(SsmlPiece piece, IVoice voice, VoiceSettings basis)
    {
        var pitch = piece.Prosody.Pitch;
        if (pitch != 0f && !voice.HasProsodyControls)
        {
            options.Warn?.Invoke(new SsmlWarning(piece.Line, piece.Column, $"voice '{voice.Name}' has no pitch control: the pitch of \"{Shorten(piece.Text)}\" is left as the voice speaks."));
            pitch = 0f;
        }

        return new VoiceSettings
        {
            Speed = Math.Clamp(basis.Speed * piece.Prosody.Rate, 0.25f, 4f),
            Pitch = Math.Clamp(basis.Pitch + pitch, -12f, 12f),
            Energy = basis.Energy,
            NoiseScale = basis.NoiseScale,
            NoiseW = basis.NoiseW,
            SpeakerId = basis.SpeakerId,
        };
    }

    public void Dispose()
    {
        foreach (var voice in _loaded.Values)
        {
            voice.Dispose();
        }

        _loaded.Clear();
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
