namespace Narrator.Rendering.State;

/// <summary>One finished file of a chapter (a chapter over the length limit has several parts) and its measured levels.</summary>
public sealed class ChapterFileState
{
    /// <summary>Relative to the render folder, e.g. "chapters/01 - Title.flac".</summary>
    public string Lossless { get; set; } = string.Empty;

    /// <summary>The MP3, relative to the render folder; null when none was written.</summary>
    public string? Mp3 { get; set; }

    /// <summary>Length in seconds.</summary>
    public double Seconds { get; set; }

    /// <summary>Length in samples, counted on the decoded master when it was measured; 0 in states written before Narrator kept it.</summary>
    public long Samples { get; set; }

    /// <summary>The master's sample rate; 0 in states written before Narrator kept it.</summary>
    public int SampleRate { get; set; }

    /// <summary>RMS level of the whole file, in dBFS.</summary>
    public double RmsDb { get; set; }

    /// <summary>Peak level, in dBFS.</summary>
    public double PeakDb { get; set; }

    /// <summary>Noise floor (RMS of the room-tone head), in dBFS.</summary>
    public double NoiseFloorDb { get; set; }

    /// <summary>Whether the file meets ACX's requirements.</summary>
    public bool PassesAcx { get; set; }

    /// <summary>The ACX limits the file breaks, one sentence each; empty when it passes.</summary>
    public List<string> AcxFailures { get; set; } = [];
}
