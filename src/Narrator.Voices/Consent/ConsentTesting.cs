namespace Narrator.Voices;

/// <summary>
/// The test-only switch of the consent gate: tests that run random-weight encoders (whose similarities
/// mean nothing) may enroll below the calibrated thresholds inside a scope. Nothing outside the test
/// assemblies can open one, a voice enrolled this way records its threshold, and it speaks only inside
/// such a scope: it never counts as verified.
/// </summary>
internal static class ConsentTesting
{
    private static readonly AsyncLocal<bool> Uncalibrated = new();
    private static readonly AsyncLocal<double?> TakeSeconds = new();

    public static bool AllowsUncalibratedThresholds => Uncalibrated.Value;

    /// <summary>Seconds of speech in good script takes that enrollment needs: the threshold, or less inside a test scope.</summary>
    public static double MinimumTakeSpeechSeconds => TakeSeconds.Value ?? Thresholds.MinimumGoodTakeMinutes * 60;

    /// <summary>Lets a test enroll from a few short takes (the minimum of good minutes stays in force everywhere else).</summary>
    public static IDisposable AllowFewTakes(double seconds)
    {
        var outer = TakeSeconds.Value;
        TakeSeconds.Value = seconds;
        return new Scope(() => TakeSeconds.Value = outer);
    }

    public static IDisposable AllowUncalibratedThresholds()
    {
        var outer = Uncalibrated.Value;
        Uncalibrated.Value = true;
        return new Scope(() => Uncalibrated.Value = outer);
    }

    // Restores the value the scope found, so nested scopes end as they began.
    private sealed class Scope(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
