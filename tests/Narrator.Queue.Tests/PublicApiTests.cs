using Narrator.Testing;

namespace Narrator.Queue.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_Generated_MatchesApprovedSnapshot() =>
        PublicApi.Verify(typeof(CatalogueQueue).Assembly);
}
