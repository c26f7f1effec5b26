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

    public static bool AllowsUncalibratedThresholds => Uncalibrated.Value;

    public static IDisposable AllowUncalibratedThresholds()
    {
        Uncalibrated.Value = true;
        return new Scope();
    }

    private sealed class Scope : IDisposable
    {
        public void Dispose() => Uncalibrated.Value = false;
    }
}
