namespace Narrator.Testing;

/// <summary>
/// <c>../shared/data</c> beside the checkout (the folder that holds Narrator.sln). Tests that need it
/// say so with <see cref="SharedDataFactAttribute"/> and the trait <c>Tier=integration</c>.
/// </summary>
public static class SharedData
{
    public static string Path(string relative)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Narrator.sln")))
            {
                return System.IO.Path.GetFullPath(System.IO.Path.Combine(folder.FullName, "..", "shared", "data", relative));
            }
        }

        return System.IO.Path.GetFullPath(System.IO.Path.Combine(AppContext.BaseDirectory, "shared-data-not-found", relative));
    }
}
