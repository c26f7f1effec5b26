using Narrator.Audio.Features;

namespace Narrator.Evaluation;

/// <summary>Where a voice's pitch sits and how widely it moves over one utterance.</summary>
/// <param name="MedianHz">Median F0 of the voiced frames; NaN when none is voiced.</param>
/// <param name="RangeSemitones">Span from the 5th to the 95th percentile of the voiced frames' F0, in semitones; NaN with fewer than two voiced frames.</param>
internal sealed record PitchFigures(double MedianHz, double RangeSemitones)
{
    public static PitchFigures Of(PitchTrack track)
    {
        var voiced = track.Hertz.Where(f => f > 0).ToList();
        var range = voiced.Count < 2 ? double.NaN : 12 * Math.Log2(CalibrationReport.Percentile(voiced, 95) / CalibrationReport.Percentile(voiced, 5));
        return new PitchFigures(track.MedianHz, range);
    }
}
