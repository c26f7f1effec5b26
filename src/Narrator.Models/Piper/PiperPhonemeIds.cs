using System.Collections;

namespace Narrator.Models.Piper;

/// <summary>Model input ids for one utterance, and the symbols the voice does not know (skipped).</summary>
public sealed class PiperPhonemeIds : IReadOnlyList<long>
{
    private readonly IReadOnlyList<long> _ids;

    internal PiperPhonemeIds(IReadOnlyList<long> ids, IReadOnlyDictionary<string, int> missingSymbols)
    {
        _ids = ids;
        MissingSymbols = missingSymbols;
    }

    /// <summary>Symbol → how many times it was skipped because the voice's phoneme_id_map lacks it.</summary>
    public IReadOnlyDictionary<string, int> MissingSymbols { get; }

    /// <summary>How many ids.</summary>
    public int Count => _ids.Count;

    /// <summary>The id at <paramref name="index"/>.</summary>
    public long this[int index] => _ids[index];

    /// <summary>The ids in order.</summary>
    public IEnumerator<long> GetEnumerator() => _ids.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
