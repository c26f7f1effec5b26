namespace Narrator.Books.Text;

/// <summary>The kinds of heading line a plain text can have, from the strongest chapter signal to the weakest.</summary>
internal enum HeadingKind
{
    None,

    /// <summary>"BOOK TWO", "Part III".</summary>
    Part,

    /// <summary>"CHAPTER I.", "Chapter 12", "CHAPTER XII. THE TITLE", "Prologue".</summary>
    Chapter,

    /// <summary>"I. A SCANDAL IN BOHEMIA": a Roman numeral and a title.</summary>
    RomanTitle,

    /// <summary>"IV." alone on its line.</summary>
    Roman,

    /// <summary>An all-capitals line standing alone.</summary>
    Capitals,
}
