using System.Buffers.Binary;
using Narrator.Core;

namespace Narrator.Audio.Tests;

/// <summary>WAV headers that lie: each must fail as bad input naming the file, never run out of memory or overflow.</summary>
public sealed class WavHeaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("narrator wav ü-").FullName;

    [Theory]
    [InlineData(8, 3200)]
    [InlineData(16, 1600)]
    public void Read_AbsurdDataSize_ReadsTheSamplesThatExist(int bits, int expected)
    {
        var path = Write("huge.wav", channels: 1, bits: bits, dataSize: 0xFFFF_FFF0, samples: 1600);

        var (samples, rate) = WavFile.Read(path);

        Assert.Equal(16000, rate);
        Assert.Equal(expected, samples.Length);
    }

    [Theory]
    [InlineData(0x7FFF_FFF0u)]
    [InlineData(0xFFFF_FFF0u)]
    [InlineData(0x1000_0000u)]
    public void Read_AbsurdFormatChunkSize_FailsAsBadInputNamingTheFile(uint formatSize)
    {
        var path = Write("fmt.wav", channels: 1, bits: 16, dataSize: 3200, samples: 1600, formatSize: formatSize);

        var error = Assert.Throws<AudioException>(() => WavFile.Read(path));

        Assert.Equal(ErrorKind.BadInput, error.Kind);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(65535, 16, "channels")]
    [InlineData(0, 16, "channels")]
    [InlineData(1, 7, "bits")]
    [InlineData(1, 0, "bits")]
    public void Read_ImplausibleFormat_FailsAsBadInputNamingTheFileAndTheValue(int channels, int bits, string what)
    {
        var path = Write("odd.wav", channels, bits, dataSize: 3200, samples: 1600);

        var error = Assert.Throws<AudioException>(() => WavFile.Read(path));

        Assert.Equal(ErrorKind.BadInput, error.Kind);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains(what, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ZeroSampleRate_FailsAsBadInput()
    {
        var path = Write("still.wav", channels: 1, bits: 16, dataSize: 3200, samples: 1600, sampleRate: 0);

        var error = Assert.Throws<AudioException>(() => WavFile.Read(path));

        Assert.Contains("sample rate", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A canonical 44-byte header with the given fields, then <paramref name="samples"/> 16-bit zeros.</summary>
    private string Write(string name, int channels, int bits, uint dataSize, int samples, int sampleRate = 16000, uint formatSize = 16)
    {
        var header = new byte[44];
        "RIFF"u8.CopyTo(header);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), 36 + (uint)(samples * 2));
        "WAVEfmt "u8.CopyTo(header.AsSpan(8));
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(16), formatSize);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(20), 1);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(22), (ushort)channels);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(24), (uint)sampleRate);
        var blockAlign = (ushort)(channels * ((bits + 7) / 8));
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(28), (uint)(sampleRate * blockAlign));
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(32), blockAlign);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(34), (ushort)bits);
        "data"u8.CopyTo(header.AsSpan(36));
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(40), dataSize);
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, [.. header, .. new byte[samples * 2]]);
        return path;
    }
}
