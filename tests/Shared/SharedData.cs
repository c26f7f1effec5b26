namespace Narrator.Testing;

/// <summary>
/// <c>../shared/data</c> beside the checkout (the folder that holds Narrator.sln). Tests that need it
/// say so with <see cref="SharedDataFactAttribute"/> and the trait <c>Tier=integration</c>.
/// </summary>
public static class SharedData
{
    public static string Path(string relative) => RepositoryRoot is { } root
        ? System.IO.Path.GetFullPath(System.IO.Path.Combine(root, "..", "shared", "data", relative))
        : System.IO.Path.GetFullPath(System.IO.Path.Combine(AppContext.BaseDirectory, "shared-data-not-found", relative));

    /// <summary>The checkout the tests were built from (the folder holding Narrator.sln), or null when the binaries lie outside one.</summary>
    public static string? RepositoryRoot
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(folder.FullName, "Narrator.sln")))
                {
                    return folder.FullName;
                }
            }

            return null;
        }
    }
}
