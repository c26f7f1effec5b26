using Narrator.Testing;

namespace Narrator.Watermark.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_Generated_MatchesApprovedSnapshot() =>
        PublicApi.Verify(typeof(WatermarkDetector).Assembly);
}
