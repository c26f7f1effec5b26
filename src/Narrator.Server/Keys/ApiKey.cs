namespace Narrator.Server;

/// <summary>One API key as the keys file holds it: never the key itself, only its SHA-256.</summary>
/// <param name="Id">A short public name for the key (shown in logs and by <c>serve keys list</c>).</param>
/// <param name="Publisher">The publisher whose requests the key makes: enrolled voices speak for it only where their consent names it.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the secret key.</param>
/// <param name="Created">When the key was made.</param>
public sealed record ApiKey(string Id, string Publisher, string Sha256, DateTimeOffset Created);
