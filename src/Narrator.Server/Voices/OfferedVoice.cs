namespace Narrator.Server;

/// <summary>A voice as <c>GET /v1/voices</c> lists it.</summary>
/// <param name="Id">What a request's <c>voice</c> says to choose it.</param>
/// <param name="Kind">stock, enrolled or adapted.</param>
/// <param name="Name">A name to show: the enrolled person's, or the stock voice's id.</param>
/// <param name="Bundle">The bundle a stock speaker belongs to, if it is one.</param>
internal sealed record OfferedVoice(string Id, string Kind, string Name, string? Bundle);
