using Narrator.Testing;

namespace Narrator.Audio.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_Generated_MatchesApprovedSnapshot() =>
        PublicApi.Verify(typeof(AudioChunk).Assembly);
}
