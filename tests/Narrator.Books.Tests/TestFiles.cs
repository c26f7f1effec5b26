using System.Text;

namespace Narrator.Books.Tests;

/// <summary>Paths of the committed fixtures and samples, the shared real books, and temporary files (in a folder with spaces and non-ASCII).</summary>
internal static class TestFiles
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "books", name);

    public static string Sample(string name) => Path.Combine(RepositoryRoot(), "samples", name);

    public static string SharedBooks => Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "data", "books"));

    public static string Temp(string name, string text) => Temp(name, Encoding.UTF8.GetBytes(text));

    public static string Temp(string name, byte[] bytes)
    {
        var folder = Path.Combine(Scratch, Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>One folder for every temporary file of this test run, removed when the run ends.</summary>
    private static readonly string Scratch = CreateScratch();

    private static string CreateScratch()
    {
        var folder = Path.Combine(Path.GetTempPath(), "narrator books é " + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        return folder;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Narrator.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("No folder above the test binaries holds Narrator.sln.");
    }
}
