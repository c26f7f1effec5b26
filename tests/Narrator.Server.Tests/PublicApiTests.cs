using Narrator.Testing;

namespace Narrator.Server.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_Generated_MatchesApprovedSnapshot() =>
        PublicApi.Verify(typeof(SpeechServer).Assembly);
}
