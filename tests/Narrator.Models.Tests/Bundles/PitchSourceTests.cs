using Narrator.Models.Bundles;

namespace Narrator.Models.Tests.Bundles;

/// <summary>
/// The acoustic model's predicted pitch (output f0) and a vocoder with a pitch source (input f0):
/// tiny-pitch has both, tiny-prosody neither.
/// </summary>
public sealed class PitchSourceTests : IDisposable
{
    private static readonly string Pitch = Path.Combine(AppContext.BaseDirectory, "fixtures", "bundles", "tiny-pitch");
    private static readonly string Prosody = Path.Combine(AppContext.BaseDirectory, "fixtures", "bundles", "tiny-prosody");
    private static readonly ExecutionOptions Cpu = new() { Device = ExecutionDevice.Cpu };
    private static readonly long[] Ids = [1, 10, 20, 30, 40, 50, 2];

    private readonly TempDir _temp = new();

    [Fact]
    public void FromDirectory_BundleWithAndWithoutPitch_ReportsBothSides()
    {
        using var with = Load(Pitch);
        using var without = Load(Prosody);

        Assert.True(with.Acoustic.GivesPitch);
        Assert.True(with.Vocoder.TakesPitch);
        Assert.False(without.Acoustic.GivesPitch);
        Assert.False(without.Vocoder.TakesPitch);
        Assert.Null(without.Acoustic.Synthesize([Ids], without.Manifest.Speakers[0].Embedding, 1f)[0].Pitch);
    }

    [Fact]
    public void Synthesize_TwelveSemitonesUp_DoublesThePitchOfEveryFrame()
    {
        using var bundle = Load(Pitch);
        var speaker = bundle.Manifest.Speakers[0].Embedding;

        var plain = bundle.Acoustic.Synthesize([Ids], speaker, 1f)[0];
        var octave = bundle.Acoustic.Synthesize([Ids], speaker, 1f, pitchShift: 12f)[0];

        Assert.Equal(plain.Frames, plain.Pitch!.Length);
        Assert.All(plain.Pitch, hz => Assert.InRange(hz, 40f, 1000f));
        Assert.All(plain.Pitch.Zip(octave.Pitch!), p => Assert.Equal(2.0, p.Second / p.First, 3));
    }

    [Fact]
    public void Synthesize_BatchOfUnequalUtterances_GivesEachItsOwnPitch()
    {
        using var bundle = Load(Pitch);
        var speaker = bundle.Manifest.Speakers[0].Embedding;
        long[] shorter = [1, 10, 20, 2];

        var alone = bundle.Acoustic.Synthesize([shorter], speaker, 1f)[0];
        var batched = bundle.Acoustic.Synthesize([Ids, shorter], speaker, 1f)[1];

        Assert.Equal(alone.Frames, batched.Pitch!.Length);
        Assert.All(alone.Pitch!.Zip(batched.Pitch), p => Assert.Equal(p.First, p.Second, 3));
    }

    [Fact]
    public void Decode_OtherPitch_ChangesTheAudioNotItsLength()
    {
        using var bundle = Load(Pitch);
        var mel = bundle.Acoustic.Synthesize([Ids], bundle.Manifest.Speakers[0].Embedding, 1f)[0];

        var own = bundle.Vocoder.Decode(mel);
        var higher = bundle.Vocoder.Decode(mel with { Pitch = [.. mel.Pitch!.Select(hz => hz * 1.5f)] });

        Assert.Equal(mel.Frames * bundle.Vocoder.Hop, own.Length);
        Assert.Equal(own.Length, higher.Length);
        Assert.True(own.Zip(higher).Max(p => Math.Abs(p.First - p.Second)) > 1e-4, "the vocoder ignored its pitch input");
    }

    [Fact]
    public void Decode_SpectrogramWithoutPitch_FailsNamingTheVocoderAndItsInput()
    {
        using var bundle = Load(Pitch);
        var mel = bundle.Acoustic.Synthesize([Ids], bundle.Manifest.Speakers[0].Embedding, 1f)[0];

        var error = Assert.Throws<ModelException>(() => bundle.Vocoder.Decode(mel with { Pitch = null }));

        Assert.Contains("vocoder.onnx", error.Message, StringComparison.Ordinal);
        Assert.Contains("'f0'", error.Message, StringComparison.Ordinal);
        Assert.Contains("carries no pitch", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromDirectory_PitchVocoderBesideAnAcousticModelWithoutPitch_IsRefusedNamingBothFiles()
    {
        var copy = _temp.CopyBundle(Pitch);
        File.Copy(Path.Combine(Prosody, "acoustic.onnx"), Path.Combine(copy, "acoustic.onnx"), overwrite: true);

        var error = Assert.Throws<ModelException>(() => Load(copy));

        Assert.Contains("vocoder.onnx takes the pitch of every frame (input 'f0') and acoustic.onnx gives none", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private static NarratorBundle Load(string folder) => NarratorBundle.FromDirectory(folder, NarratorBundleTests.Inventory(folder), Cpu);
}
