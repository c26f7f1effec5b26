namespace Narrator.Server;

/// <summary>What a load run against a speech server measured.</summary>
/// <param name="Clients">Callers that sent requests at once.</param>
/// <param name="Duration">How long the run lasted.</param>
/// <param name="Requests">Requests made, failed ones included.</param>
/// <param name="Errors">Requests that failed (a 4xx/5xx answer, a broken connection, no audio).</param>
/// <param name="FirstByteP50">Median time from sending a request to its first byte of audio.</param>
/// <param name="FirstByteP95">95th percentile of the time to the first byte of audio.</param>
/// <param name="CompleteP50">Median time from sending a request to the end of its audio.</param>
/// <param name="CompleteP95">95th percentile of the time to the end of the audio.</param>
/// <param name="AudioBytes">Bytes of audio received in all.</param>
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
    /// <summary>Requests per second over the run.</summary>
    public double RequestsPerSecond => Requests / Duration.TotalSeconds;
}
