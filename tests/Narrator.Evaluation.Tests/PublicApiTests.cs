using Narrator.Testing;

namespace Narrator.Evaluation.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_Generated_MatchesApprovedSnapshot() =>
        PublicApi.Verify(typeof(SpeechCorpus).Assembly);
}
