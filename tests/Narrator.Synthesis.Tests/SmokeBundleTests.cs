using System.Text.Json;
using Narrator.Models;
using Narrator.Synthesis.Voices;

namespace Narrator.Synthesis.Tests;

/// <summary>The bundle the CPU smoke training exported in this run loads and speaks, with and without a reference.</summary>
[Trait("Tier", "integration")]
[Trait("Needs", "python")]
public sealed class SmokeBundleTests
{

    [SmokeBundleFact]
    public async Task Speak_SmokeTrainedBundle_SpeaksWithItsSpeakers()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(SmokeBundleFactAttribute.Folder, "model.json")));
        var steps = manifest.RootElement.GetProperty("provenance").GetProperty("trainingSteps");
        var reference = new VoiceReference(VoiceKind.NarratorBundle, SmokeBundleFactAttribute.Folder, "smoke");
        var cpu = new ExecutionOptions { Device = ExecutionDevice.Cpu };
        using var stock = Synthesizer.Create(VoiceLoader.Load(reference, cpu));

        var stockAudio = await stock.SynthesizeAllAsync("A smoke test, trained for a few steps.");

        Assert.True(steps.GetProperty("acoustic").GetInt32() > 0);
        Assert.NotEmpty(stockAudio);
        Assert.All(stockAudio, s => Assert.True(float.IsFinite(s)));
    }
}
