namespace Narrator.Synthesis.Tests;

/// <summary>
/// A test of the bundle that training/narrator_tts/smoke_test.sh trains and exports
/// (tests/fixtures/bundles/smoke, which .ci/run makes before the tests). Without it the test is
/// skipped with a message saying how to make it.
/// </summary>
public sealed class SmokeBundleFactAttribute : FactAttribute
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "fixtures", "bundles", "smoke");

    public SmokeBundleFactAttribute()
    {
        if (!File.Exists(Path.Combine(Folder, "model.json")))
        {
            Skip = "No smoke-trained bundle: run SMOKE_OUT=$PWD/tests/fixtures/bundles/smoke training/narrator_tts/smoke_test.sh first (.ci/run does).";
        }
    }
}
