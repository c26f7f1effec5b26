namespace Narrator.Phonemes;

/// <summary>
/// The symbols of Narrator bundles and their model input ids, owned by the C# frontend: id 0 is the
/// pad, 1 the beginning and 2 the end of an utterance, then the lexicon phonemizer's symbols in
/// order. Training copies it into a bundle's <c>model.json</c>; loading a bundle checks the two agree.
/// </summary>
public sealed class PhonemeInventory
{
    /// <summary>The padding symbol, "_", id 0.</summary>
    public const string Pad = "_";
    /// <summary>The beginning-of-utterance symbol, "^", id 1.</summary>
    public const string Bos = "^";
    /// <summary>The end-of-utterance symbol, "$", id 2.</summary>
    public const string Eos = "$";

    private readonly Dictionary<string, long> _ids;

    private PhonemeInventory(string phonemizer, IReadOnlyList<string> symbols)
    {
        Phonemizer = phonemizer;
        Symbols = symbols;
        _ids = symbols.Select((s, i) => (s, (long)i)).ToDictionary(p => p.s, p => p.Item2, StringComparer.Ordinal);
    }

    /// <summary>The inventory of the lexicon phonemizer (CMU dictionary ARPAbet, word boundary, punctuation).</summary>
    public static PhonemeInventory Lexicon { get; } = new("lexicon", [Pad, Bos, Eos, .. LexiconPhonemizer.Inventory]);

    /// <summary>The phonemizer whose symbols these are.</summary>
    public string Phonemizer { get; }

    /// <summary>Every symbol; a symbol's index is its id.</summary>
    public IReadOnlyList<string> Symbols { get; }

    /// <summary>The id of <see cref="Pad"/>.</summary>
    public long PadId => _ids[Pad];

    /// <summary>The id of <see cref="Bos"/>, the first id of every utterance.</summary>
    public long BosId => _ids[Bos];

    /// <summary>The id of <see cref="Eos"/>, the last id of every utterance.</summary>
    public long EosId => _ids[Eos];

    /// <summary>The model input of one utterance: BOS, each symbol's id, EOS.</summary>
    public long[] ToIds(PhonemeString phonemes)
    {
        ArgumentNullException.ThrowIfNull(phonemes);
        var ids = new long[phonemes.Symbols.Count + 2];
        ids[0] = BosId;
        for (var i = 0; i < phonemes.Symbols.Count; i++)
        {
            ids[i + 1] = _ids.TryGetValue(phonemes.Symbols[i], out var id)
                ? id
                : throw new PhonemizerException($"The phoneme '{phonemes.Symbols[i]}' is not in the {Phonemizer} inventory.");
        }

        ids[^1] = EosId;
        return ids;
    }
}
