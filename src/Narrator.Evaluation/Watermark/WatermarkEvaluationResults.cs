using Narrator.Watermark;

namespace Narrator.Evaluation;

/// <summary>The figures <c>evaluate watermark</c> collects.</summary>
public sealed class WatermarkEvaluationResults
{
    public Dictionary<string, List<(string Item, bool Found, bool PayloadRight, bool PayloadWrong, double Score)>> Attacks { get; } = [];

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

    public void Add(string attack, string item, bool found, bool payloadRight, bool payloadWrong, double score)
    {
        if (!Attacks.TryGetValue(attack, out var list))
        {
            Attacks[attack] = list = [];
        }

        list.Add((item, found, payloadRight, payloadWrong, score));
    }

    public void AddUnmarked(WatermarkDetection detection)
    {
        UnmarkedScores.Add(detection.Score);
        FalsePositives += detection.Found ? 1 : 0;
    }
}
