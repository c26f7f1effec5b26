using Narrator.Synthesis.Voices;
using Narrator.Voices;

namespace Narrator.Server;

/// <summary>
/// The voices a caller may name: the shipped ones, and enrolled voices whose consent covers the caller's
/// publisher and use. Never a path: a request cannot make the server open a file of its choosing.
/// </summary>
internal sealed class VoiceCatalog(string stockFolder, string storeFolder)
{
    public IReadOnlyList<OfferedVoice> For(string publisher, string use)
    {
        var today = DateOnly.FromDateTime(DateTime.Now);
        var stock = VoiceResolver.StockVoices(stockFolder)
            .Select(v => new OfferedVoice(v.Name, "stock", v.Name, v.Speaker is null ? null : Path.GetFileName(v.Path)));
        var store = VoiceStore.At(storeFolder);
        var enrolled = store.List()
            .Where(r => ConsentPolicy.Problems(store, r, use, publisher, today).Count == 0)
            .Select(r => new OfferedVoice(r.Id, r.Adaptation is null ? "enrolled" : "adapted", r.DisplayName, null));
        return [.. enrolled, .. stock];
    }

    /// <summary>True when <paramref name="name"/> is a stock voice or an enrolled id (whatever its consent says: the gate decides that).</summary>
    public bool Knows(string name) =>
        VoiceResolver.StockVoices(stockFolder).Any(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase))
        || VoiceStore.At(storeFolder).Contains(name);

    public string Names(string publisher, string use) => string.Join(", ", For(publisher, use).Select(v => v.Id));
}
