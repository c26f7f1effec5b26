namespace Narrator.Audio.Mastering;

/// <summary>
/// Two-pass mastering of one chapter held in a seekable stream of 32-bit float samples at
/// <see cref="MasteringOptions.SampleRate"/>. <see cref="Plan"/> reads it block by block to trim
/// silence, split it into parts no longer than the maximum, and find each part's gain (measuring
/// the limited result so the whole file, room tone included, lands on the target RMS);
/// <see cref="Render"/> writes one part as 16-bit PCM. Memory stays bounded by the block size
/// and a 10 ms energy profile.
/// </summary>
public static class ChapterMastering
{
    private const double MaxGainDb = 60;
    private const double ToleranceDb = 0.05;

    /// <summary>Reads the chapter's samples (32-bit float, from the stream's start) and plans its mastering: silence trimmed, parts no longer than the options' maximum, each with the gain that puts it on the target RMS. The stream is read block by block, never whole.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IReadOnlyList<MasteringPart> Plan(Stream samples, MasteringOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var profile = Profile(samples, options.SampleRate, cancellationToken);
        var threshold = (float)Decibels.ToAmplitude(options.SilenceThresholdDb);
        var keep = options.Samples(options.KeepSilence);
        var (start, end) = profile.SoundBounds(0, profile.SampleCount, threshold, keep);
        var parts = new List<MasteringPart>();
        foreach (var (partStart, partEnd) in PartSplitter.Split(profile, start, end, options))
        {
            var (speechStart, speechEnd) = profile.SoundBounds(partStart, partEnd, threshold, keep);
            var gainDb = GainFor(samples, profile, speechStart, speechEnd, options, cancellationToken);
            var length = options.Samples(options.HeadRoomTone) + (speechEnd - speechStart) + options.Samples(options.TailRoomTone);
            parts.Add(new MasteringPart(parts.Count + 1, speechStart, speechEnd, gainDb, length) { HeadSamples = options.Samples(options.HeadRoomTone) });
        }

        return parts;
    }

    /// <summary>Writes the part as mono 16-bit little-endian PCM: room tone, limited speech, room tone.</summary>
    public static void Render(Stream samples, MasteringPart part, MasteringOptions options, Stream pcm16Output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(pcm16Output);
        var tone = new RoomToneGenerator(options.SampleRate, options.RoomToneLevelDb, options.RoomToneSeed + part.Index);
        var bytes = new byte[FloatSampleStream.BlockLength * 2];
        var scratch = new float[FloatSampleStream.BlockLength];
        void Write(ReadOnlySpan<float> block)
        {
            for (var offset = 0; offset < block.Length; offset += scratch.Length)
            {
                var piece = scratch.AsSpan(0, Math.Min(scratch.Length, block.Length - offset));
                block.Slice(offset, piece.Length).CopyTo(piece);
                tone.AddTo(piece);
                Pcm16.Encode(piece, bytes);
                pcm16Output.Write(bytes, 0, piece.Length * 2);
            }
        }

        WriteToneOnly(part.HeadSamples, scratch.Length, Write);
        var limiter = CreateLimiter(options, tone);
        SpeechPass.Run(samples, part.SpeechStart, part.SpeechEnd, (float)Decibels.ToAmplitude(part.GainDb), limiter, Write, cancellationToken);
        WriteToneOnly(options.Samples(options.TailRoomTone), scratch.Length, Write);
    }

    private static void WriteToneOnly(long count, int block, BlockSink write)
    {
        var silence = new float[block];
        for (var done = 0L; done < count; done += block)
        {
            write(silence.AsSpan(0, (int)Math.Min(block, count - done)));
        }
    }

    private static FrameProfile Profile(Stream samples, int sampleRate, CancellationToken cancellationToken)
    {
        var profile = new FrameProfile(sampleRate);
        var buffer = new float[FloatSampleStream.BlockLength];
        var length = FloatSampleStream.Length(samples);
        for (var position = 0L; position < length;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = FloatSampleStream.Read(samples, position, buffer);
            if (count == 0)
            {
                break;
            }

            profile.Add(buffer.AsSpan(0, count));
            position += count;
        }

        profile.Complete();
        return profile;
    }

    private static PeakLimiter CreateLimiter(MasteringOptions options, RoomToneGenerator tone)
    {
        // Room tone is added after the limiter and the samples are rounded to 16 bits: leave room for both.
        var ceiling = Decibels.ToAmplitude(options.PeakCeilingDb) - tone.MaxAmplitude - (1.0 / 32768);
        return new PeakLimiter(options.SampleRate, Decibels.FromAmplitude(ceiling), options.LimiterLookahead, options.LimiterRelease);
    }

    private static double GainFor(Stream samples, FrameProfile profile, long start, long end, MasteringOptions options, CancellationToken cancellationToken)
    {
        var speech = end - start;
        var raw = profile.MeanSquare(start, end);
        if (speech <= 0 || raw <= 0)
        {
            return 0;
        }

        var total = options.Samples(options.HeadRoomTone) + speech + options.Samples(options.TailRoomTone);
        var target = Math.Pow(10, options.TargetRmsDb / 10);
        var toneShare = Math.Pow(10, options.RoomToneLevelDb / 10);
        var wanted = (target - toneShare) * total / speech;
        var gainDb = Math.Min(MaxGainDb, Decibels.FromMeanSquare(wanted / raw));
        var limiter = CreateLimiter(options, new RoomToneGenerator(options.SampleRate, options.RoomToneLevelDb, options.RoomToneSeed));
        var meter = new LevelMeter();
        for (var iteration = 0; iteration < 6; iteration++)
        {
            meter.Reset();
            SpeechPass.Run(samples, start, end, (float)Decibels.ToAmplitude(gainDb), limiter, meter.Add, cancellationToken);
            var errorDb = Decibels.FromMeanSquare(wanted / meter.MeanSquare);
            if (Math.Abs(errorDb) < ToleranceDb || gainDb >= MaxGainDb)
            {
                break;
            }

            gainDb = Math.Min(MaxGainDb, gainDb + Math.Clamp(errorDb * 1.2, -12, 12));
        }

        return gainDb;
    }
}
