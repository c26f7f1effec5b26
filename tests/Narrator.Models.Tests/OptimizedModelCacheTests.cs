using Narrator.Models.Piper;

namespace Narrator.Models.Tests;

/// <summary>ONNX Runtime's optimized graphs kept on disk (<see cref="ExecutionOptions.OptimizedModelCache"/>).</summary>
public sealed class OptimizedModelCacheTests : IDisposable
{
    private static readonly PiperSynthesisSettings Quiet = new() { NoiseScale = 0, NoiseW = 0 };
    private readonly TempDir _temp = new();

    public void Dispose() => _temp.Dispose();

    private ExecutionOptions Cached(string folder) => new() { Device = ExecutionDevice.Cpu, OptimizedModelCache = folder };

    [Fact]
    public void Create_SecondLoad_IsServedFromTheEntryTheFirstStored()
    {
        var folder = _temp.File("cache");
        var uses = new List<CacheUse>();
        for (var i = 0; i < 2; i++)
        {
            using var session = OnnxSessionFactory.Create(Fixtures.SingleSpeaker, Cached(folder));
            uses.Add(session.CacheUse);
        }

        Assert.Equal([CacheUse.Stored, CacheUse.Hit], uses);
        Assert.Single(Directory.GetFiles(folder, "*.onnx"));
        Assert.Empty(Directory.GetFiles(folder, "*.partial"));
    }

    [Theory]
    [InlineData("flipped")]
    [InlineData("truncated")]
    [InlineData("empty")]
    public void Create_DamagedEntry_IsMadeAgainAndTheVoiceSpeaksAsWithoutTheCache(string damage)
    {
        var folder = _temp.File("cache");
        using (var first = PiperVoice.FromFile(Fixtures.SingleSpeaker, Cached(folder)))
        {
            Assert.Equal(CacheUse.Stored, first.CacheUse);
        }

        var entry = Assert.Single(Directory.GetFiles(folder, "*.onnx"));
        var bytes = File.ReadAllBytes(entry);
        File.WriteAllBytes(entry, damage switch
        {
            "flipped" => [.. bytes[..(bytes.Length / 2)], (byte)(bytes[bytes.Length / 2] ^ 0x40), .. bytes[((bytes.Length / 2) + 1)..]],
            "truncated" => bytes[..(bytes.Length / 3)],
            _ => [],
        });

        using var cached = PiperVoice.FromFile(Fixtures.SingleSpeaker, Cached(folder));
        using var plain = PiperVoice.FromFile(Fixtures.SingleSpeaker, new ExecutionOptions { Device = ExecutionDevice.Cpu });
        using var again = PiperVoice.FromFile(Fixtures.SingleSpeaker, Cached(folder));

        Assert.Equal(CacheUse.Rebuilt, cached.CacheUse);
        Assert.Equal(CacheUse.Hit, again.CacheUse);
        var ids = plain.PhonemesToIds([.. "h\u0259l\u02c8o\u028a".EnumerateRunes().Select(r => r.ToString())]);
        Assert.Equal(plain.Synthesize(ids, Quiet), cached.Synthesize(ids, Quiet));
        Assert.Equal(plain.Synthesize(ids, Quiet), again.Synthesize(ids, Quiet));
        Assert.Single(Directory.GetFiles(folder, "*.onnx"));
    }

    [Fact]
    public void Create_CacheFolderIsAFile_LoadsWithoutTheCache()
    {
        var notAFolder = _temp.File("cache");
        File.WriteAllText(notAFolder, "a file where the folder should be");

        using var session = OnnxSessionFactory.Create(Fixtures.SingleSpeaker, Cached(notAFolder));

        Assert.Equal(CacheUse.Unavailable, session.CacheUse);
        Assert.Equal("CPU", session.ExecutionProvider);
        Assert.Equal("a file where the folder should be", File.ReadAllText(notAFolder));
    }

    [Fact]
    public void Create_NoCacheFolder_UsesNone()
    {
        using var session = OnnxSessionFactory.Create(Fixtures.SingleSpeaker, new ExecutionOptions { Device = ExecutionDevice.Cpu });

        Assert.Equal(CacheUse.None, session.CacheUse);
    }

    [Fact]
    public void Validate_EmptyCacheFolder_NamesTheOption()
    {
        var e = Assert.Throws<ModelException>(() => new ExecutionOptions { OptimizedModelCache = " " }.Validate());

        Assert.Contains("OptimizedModelCache", e.Message, StringComparison.Ordinal);
    }
}
