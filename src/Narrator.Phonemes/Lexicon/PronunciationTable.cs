namespace Narrator.Phonemes;

/// <summary>A lexicon read from a text file into a hash table (user lexicons, CMUdict-format files).</summary>
internal sealed class PronunciationTable(Dictionary<string, string[]> entries) : PronunciationDictionary
{
    public override int Count => entries.Count;

    public override IEnumerable<string> Words => entries.Keys;

    public override bool TryGet(string word, out string[] phones)
    {
        if (entries.TryGetValue(word, out var found))
        {
            phones = [.. found];
            return true;
        }

        phones = [];
        return false;
    }
}
