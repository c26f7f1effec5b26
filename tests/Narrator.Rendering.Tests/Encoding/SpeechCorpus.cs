namespace Narrator.Rendering.Tests.Encoding;

/// <summary>Finds ../shared/data beside the checkout (the folder that holds Narrator.sln).</summary>
internal static class SpeechCorpus
{
    public static string Folder(string relative)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Narrator.sln")))
            {
                var data = Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "data", relative));
                Assert.True(Directory.Exists(data), $"The speech recordings are missing: {data} does not exist. They sit in ../shared/data beside the checkout (CI provides them).");
                return data;
            }
        }

        Assert.Fail($"No folder above {AppContext.BaseDirectory} holds Narrator.sln; run the tests from a checkout.");
        return string.Empty;
    }
}
