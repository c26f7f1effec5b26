using System.Globalization;
using Narrator.Audio.Mastering;
using Narrator.Phonemes.Pronunciation;
using Narrator.Synthesis.Voices;

namespace Narrator.Rendering.Tests.Rendering;

public sealed class SettingsHashTests
{
    private static readonly VoiceSettings Voice = new() { Speed = 1.25f, NoiseScale = 0.5f, NoiseW = 0.75f };

    [Fact]
    public void SettingsHash_MasteringLevelChanged_Differs()
    {
        var louder = new RenderSettings { Mastering = new MasteringOptions { TargetRmsDb = -19 } };

        Assert.NotEqual(Hash(RenderSettings.Default), Hash(louder));
    }

    [Fact]
    public void SettingsHash_RoomToneChanged_Differs()
    {
        var longer = new RenderSettings { Mastering = new MasteringOptions { TailRoomTone = TimeSpan.FromSeconds(3) } };

        Assert.NotEqual(Hash(RenderSettings.Default), Hash(longer));
    }

    [Fact]
    public void SettingsHash_DefaultRenderSettings_IsTheHashOfEarlierReleases()
    {
        // Pinned before Pitch and Energy existed: a render made then must stay current after an upgrade.
        Assert.Equal("731bc6ae805abb9367ce2e14dfbacb4e4996ebee353d6223bd5421c905b27187", Hash(RenderSettings.Default));
    }

    [Theory]
    [InlineData(3f, 1f)]
    [InlineData(-0.5f, 1f)]
    [InlineData(0f, 1.5f)]
    public void SettingsHash_PitchOrEnergyChanged_Differs(float pitch, float energy)
    {
        var changed = new VoiceSettings { Speed = Voice.Speed, NoiseScale = Voice.NoiseScale, NoiseW = Voice.NoiseW, Pitch = pitch, Energy = energy };

        Assert.NotEqual(Hash(RenderSettings.Default), Hash(RenderSettings.Default, changed));
    }

    [Fact]
    public void SettingsHash_GermanHostCulture_EqualsTheInvariantHash()
    {
        var settings = new RenderSettings { HeadingPause = TimeSpan.FromSeconds(1.25), Mastering = new MasteringOptions { PeakCeilingDb = -3.25 } };
        var invariant = InCulture(CultureInfo.InvariantCulture, () => Hash(settings));

        var german = InCulture(German(), () => Hash(settings));

        Assert.Equal("1,25", 1.25.ToString(German()));
        Assert.Equal(invariant, german);
    }

    private static string Hash(RenderSettings settings, VoiceSettings? voice = null) =>
        BookRenderer.SettingsHash("fingerprint", voice ?? Voice, PronunciationLexicon.Empty, settings);

    /// <summary>
    /// de-DE where the host has cultures; under InvariantGlobalization (as the test host runs, like the CLI)
    /// only the invariant culture exists, so a copy of it with de-DE's decimal comma and group dot stands in.
    /// </summary>
    private static CultureInfo German()
    {
        try
        {
            return CultureInfo.GetCultureInfo("de-DE", predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            var german = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            german.NumberFormat.NumberDecimalSeparator = ",";
            german.NumberFormat.NumberGroupSeparator = ".";
            return german;
        }
    }

    private static T InCulture<T>(CultureInfo culture, Func<T> action)
    {
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
