using Narrator.Core;
using Narrator.Models;
using Narrator.Synthesis.Voices;

namespace Narrator.Synthesis.Tests;

/// <summary>VoiceSettings.Pitch and Energy: validated, fed to a bundle with prosody controls, refused by a voice without.</summary>
public sealed class ProsodySettingsTests
{
    private const string Text = "The keeper lit the lamp at dusk.";
    private static readonly string Bundles = Path.Combine(AppContext.BaseDirectory, "fixtures", "bundles");
    private static readonly ExecutionOptions Cpu = new() { Device = ExecutionDevice.Cpu };

    [Theory]
    [InlineData(6f, 1f)]
    [InlineData(-6f, 1f)]
    [InlineData(0f, 2f)]
    [InlineData(0f, 0.5f)]
    public async Task SynthesizeAll_ProsodyBundle_PitchOrEnergyChangesTheAudioNotItsLength(float pitch, float energy)
    {
        var plain = await Speak("tiny-prosody", VoiceSettings.Default);

        var changed = await Speak("tiny-prosody", new VoiceSettings { Pitch = pitch, Energy = energy });

        // The fixture's random weights move the samples only slightly (a few 16-bit steps): enough to
        // tell that the setting reached the model, since the same settings give the same samples.
        Assert.Equal(plain.Length, changed.Length);
        Assert.NotEqual(plain, changed);
    }

    [Fact]
    public async Task SynthesizeAll_ProsodyBundleAtNeutralValues_EqualsTheDefault()
    {
        var plain = await Speak("tiny-prosody", VoiceSettings.Default);

        var neutral = await Speak("tiny-prosody", new VoiceSettings { Pitch = 0f, Energy = 1f, Speed = 1f });

        Assert.Equal(plain, neutral);
    }

    [Theory]
    [InlineData(3f, 1f, "cannot shift its pitch by 3 semitones: its model has no pitch control")]
    [InlineData(0f, 2f, "cannot scale its energy by 2: its model has no energy control")]
    public void Create_BundleWithoutControls_RefusesNamingTheVoiceAndTheControl(float pitch, float energy, string expected)
    {
        using var voice = Load("tiny");

        var error = Assert.Throws<NarratorException>(() => Synthesizer.Create(voice, new SynthesisOptions { Voice = new VoiceSettings { Pitch = pitch, Energy = energy } }, ownsVoice: false));

        Assert.Contains("Voice 'narrator-tiny/alpha'", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorKind.BadInput, error.Kind);
    }

    [Fact]
    public void Speak_BundleWithoutControlsCalledDirectly_RefusesRatherThanIgnoring()
    {
        using var voice = Load("tiny");
        var phonemes = voice.Phonemizer.Phonemize("Hello.");

        var error = Assert.Throws<NarratorException>(() => voice.Speak(phonemes, new VoiceSettings { Pitch = -2f }));

        Assert.Contains("no pitch control", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HasProsodyControls_FollowsTheBundle()
    {
        using var with = Load("tiny-prosody");
        using var without = Load("tiny");

        Assert.True(with.HasProsodyControls);
        Assert.False(without.HasProsodyControls);
    }

    [Theory]
    [InlineData(12.5f, 1f, "pitch 12.5 is outside -12..12 semitones")]
    [InlineData(-13f, 1f, "pitch -13 is outside -12..12 semitones")]
    [InlineData(float.NaN, 1f, "pitch NaN is outside")]
    [InlineData(0f, 0.2f, "energy 0.2 is outside 0.25..4")]
    [InlineData(0f, 5f, "energy 5 is outside 0.25..4")]
    public void Validate_OutOfRange_SaysWhichAndTheRange(float pitch, float energy, string expected)
    {
        var error = Assert.Throws<NarratorException>(() => new VoiceSettings { Pitch = pitch, Energy = energy }.Validate());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-12f, 0.25f)]
    [InlineData(12f, 4f)]
    public void Validate_EndsOfTheRanges_AreAccepted(float pitch, float energy) =>
        new VoiceSettings { Pitch = pitch, Energy = energy }.Validate();

    private static IVoice Load(string bundle) =>
        VoiceLoader.Load(new VoiceReference(VoiceKind.NarratorBundle, Path.Combine(Bundles, bundle), bundle), Cpu, null);

    private static async Task<float[]> Speak(string bundle, VoiceSettings settings)
    {
        using var synthesizer = Synthesizer.Create(Load(bundle), new SynthesisOptions { Voice = settings });
        return await synthesizer.SynthesizeAllAsync(Text);
    }
}
