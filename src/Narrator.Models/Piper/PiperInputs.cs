using System.Buffers;
using Microsoft.ML.OnnxRuntime;

namespace Narrator.Models.Piper;

// Builds Piper's input tensors over pooled buffers (pinned by OrtValue), runs the session, copies
// each output row out, and disposes every OrtValue right after the call. A model rewritten for
// reproducible noise also takes one seed per row (PiperNoiseSeed of that row's ids and settings).
internal static class PiperInputs
{
    private static readonly string[] OutputNames = [PiperModelContract.Output];

    public static void CheckIds(IReadOnlyList<IReadOnlyList<long>> utterances, int numSymbols, string voiceName)
    {
        for (var i = 0; i < utterances.Count; i++)
        {
            var ids = utterances[i] ?? throw new ArgumentException($"Utterance {i} is null.", nameof(utterances));
            if (ids.Count == 0)
                throw new ModelException($"Utterance {i} has no phoneme ids; {voiceName} needs at least one.");
            foreach (var id in ids.Where(id => id < 0 || id >= numSymbols))
                throw new ModelException($"Utterance {i} has phoneme id {id}, outside {voiceName}'s symbol table 0..{numSymbols - 1}.");
        }
    }

    public static float[][] Run(
        InferenceSession session,
        IReadOnlyList<IReadOnlyList<long>> utterances,
        long padId,
        (float NoiseScale, float LengthScale, float NoiseW, long SpeakerId) settings,
        bool sidPerItem,
        bool hasSid,
        bool seeded,
        bool trim)
    {
        var batch = utterances.Count;
        var width = utterances.Max(u => u.Count);
        var sidCount = sidPerItem ? batch : 1;
        var ids = ArrayPool<long>.Shared.Rent(batch * width);
        var lengths = ArrayPool<long>.Shared.Rent(batch);
        var sid = ArrayPool<long>.Shared.Rent(sidCount);
        var scales = ArrayPool<float>.Shared.Rent(3);
        var seeds = ArrayPool<long>.Shared.Rent(batch);
        try
        {
            Array.Fill(ids, padId, 0, batch * width);
            for (var b = 0; b < batch; b++)
            {
                var row = utterances[b];
                for (var t = 0; t < row.Count; t++)
                    ids[(b * width) + t] = row[t];
                lengths[b] = row.Count;
                seeds[b] = seeded ? PiperNoiseSeed.For(row, settings) : 0;
            }

            Array.Fill(sid, settings.SpeakerId, 0, sidCount);
            (scales[0], scales[1], scales[2]) = (settings.NoiseScale, settings.LengthScale, settings.NoiseW);

            var memory = OrtMemoryInfo.DefaultInstance;
            using var idsValue = OrtValue.CreateTensorValueFromMemory(memory, ids.AsMemory(0, batch * width), [batch, width]);
            using var lengthsValue = OrtValue.CreateTensorValueFromMemory(memory, lengths.AsMemory(0, batch), [batch]);
            using var scalesValue = OrtValue.CreateTensorValueFromMemory(memory, scales.AsMemory(0, 3), [3]);
            using var sidValue = OrtValue.CreateTensorValueFromMemory(memory, sid.AsMemory(0, sidCount), [sidCount]);
            using var seedsValue = OrtValue.CreateTensorValueFromMemory(memory, seeds.AsMemory(0, batch), [batch]);
            List<string> names = [PiperModelContract.Input, PiperModelContract.InputLengths, PiperModelContract.Scales];
            List<OrtValue> values = [idsValue, lengthsValue, scalesValue];
            if (hasSid)
            {
                names.Add(PiperModelContract.Sid);
                values.Add(sidValue);
            }

            if (seeded)
            {
                names.Add(Onnx.SeededNoiseRewrite.SeedsInput);
                values.Add(seedsValue);
            }

            using var runOptions = new RunOptions();
            using var outputs = session.Run(runOptions, names, values, OutputNames);
            return Rows(outputs[0], batch, trim);
        }
        finally
        {
            ArrayPool<long>.Shared.Return(ids);
            ArrayPool<long>.Shared.Return(lengths);
            ArrayPool<long>.Shared.Return(sid);
            ArrayPool<float>.Shared.Return(scales);
            ArrayPool<long>.Shared.Return(seeds);
        }
    }

    private static float[][] Rows(OrtValue output, int batch, bool trim)
    {
        var shape = output.GetTensorTypeAndShape().Shape;
        var data = output.GetTensorDataAsSpan<float>();
        if (shape.Length != 3 || shape[0] != batch)
            throw new ModelException($"Piper model returned output of shape [{string.Join(", ", shape)}]; expected [{batch}, 1, samples].", Narrator.Core.ErrorKind.Internal);
        var rowLength = checked((int)(shape[1] * shape[2]));
        var rows = new float[batch][];
        for (var b = 0; b < batch; b++)
        {
            var row = data.Slice(b * rowLength, rowLength);
            rows[b] = (trim ? row[..TrimmedLength(row)] : row).ToArray();
        }

        return rows;
    }

    private static int TrimmedLength(ReadOnlySpan<float> row)
    {
        var end = row.Length;
        while (end > 0 && Math.Abs(row[end - 1]) <= PiperVoice.BatchTrimLevel)
            end--;
        return end;
    }
}
