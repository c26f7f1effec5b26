namespace Narrator.Books.Dialogue;

/// <summary>Tells quotation marks from apostrophes by the characters around them.</summary>
internal static class QuoteMarks
{
    // Words that begin with an elided letter: the mark before them is an apostrophe, not an opening quote.
    private static readonly string[] Elisions = ["tis", "twas", "twere", "twill", "twould", "em", "cause", "til", "bout", "n", "ere", "ow", "im", "er", "e"];

    public static bool IsDash(char c) => c is '—' or '―' or '–';

    /// <summary>The first character of a paragraph of em-dash dialogue (a dash, not a hyphen, and not a rule of dashes).</summary>
    public static bool OpensDashDialogue(string text) =>
        text.Length > 1 && IsDash(text[0]) && !IsDash(text[1]) && !char.IsWhiteSpace(text[1]) || text.Length > 2 && IsDash(text[0]) && text[1] == ' ' && char.IsLetter(text[2]);

    public static bool IsQuoteMark(char c) => c is '“' or '”' or '"' or '‘' or '’' or '\'' or '«' or '»';

    /// <summary>A straight or curly single mark at <paramref name="i"/> may open a quotation here.</summary>
    public static bool CanOpenSingle(string text, int i)
    {
        if (!IsBoundaryBefore(text, i) || i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || char.IsDigit(text[i + 1]))
        {
            return false;
        }

        var end = i + 1;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        var word = text[(i + 1)..end];
        var nextIsMark = end < text.Length && text[end] is '’' or '\'';
        return !Elisions.Any(e => word.Equals(e, StringComparison.OrdinalIgnoreCase)) || nextIsMark;
    }

    /// <summary>A single mark at <paramref name="i"/> closes an open single quotation (rather than being an apostrophe).</summary>
    public static bool CanCloseSingle(string text, int i)
    {
        if (i == 0 || char.IsWhiteSpace(text[i - 1]))
        {
            return false;
        }

        var before = text[i - 1];
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        if (char.IsLetter(before) && char.IsLetter(after))
        {
            return false; // don't, O'Brien
        }

        // the Joneses' dog, goin' home: a closing mark before narration follows punctuation, not a bare word.
        return !(char.IsLetter(before) && after == ' ' && i + 2 < text.Length && char.IsLower(text[i + 2]));
    }

    /// <summary>A straight double mark at <paramref name="i"/> opens (rather than closes) a quotation.</summary>
    public static bool CanOpenStraightDouble(string text, int i) =>
        IsBoundaryBefore(text, i) && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);

    private static bool IsBoundaryBefore(string text, int i) =>
        i == 0 || char.IsWhiteSpace(text[i - 1]) || IsDash(text[i - 1]) || text[i - 1] is '(' or '[' or '“' or '"' or '‘' or '\'' or '-' or '«';
}
