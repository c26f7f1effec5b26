using NWaves.Operations;
using NWaves.Signals;

namespace Narrator.Watermark.Tests;

public sealed class WatermarkDetectorTests
{
    private const int Rate = 16000;
    private static readonly WatermarkPayload Payload = new(0xC0FFEE42);

    [Fact]
    public void Detect_MarkedSpeech_FindsPayload()
    {
        var marked = Watermarker.Mark(SpeechLike.Make(20, Rate), Rate, WatermarkKey.Default, Payload);

        var detection = WatermarkDetector.Detect(marked, Rate, WatermarkKey.Default);

        Assert.True(detection.Found, $"score {detection.Score}");
        Assert.Equal(Payload.Value, detection.Payload);
        Assert.True(detection.Confidence > 0.999);
    }

    [Fact]
    public void Detect_UnmarkedSpeech_FindsNothing()
    {
        var detection = WatermarkDetector.Detect(SpeechLike.Make(20, Rate), Rate, WatermarkKey.Default);

        Assert.False(detection.Found, $"score {detection.Score}");
        Assert.Null(detection.Payload);
    }

    [Fact]
    public void Detect_VoiceWithTheMarksOwnRhythm_FindsNothing()
    {
        var voice = SpeechLike.AlternatingVowels(30, Rate);

        var scores = Enumerable.Range(0, 8)
            .Select(i => WatermarkDetector.Detect(voice, Rate, WatermarkKey.FromPassphrase($"key {i}")))
            .ToList();

        Assert.All(scores, d => Assert.False(d.Found, $"{d}"));
        Assert.True(scores.Average(d => d.Score) < 1.5, string.Join(", ", scores.Select(d => d.Score.ToString("0.0"))));
    }

    [Fact]
    public void Detect_WrongKey_FindsNothing()
    {
        var marked = Watermarker.Mark(SpeechLike.Make(20, Rate), Rate, WatermarkKey.FromPassphrase("publisher secret"), Payload);

        Assert.False(WatermarkDetector.Detect(marked, Rate, WatermarkKey.Default).Found);
        Assert.True(WatermarkDetector.Detect(marked, Rate, WatermarkKey.FromPassphrase("publisher secret")).Found);
    }

    [Fact]
    public void Detect_GainTimesTen_FindsPayload()
    {
        var marked = Watermarker.Mark(SpeechLike.Make(20, Rate), Rate, WatermarkKey.Default, Payload);
        var louder = marked.Select(s => s * 10).ToArray();

        Assert.Equal(Payload.Value, WatermarkDetector.Detect(louder, Rate, WatermarkKey.Default).Payload);
    }

    [Fact]
    public void Detect_ThreeSecondExcerpt_FindsMark()
    {
        // Presence from 3 s: an unmoved excerpt is judged as one alignment first, not as one of the
        // hundreds the pitch and speed search tries, so its score is not divided among them.
        var marked = Watermarker.Mark(SpeechLike.Make(10, Rate, seed: 7), Rate, WatermarkKey.Default, Payload);

        var detection = WatermarkDetector.Detect(marked.AsSpan(Rate / 3, 3 * Rate), Rate, WatermarkKey.Default);

        Assert.True(detection.Found && detection.Payload is null or 0xC0FFEE42u, $"{detection}");
    }

    [Theory]
    [InlineData(16000, 44100)]
    [InlineData(22050, 48000)]
    public void Detect_Resampled_FindsPayload(int embedRate, int fileRate)
    {
        var marked = Watermarker.Mark(SpeechLike.Make(20, embedRate), embedRate, WatermarkKey.Default, Payload);
        var resampled = new Resampler().Resample(new DiscreteSignal(embedRate, marked), fileRate).Samples;

        var detection = WatermarkDetector.Detect(resampled, fileRate, WatermarkKey.Default);

        Assert.Equal(Payload.Value, detection.Payload);
    }

    [Fact]
    public void Detect_ExcerptOfRestartedCalls_FindsPayload()
    {
        // A chapter is many synthesis calls, each marked from position 0, then cut at an odd offset.
        var chapter = Enumerable.Range(0, 10)
            .SelectMany(i => Watermarker.Mark(SpeechLike.Make(2.5 + (0.37 * i), Rate, seed: i), Rate, WatermarkKey.Default, Payload))
            .ToArray();
        var excerpt = chapter.AsSpan(4321, 20 * Rate);

        var detection = WatermarkDetector.Detect(excerpt, Rate, WatermarkKey.Default);

        Assert.True(detection.Payload == Payload.Value, $"{detection}");
    }

    [Fact]
    public void Detect_ShortCallsMarkedForTheirPlaces_FindsPayloadWhereCallsMarkedAloneCancel()
    {
        // Five sentences of about 2.5 s, each its own synthesis call, joined end to end: a detector window of about
        // four seconds spans two calls, and marked from 0 each call's sign pattern meets the next one's out of phase.
        double[] seconds = [2.58, 2.48, 2.61, 1.42, 2.74];
        var calls = seconds.Select((s, i) => SpeechLike.Make(s, Rate, seed: 20 + i)).ToList();
        var alone = calls.SelectMany(c => Watermarker.Mark(c, Rate, WatermarkKey.Default, Payload)).ToArray();
        var placed = new List<float>();
        foreach (var call in calls)
        {
            placed.AddRange(Watermarker.Mark(call, Rate, WatermarkKey.Default, Payload, position: placed.Count));
        }

        var joinedAlone = WatermarkDetector.Detect(alone, Rate, WatermarkKey.Default);
        var joinedPlaced = WatermarkDetector.Detect(placed.ToArray(), Rate, WatermarkKey.Default);

        Assert.True(joinedPlaced.Payload == Payload.Value, $"{joinedPlaced}");
        Assert.True(joinedPlaced.Score > joinedAlone.Score + 3, $"placed {joinedPlaced.Score}, alone {joinedAlone.Score}");
    }

    [Theory]
    [InlineData(1.1)]
    [InlineData(0.9)]
    public void Detect_PlayedTenPercentFasterOrSlower_FindsPayload(double speed)
    {
        // Played at another rate: every frequency and the rhythm of the mark move together.
        var marked = Watermarker.Mark(SpeechLike.Make(20, Rate), Rate, WatermarkKey.Default, Payload);
        var played = new Resampler().Resample(new DiscreteSignal((int)(Rate * speed), marked), Rate).Samples;

        var detection = WatermarkDetector.Detect(played, Rate, WatermarkKey.Default);

        Assert.True(detection.Payload == Payload.Value, $"{detection}");
    }

    [Fact]
    public void Detect_TelephoneBandAtMuLaw_ReadsPayload()
    {
        // 300-3400 Hz at 8 kHz, 8-bit mu-law: the channel of a phone line, on a 10 s clip.
        var marked = Watermarker.Mark(SpeechLike.Make(10, Rate), Rate, WatermarkKey.Default, Payload);
        var band = new NWaves.Filters.Base.FirFilter(NWaves.Filters.Fda.DesignFilter.FirWinBp(255, 300.0 / Rate, 3400.0 / Rate)).ApplyTo(new DiscreteSignal(Rate, marked));
        var phone = MuLaw(new Resampler().Resample(band, 8000).Samples);

        var detection = WatermarkDetector.Detect(phone, 8000, WatermarkKey.Default);

        Assert.True(detection.Found && detection.Payload == Payload.Value, $"{detection}");
    }

    [Fact]
    public void Detect_ResampledTo8kHz_ScoresLikeTheSameBandAt16kHz()
    {
        // Upsampled inside the detector, an 8 kHz file's band above 4 kHz holds mirror images of the
        // marked band below (the resampler lets them through at about -34 dB): read as cells, they
        // contradicted the cells they mirror and took half the score.
        var marked = Watermarker.Mark(SpeechLike.Make(10, Rate), Rate, WatermarkKey.Default, Payload);
        var lowPassed = new NWaves.Filters.Base.FirFilter(NWaves.Filters.Fda.DesignFilter.FirWinLp(255, 3800.0 / Rate)).ApplyTo(new DiscreteSignal(Rate, marked)).Samples;
        var narrow = new Resampler().Resample(new DiscreteSignal(Rate, marked), 8000).Samples;

        var sameBand = WatermarkDetector.Detect(lowPassed, Rate, WatermarkKey.Default);
        var at8kHz = WatermarkDetector.Detect(narrow, 8000, WatermarkKey.Default);

        Assert.True(at8kHz.Score >= 0.7 * sameBand.Score, $"8 kHz {at8kHz.Score:0.0}, the same band at 16 kHz {sameBand.Score:0.0}");
    }

    // G.711-style companding to 8 bits and back.
    private static float[] MuLaw(float[] samples) => samples.Select(x =>
    {
        var y = Math.Sign(x) * Math.Log(1 + (255 * Math.Min(1, Math.Abs(x)))) / Math.Log(256);
        var q = Math.Round(y * 127) / 127;
        return (float)(Math.Sign(q) * (Math.Pow(256, Math.Abs(q)) - 1) / 255);
    }).ToArray();
}
