using System.Buffers;
using System.Buffers.Binary;
using Narrator.Audio;

namespace Narrator.Server;

/// <summary>
/// Streams mono 16-bit PCM WAV: the header first, with the RIFF and data lengths set to the largest
/// value (the length is not known until the end, and players read such a stream to its end), then each
/// chunk of samples as it comes.
/// </summary>
internal sealed class WavEncoder(Stream body, int sampleRate) : IResponseEncoder
{
    /// <summary>What a streamed WAV's RIFF and data chunk sizes say: unknown, read to the end.</summary>
    public const uint OpenLength = uint.MaxValue;

    private bool _started;

    public async Task WriteAsync(ReadOnlyMemory<float> samples, CancellationToken cancellationToken)
    {
        if (!_started)
        {
            _started = true;
            await body.WriteAsync(Header(sampleRate), cancellationToken).ConfigureAwait(false);
        }

        var bytes = ArrayPool<byte>.Shared.Rent(samples.Length * 2);
        try
        {
            Pcm16.Encode(samples.Span, bytes);
            await body.WriteAsync(bytes.AsMemory(0, samples.Length * 2), cancellationToken).ConfigureAwait(false);
            await body.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    public Task CompleteAsync(CancellationToken cancellationToken) =>
        _started ? Task.CompletedTask : WriteAsync(ReadOnlyMemory<float>.Empty, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    internal static byte[] Header(int sampleRate)
    {
        var header = new byte[44];
        var span = header.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], OpenLength);
        "WAVEfmt "u8.CopyTo(span[8..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(span[20..], 1);
        BinaryPrimitives.WriteInt16LittleEndian(span[22..], 1);
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], sampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(span[28..], sampleRate * 2);
        BinaryPrimitives.WriteInt16LittleEndian(span[32..], 2);
        BinaryPrimitives.WriteInt16LittleEndian(span[34..], 16);
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[40..], OpenLength);
        return header;
    }
}
