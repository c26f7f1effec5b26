namespace Narrator.Models.Tests;

public sealed class ExecutionOptionsTests
{
    [Fact]
    public void Default_AutoDeviceHeuristicSearch_IsValid()
    {
        var options = new ExecutionOptions();

        Assert.Equal(ExecutionDevice.Auto, options.Device);
        Assert.Equal(CudnnConvAlgoSearch.Heuristic, options.Cuda.CudnnConvAlgoSearch);
        Assert.Empty(options.Errors());
    }

    [Fact]
    public void Validate_SeveralProblems_OneExceptionListsAll()
    {
        var options = new ExecutionOptions
        {
            IntraOpThreads = -1,
            CudaDeviceId = -2,
            Cuda = new CudaOptions { GpuMemoryLimitBytes = 0 },
        };

        var e = Assert.Throws<ModelException>(options.Validate);

        Assert.Contains("IntraOpThreads", e.Message, StringComparison.Ordinal);
        Assert.Contains("CudaDeviceId", e.Message, StringComparison.Ordinal);
        Assert.Contains("GpuMemoryLimitBytes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CudaOptions_ToProviderOptions_UsesOnnxRuntimeNamesAndExtraWins()
    {
        var cuda = new CudaOptions
        {
            CudnnConvAlgoSearch = CudnnConvAlgoSearch.Exhaustive,
            GpuMemoryLimitBytes = 2_000_000_000,
            ArenaExtendStrategy = ArenaExtendStrategy.SameAsRequested,
            DoCopyInDefaultStream = false,
            Extra = new Dictionary<string, string> { ["use_tf32"] = "0", ["device_id"] = "3" },
        };

        var options = cuda.ToProviderOptions(deviceId: 1);

        Assert.Equal("EXHAUSTIVE", options["cudnn_conv_algo_search"]);
        Assert.Equal("2000000000", options["gpu_mem_limit"]);
        Assert.Equal("kSameAsRequested", options["arena_extend_strategy"]);
        Assert.Equal("0", options["do_copy_in_default_stream"]);
        Assert.Equal("0", options["use_tf32"]);
        Assert.Equal("3", options["device_id"]);
    }

    [Fact]
    public void CudaOptions_Defaults_OnlyHeuristicSearchAndDevice()
    {
        var options = new CudaOptions().ToProviderOptions(deviceId: 0);

        Assert.Equal(new Dictionary<string, string> { ["device_id"] = "0", ["cudnn_conv_algo_search"] = "HEURISTIC" }, options);
    }
}
