using System.Text;

namespace Narrator.Phonemes;

/// <summary>One clause of text and the punctuation that ends it ('\0' when the text just ends).</summary>
internal readonly record struct EspeakClause(string Text, char Terminator)
{
    public bool EndsSentence => Terminator is '.' or '!' or '?';

    /// <summary>Splits text at , . ; : ! ? (and …, read as .) when followed by whitespace, more
    /// punctuation or the end. A run of marks ("?!", "...") ends one clause with its first mark.</summary>
    public static List<EspeakClause> Split(string text)
    {
        var clauses = new List<EspeakClause>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var mark = text[i] == '…' ? '.' : text[i];
            var next = i + 1 < text.Length ? text[i + 1] : ' ';
            if (!IsMark(mark) || !(char.IsWhiteSpace(next) || IsMark(next) || next == '…'))
            {
                current.Append(text[i]);
                continue;
            }

            clauses.Add(new EspeakClause(current.ToString().Trim(), mark));
            current.Clear();
            while (i + 1 < text.Length && (IsMark(text[i + 1]) || text[i + 1] == '…'))
            {
                i++;
            }
        }

        if (current.ToString().Trim() is { Length: > 0 } rest)
        {
            clauses.Add(new EspeakClause(rest, '\0'));
        }

        return clauses;
    }

    private static bool IsMark(char c) => c is ',' or '.' or ';' or ':' or '!' or '?';
}
