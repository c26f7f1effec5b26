using System.Text;
using Narrator.Models.Bundles;

namespace Narrator.Models.Tests.Bundles;

/// <summary>The optional pitch_shift and energy_scale inputs of an acoustic model (tiny-prosody has them, tiny has not).</summary>
public sealed class ProsodyControlsTests : IDisposable
{
    private static readonly string Tiny = Path.Combine(AppContext.BaseDirectory, "fixtures", "bundles", "tiny");
    private static readonly string Prosody = Path.Combine(AppContext.BaseDirectory, "fixtures", "bundles", "tiny-prosody");
    private static readonly ExecutionOptions Cpu = new() { Device = ExecutionDevice.Cpu };
    private static readonly long[] Ids = [1, 10, 20, 30, 40, 50, 2];

    private readonly TempDir _temp = new();

    [Fact]
    public void FromDirectory_BundleWithAndWithoutTheInputs_ReportsTheCapability()
    {
        using var with = Load(Prosody);
        using var without = Load(Tiny);

        Assert.True(with.Acoustic.HasProsodyControls);
        Assert.False(without.Acoustic.HasProsodyControls);
    }

    [Fact]
    public void Synthesize_PitchShiftOrEnergyScale_ChangesTheMelButNotItsLength()
    {
        using var bundle = Load(Prosody);
        var speaker = bundle.Manifest.Speakers[0].Embedding;

        var plain = bundle.Acoustic.Synthesize([Ids], speaker, 1f)[0];
        var higher = bundle.Acoustic.Synthesize([Ids], speaker, 1f, pitchShift: 6f)[0];
        var louder = bundle.Acoustic.Synthesize([Ids], speaker, 1f, energyScale: 2f)[0];

        Assert.Equal(plain.Frames, higher.Frames);
        Assert.Equal(plain.Frames, louder.Frames);
        Assert.True(MaxDifference(plain, higher) > 1e-3, "pitch_shift 6 left the mel unchanged");
        Assert.True(MaxDifference(plain, louder) > 1e-3, "energy_scale 2 left the mel unchanged");
    }

    [Fact]
    public void Synthesize_NeutralValues_EqualTheModelsOwnProsody()
    {
        using var bundle = Load(Prosody);
        var speaker = bundle.Manifest.Speakers[0].Embedding;

        var omitted = bundle.Acoustic.Synthesize([Ids], speaker, 1f)[0];
        var neutral = bundle.Acoustic.Synthesize([Ids], speaker, 1f, pitchShift: 0f, energyScale: 1f)[0];
        var shifted = bundle.Acoustic.Synthesize([Ids], speaker, 1f, pitchShift: 6f)[0];
        var back = bundle.Acoustic.Synthesize([Ids], speaker, 1f, pitchShift: 0f)[0];

        Assert.Equal(omitted.Values, neutral.Values);
        Assert.NotEqual(omitted.Values, shifted.Values);
        Assert.Equal(omitted.Values, back.Values);
    }

    [Fact]
    public void Synthesize_PitchOnAModelWithoutControls_FailsNamingTheMissingInputs()
    {
        using var bundle = Load(Tiny);

        var error = Assert.Throws<ModelException>(() => bundle.Acoustic.Synthesize([Ids], bundle.Manifest.Speakers[0].Embedding, 1f, pitchShift: 3f));

        Assert.Contains("acoustic.onnx", error.Message, StringComparison.Ordinal);
        Assert.Contains("no prosody controls", error.Message, StringComparison.Ordinal);
        Assert.Contains("pitch_shift", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("energy_scale", "energy_scalX")]
    [InlineData("pitch_shift", "pitch_shifX")]
    public void FromDirectory_OneProsodyInputWithoutTheOther_NamesTheMissingOne(string input, string renamed)
    {
        var copy = _temp.CopyBundle(Prosody);
        RenameInput(Path.Combine(copy, "acoustic.onnx"), input, renamed);

        var error = Assert.Throws<ModelException>(() => NarratorBundle.FromDirectory(copy, NarratorBundleTests.Inventory(copy), Cpu));

        Assert.Contains($"acoustic.onnx input '{input}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("no such input", error.Message, StringComparison.Ordinal);
        Assert.Contains("takes both 'pitch_shift' and 'energy_scale'", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private static NarratorBundle Load(string folder) => NarratorBundle.FromDirectory(folder, NarratorBundleTests.Inventory(folder), Cpu);

    private static float MaxDifference(MelSpectrogram a, MelSpectrogram b) =>
        a.Values.Zip(b.Values).Max(p => Math.Abs(p.First - p.Second));

    /// <summary>
    /// Renames a graph input everywhere it is named (the input and the nodes reading it). A name of the
    /// same length keeps every protobuf length prefix valid, so the graph stays loadable.
    /// </summary>
    private static void RenameInput(string onnx, string name, string sameLengthName)
    {
        Assert.Equal(name.Length, sameLengthName.Length);
        var bytes = File.ReadAllBytes(onnx);
        var from = Encoding.ASCII.GetBytes(name);
        var to = Encoding.ASCII.GetBytes(sameLengthName);
        var renamed = 0;
        for (var at = bytes.AsSpan().IndexOf(from); at >= 0; at = bytes.AsSpan().IndexOf(from))
        {
            to.CopyTo(bytes, at);
            renamed++;
        }

        Assert.True(renamed > 0, $"{onnx} does not name '{name}'");
        File.WriteAllBytes(onnx, bytes);
    }
}
