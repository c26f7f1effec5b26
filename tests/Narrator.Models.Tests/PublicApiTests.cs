using Narrator.Testing;

namespace Narrator.Models.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_Generated_MatchesApprovedSnapshot() =>
        PublicApi.Verify(typeof(ExecutionOptions).Assembly);
}
