namespace Narrator.Audio.Mastering;

/// <summary>Splits a long chapter at quiet points so that no part, room tone included, exceeds the maximum.</summary>
internal static class PartSplitter
{
    public static IEnumerable<(long Start, long End)> Split(FrameProfile profile, long start, long end, MasteringOptions options)
    {
        var roomTone = options.Samples(options.HeadRoomTone) + options.Samples(options.TailRoomTone);
        var maxSpeech = options.Samples(options.MaxPartDuration) - roomTone;
        var search = Math.Min(options.SampleRate * 60L, maxSpeech / 4);
        var cursor = start;
        while (end - cursor > maxSpeech)
        {
            var limit = cursor + maxSpeech;
            var split = profile.QuietestPoint(limit - search, limit);
            yield return (cursor, split);
            cursor = split;
        }

        yield return (cursor, end);
    }
}
