namespace Narrator.Server;

/// <summary>Where a request's synthesized samples go as they are made: the response, in its format.</summary>
internal interface IResponseEncoder : IAsyncDisposable
{
    Task WriteAsync(ReadOnlyMemory<float> samples, CancellationToken cancellationToken);

    /// <summary>Ends the stream: flushes what an encoder holds back and checks that it succeeded.</summary>
    Task CompleteAsync(CancellationToken cancellationToken);
}
