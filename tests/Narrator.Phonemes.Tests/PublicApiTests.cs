using Narrator.Testing;

namespace Narrator.Phonemes.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_Generated_MatchesApprovedSnapshot() =>
        PublicApi.Verify(typeof(PhonemeString).Assembly);
}
