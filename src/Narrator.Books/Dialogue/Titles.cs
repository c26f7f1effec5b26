namespace Narrator.Books.Dialogue;

/// <summary>The titles that may stand before a name ("Mr. Holmes", "Lord St. Simon"), as one regular-expression piece.</summary>
internal static class Titles
{
    /// <summary>A title and the space after it.</summary>
    public const string Pattern = @"(?:(?:Mr|Mrs|Ms|Dr|St)\.?\s+|(?:Miss|Mister|Lord|Lady|Sir|Colonel|Inspector|Captain|Professor|Madame|Doctor|Father|Aunt|Uncle)\s+)";
}
