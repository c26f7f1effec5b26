using System.Diagnostics;

namespace Narrator.Synthesis.Benchmarking;

/// <summary>
/// Where a synthesizer's time went: the text frontend, the voice's models and the watermark, summed
/// over every call since it was created or last <see cref="Reset"/>. Safe to read while it speaks.
/// </summary>
public sealed class StageTimes
{
    private long _frontend;
    private long _model;
    private long _watermark;

    internal StageTimes()
    {
    }

    /// <summary>Normalization and phonemization of each utterance.</summary>
    public TimeSpan Frontend => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _frontend));

    /// <summary>The voice's models (acoustic model and vocoder, or an end-to-end model).</summary>
    public TimeSpan Model => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _model));

    /// <summary>Marking the audio.</summary>
    public TimeSpan Watermark => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _watermark));

    /// <summary>Starts counting from zero again.</summary>
    public void Reset()
    {
        Interlocked.Exchange(ref _frontend, 0);
        Interlocked.Exchange(ref _model, 0);
        Interlocked.Exchange(ref _watermark, 0);
    }

    internal T TimeFrontend<T>(Func<T> work) => Time(ref _frontend, work);

    internal T TimeModel<T>(Func<T> work) => Time(ref _model, work);

    internal T TimeWatermark<T>(Func<T> work) => Time(ref _watermark, work);

    private static T Time<T>(ref long total, Func<T> work)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return work();
        }
        finally
        {
            Interlocked.Add(ref total, Stopwatch.GetTimestamp() - start);
        }
    }
}
