using Narrator.Testing;

namespace Narrator.Rendering.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_Generated_MatchesApprovedSnapshot() => PublicApi.Verify(typeof(BookRenderer).Assembly);
}
