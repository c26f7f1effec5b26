namespace Narrator.Testing;

/// <summary>
/// A fact that reads recordings or books from <c>../shared/data</c> beside the checkout, skipped with
/// the reason when that folder (or the path under it) is absent, in every test project alike.
/// </summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relative)
    {
        if (!Directory.Exists(SharedData.Path(relative)) && !File.Exists(SharedData.Path(relative)))
        {
            Skip = $"{SharedData.Path(relative)} is absent: this test reads the shared data folder beside the checkout (../shared/data), which CI provides.";
        }
    }
}
