using Narrator.Testing;

namespace Narrator.Books.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_Generated_MatchesApprovedSnapshot() =>
        PublicApi.Verify(typeof(BookReader).Assembly);
}
