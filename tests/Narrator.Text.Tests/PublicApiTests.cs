using Narrator.Testing;

namespace Narrator.Text.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_Generated_MatchesApprovedSnapshot() =>
        PublicApi.Verify(typeof(NormalizedText).Assembly);
}
