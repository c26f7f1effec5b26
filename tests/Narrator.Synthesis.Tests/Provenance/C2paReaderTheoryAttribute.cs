namespace Narrator.Synthesis.Tests.Provenance;

/// <summary>A theory that runs the independent C2PA reader (tests/c2pa-reader), skipped with the reason when it is not installed.</summary>
public sealed class C2paReaderTheoryAttribute : TheoryAttribute
{
    public C2paReaderTheoryAttribute()
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "@trustnxt", "c2pa-ts")) || Core.Processes.ExecutableSearch.Find("node") is null)
        {
            Skip = $"The independent C2PA reader is not installed: run 'npm install --prefix {Folder} --ignore-scripts --omit=optional' (Node.js and the npm registry; .ci/run does it).";
        }
    }

    public static string Folder
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Narrator.sln")))
            {
                folder = folder.Parent;
            }

            return Path.Combine(folder?.FullName ?? ".", "tests", "c2pa-reader");
        }
    }
}
