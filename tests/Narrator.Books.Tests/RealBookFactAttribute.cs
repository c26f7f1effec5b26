namespace Narrator.Books.Tests;

/// <summary>A fact that reads a real book from ../shared/data/books, skipped with a message when that file is absent.</summary>
public sealed class RealBookFactAttribute : FactAttribute
{
    public RealBookFactAttribute(string file)
    {
        if (!File.Exists(Path.Combine(TestFiles.SharedBooks, file)))
        {
            Skip = $"{file} is not in {TestFiles.SharedBooks}; the real-book tests need the shared data folder.";
        }
    }
}
