using Narrator.Testing;

namespace Narrator.Voices.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_Generated_MatchesApprovedSnapshot() =>
        PublicApi.Verify(typeof(VoiceStore).Assembly);
}
