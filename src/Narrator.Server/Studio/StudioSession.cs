namespace Narrator.Server;

/// <summary>
/// A voice actor's recording session in the studio: who started it (key and publisher), the speaker's
/// name, the consent statement they read, the prompts of their script, and the voice once enrolled.
/// </summary>
internal sealed record StudioSession(string Id, string KeyId, string Publisher, string Name, string Statement, IReadOnlyList<string> Uses, IReadOnlyList<string> Prompts, DateTimeOffset Created)
{
    public string? VoiceId { get; init; }
}
