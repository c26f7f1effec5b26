namespace Narrator.Watermark.Tests;

public sealed class WatermarkScannerTests
{
    private const int Rate = 16000;
    private static readonly WatermarkPayload Payload = new(0xC0FFEE42);

    [Fact]
    public void Finish_RecordingOfOneSegmentInIrregularBlocks_IsTheDetectionOfTheWhole()
    {
        var marked = Watermarker.Mark(SpeechLike.Make(20, Rate), Rate, WatermarkKey.Default, Payload);
        var scanner = new WatermarkScanner(WatermarkKey.Default);

        scanner.Start(Rate);
        for (var (start, size) = (0, 1); start < marked.Length; (start, size) = (start + size, (size * 7) + 1))
        {
            scanner.Write(marked.AsSpan(start, Math.Min(size, marked.Length - start)));
        }

        Assert.Equal(WatermarkDetector.Detect(marked, Rate, WatermarkKey.Default), scanner.Finish());
        Assert.Equal(TimeSpan.Zero, scanner.BestSegmentStart);
    }

    [Fact]
    public void Finish_MarkedMinuteAfterFiveUnmarkedMinutes_FindsItInALateSegment()
    {
        var natural = SpeechLike.Make(30, Rate, seed: 3);
        var unmarked = Enumerable.Repeat(natural, 10).SelectMany(clip => clip).ToArray();
        float[] recording = [.. unmarked, .. Watermarker.Mark(SpeechLike.Make(60, Rate, seed: 5), Rate, WatermarkKey.Default, Payload)];

        var (detection, start) = Scan(recording);
        var whole = WatermarkDetector.Detect(recording, Rate, WatermarkKey.Default);

        Assert.True(detection.Found, $"score {detection.Score}");
        Assert.Equal(Payload.Value, detection.Payload);
        Assert.InRange(start, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5));
        Assert.True(detection.Score > whole.Score, $"a segment scores {detection.Score:0.0}, the whole recording {whole.Score:0.0}: the mark is diluted by the unmarked minutes");
        Assert.False(Scan(unmarked).Detection.Found, "the unmarked five minutes alone");
    }

    private static (WatermarkDetection Detection, TimeSpan Start) Scan(float[] recording)
    {
        var scanner = new WatermarkScanner(WatermarkKey.Default);
        scanner.Start(Rate);
        for (var start = 0; start < recording.Length; start += 16384)
        {
            scanner.Write(recording.AsSpan(start, Math.Min(16384, recording.Length - start)));
        }

        return (scanner.Finish(), scanner.BestSegmentStart);
    }
}
