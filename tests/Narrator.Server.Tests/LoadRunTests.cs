namespace Narrator.Server.Tests;

[Trait("Tier", "integration")]
[Trait("Needs", "espeak-ng")]
public sealed class LoadRunTests
{
    [Fact]
    public async Task Run_HealthyServer_CountsRequestsAndSamplesMemory()
    {
        await using var host = await TestServerHost.StartAsync();

        var report = await LoadRun.RunAsync(host.Client, new LoadSettings { Clients = 3, Duration = TimeSpan.FromSeconds(2), Voice = "tiny" }, CancellationToken.None);

        Assert.Equal(0, report.Errors);
        Assert.True(report.Requests >= 3, $"{report.Requests} requests");
        Assert.InRange(report.FirstByteP50, TimeSpan.FromTicks(1), report.CompleteP95);
        Assert.True(report.AudioBytes > report.Requests * 44L);
        Assert.NotEmpty(report.MemoryMiB);
        Assert.All(report.MemoryMiB, m => Assert.True(m > 1));
    }

    [Fact]
    public async Task Run_RefusedRequests_CountedAsErrorsWithTheServersMessage()
    {
        await using var host = await TestServerHost.StartAsync();

        var report = await LoadRun.RunAsync(host.Client, new LoadSettings { Clients = 2, Duration = TimeSpan.FromSeconds(1), Voice = "alloy" }, CancellationToken.None);

        Assert.Equal(report.Requests, report.Errors);
        Assert.Contains(report.ErrorSamples, e => e.StartsWith("400: ", StringComparison.Ordinal) && e.Contains("voice 'alloy' is not offered here", StringComparison.Ordinal));
    }
}
