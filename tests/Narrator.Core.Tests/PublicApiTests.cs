using Narrator.Testing;

namespace Narrator.Core.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_Generated_MatchesApprovedSnapshot() =>
        PublicApi.Verify(typeof(SourceRange).Assembly);
}
