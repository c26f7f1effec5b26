using Narrator.Core;

namespace Narrator.Models.Tests;

// The test machine has no CUDA and the tests reference the CPU-only runtime.
public sealed class OnnxSessionFactoryTests
{
    [Fact]
    public void Create_Cpu_RunsOnCpuWithOneAttempt()
    {
        using var session = OnnxSessionFactory.Create(Fixtures.SingleSpeaker, new ExecutionOptions { Device = ExecutionDevice.Cpu });

        Assert.Equal("CPU", session.ExecutionProvider);
        Assert.Equal([new ProviderAttempt("CPU", true, null)], session.Attempts);
        Assert.Equal("CPU", session.Describe());
    }

    [Fact]
    public void Create_AutoWithoutCuda_FallsBackToCpuAndSaysWhy()
    {
        using var session = OnnxSessionFactory.Create(Fixtures.SingleSpeaker);

        Assert.Equal("CPU", session.ExecutionProvider);
        Assert.Equal(2, session.Attempts.Count);
        Assert.Equal("CUDA", session.Attempts[0].Provider);
        Assert.False(session.Attempts[0].Succeeded);
        Assert.False(string.IsNullOrWhiteSpace(session.Attempts[0].Failure));
        Assert.StartsWith("CPU (CUDA unavailable: ", session.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_CudaOnTheCpuOnlyRuntime_SaysHowToGetTheCudaBuild()
    {
        var options = new ExecutionOptions { Device = ExecutionDevice.Cuda };

        var e = Assert.Throws<ModelException>(() => OnnxSessionFactory.Create(Fixtures.SingleSpeaker, options));

        Assert.Contains("for the CPU only", e.Message, StringComparison.Ordinal);
        Assert.Contains("-p:UseCudaRuntime=true", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_CudaWithoutCuda_ModelExceptionNamesCudaAndTheWayOut()
    {
        var options = new ExecutionOptions { Device = ExecutionDevice.Cuda };

        var e = Assert.Throws<ModelException>(() => OnnxSessionFactory.Create(Fixtures.SingleSpeaker, options));

        Assert.Contains("CUDA", e.Message, StringComparison.Ordinal);
        Assert.Contains("--device cpu", e.Message, StringComparison.Ordinal);
        Assert.Contains("en_US-tiny-x_low.onnx", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_InvalidOptions_RejectedBeforeLoading()
    {
        var e = Assert.Throws<ModelException>(() =>
            OnnxSessionFactory.Create(Fixtures.SingleSpeaker, new ExecutionOptions { IntraOpThreads = -4 }));

        Assert.Contains("IntraOpThreads", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_MissingFile_BadInputNamingIt()
    {
        using var dir = new TempDir();
        var path = dir.File("missing.onnx");

        var e = Assert.Throws<ModelException>(() => OnnxSessionFactory.Create(path));

        Assert.Equal(ErrorKind.BadInput, e.Kind);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_GarbageBytes_BadInputNamingFile()
    {
        using var dir = new TempDir();
        var path = dir.File("garbage.onnx");
        File.WriteAllBytes(path, [.. Enumerable.Range(0, 4096).Select(i => (byte)((i * 7919) % 251))]);

        var e = Assert.Throws<ModelException>(() => OnnxSessionFactory.Create(path, new ExecutionOptions { Device = ExecutionDevice.Cpu }));

        Assert.Equal(ErrorKind.BadInput, e.Kind);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }
}
