namespace Narrator.Books.Tests;

/// <summary>A fact that reads a real book from ../shared/data/books, skipped with a message when that file is absent.</summary>
public sealed class RealBookFactAttribute : FactAttribute
{
    public RealBookFactAttribute(string file)
    {
        if (!File.Exists(Narrator.Testing.SharedData.Path(Path.Combine("books", file))))
        {
            Skip = $"{file} is not in {Narrator.Testing.SharedData.Path("books")}: the real-book tests read the shared data folder beside the checkout (../shared/data), which CI provides.";
        }
    }
}
