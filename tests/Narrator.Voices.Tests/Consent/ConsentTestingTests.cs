namespace Narrator.Voices.Tests.Consent;

/// <summary>The test-only scopes of the consent gate end as they began, also when nested.</summary>
public sealed class ConsentTestingTests
{
    [Fact]
    public void AllowUncalibratedThresholds_NestedScopeEnds_OuterScopeStillAllows()
    {
        using (ConsentTesting.AllowUncalibratedThresholds())
        {
            using (ConsentTesting.AllowUncalibratedThresholds())
            {
                Assert.True(ConsentTesting.AllowsUncalibratedThresholds);
            }

            Assert.True(ConsentTesting.AllowsUncalibratedThresholds);
        }

        Assert.False(ConsentTesting.AllowsUncalibratedThresholds);
    }

    [Fact]
    public void AllowFewTakes_NestedScopeEnds_OuterMinimumBack()
    {
        using (ConsentTesting.AllowFewTakes(5))
        {
            using (ConsentTesting.AllowFewTakes(1))
            {
                Assert.Equal(1, ConsentTesting.MinimumTakeSpeechSeconds);
            }

            Assert.Equal(5, ConsentTesting.MinimumTakeSpeechSeconds);
        }

        Assert.Equal(Thresholds.MinimumGoodTakeMinutes * 60, ConsentTesting.MinimumTakeSpeechSeconds);
    }
}
