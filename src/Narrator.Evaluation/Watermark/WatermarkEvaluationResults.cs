using Narrator.Watermark;

namespace Narrator.Evaluation;

/// <summary>The figures <c>evaluate watermark</c> collects.</summary>
public sealed class WatermarkEvaluationResults
{
    /// <summary>Per attack, each marked natural clip's outcome.</summary>
    public Dictionary<string, List<(string Item, bool Found, bool PayloadRight, bool PayloadWrong, double Score)>> Attacks { get; } = [];

    /// <summary>Per attack, each clip of Narrator's own output (empty without a synthesizer).</summary>
    public Dictionary<string, List<(string Item, bool Found, bool PayloadRight, bool PayloadWrong, double Score)>> OwnOutputAttacks { get; } = [];

    /// <summary>The voice whose output <see cref="OwnOutputAttacks"/> measured.</summary>
    public string? OwnOutputVoice { get; set; }

    /// <summary>Per marked recording: the mark's level against the speech, overall, segmental and per band.</summary>
    public List<MarkLevel> Levels { get; } = [];

    public List<double> UnmarkedScores { get; } = [];

    public int FalsePositives { get; private set; }

    public double EmbedSeconds { get; set; }

    public double AudioSeconds { get; set; }

    public double CpuRtf { get; set; }

    public double EmbedMsPerSecond => 1000 * EmbedSeconds / AudioSeconds;

    /// <summary>Embedding time as a share of a CPU synthesis at <see cref="CpuRtf"/>.</summary>
    public double EmbedPercentOfSynthesis => 100 * (EmbedSeconds / AudioSeconds) / CpuRtf;

    public void Add(string attack, string item, WatermarkDetection detection, WatermarkPayload payload) => Add(Attacks, attack, item, detection, payload);

    public void AddOwnOutput(string attack, string item, WatermarkDetection detection, WatermarkPayload payload) => Add(OwnOutputAttacks, attack, item, detection, payload);

    public void AddUnmarked(WatermarkDetection detection)
    {
        UnmarkedScores.Add(detection.Score);
        FalsePositives += detection.Found ? 1 : 0;
    }

    private static void Add(Dictionary<string, List<(string Item, bool Found, bool PayloadRight, bool PayloadWrong, double Score)>> rows, string attack, string item, WatermarkDetection detection, WatermarkPayload payload)
    {
        if (!rows.TryGetValue(attack, out var list))
        {
            rows[attack] = list = [];
        }

        list.Add((item, detection.Found, detection.Payload == payload.Value, detection.Payload is { } read && read != payload.Value, detection.Score));
    }
}
