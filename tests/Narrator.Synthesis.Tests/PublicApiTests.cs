using Narrator.Testing;

namespace Narrator.Synthesis.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_Generated_MatchesApprovedSnapshot() =>
        PublicApi.Verify(typeof(Synthesizer).Assembly);
}
