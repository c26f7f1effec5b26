namespace Narrator.Rendering.State;

/// <summary>One finished file of a chapter (a chapter over the length limit has several parts) and its measured levels.</summary>
public sealed class ChapterFileState
{
    /// <summary>Relative to the render folder, e.g. "chapters/01 - Title.flac".</summary>
    public string Lossless { get; set; } = string.Empty;

    public string? Mp3 { get; set; }

    public double Seconds { get; set; }

    public double RmsDb { get; set; }

    public double PeakDb { get; set; }

    public double NoiseFloorDb { get; set; }

    public bool PassesAcx { get; set; }

    public List<string> AcxFailures { get; set; } = [];
}
