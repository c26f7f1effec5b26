namespace Narrator.Server;

/// <summary>What a load run against a speech server measured.</summary>
/// <param name="FirstByteP50">Median time from sending a request to its first byte of audio.</param>
/// <param name="ErrorSamples">A few of the failures, as the server or the connection reported them.</param>
/// <param name="MemoryMiB">The server's working set (MiB) sampled once a second through <c>/healthz</c>, in order.</param>
public sealed record LoadReport(
    int Clients,
    TimeSpan Duration,
    int Requests,
    int Errors,
    IReadOnlyList<string> ErrorSamples,
    TimeSpan FirstByteP50,
    TimeSpan FirstByteP95,
    TimeSpan CompleteP50,
    TimeSpan CompleteP95,
    long AudioBytes,
    IReadOnlyList<double> MemoryMiB)
{
    public double RequestsPerSecond => Requests / Duration.TotalSeconds;
}
