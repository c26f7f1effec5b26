using Narrator.Books;
using Narrator.Rendering.Cast;
using Narrator.Rendering.Encoding;
using Narrator.Rendering.Planning;
using Narrator.Rendering.State;
using Narrator.Synthesis.Provenance;

namespace Narrator.Rendering;

/// <summary>Assembles the M4B from the chapter masters, again only when a chapter or the book's metadata changed.</summary>
internal static class AudiobookAssembly
{
    public static async Task<string> UpdateAsync(
        Book book, RenderPlan plan, RenderState state, RenderFolder folder, RenderSettings settings, BookVoicing voicing, IRenderProgress progress, CancellationToken cancellationToken)
    {
        var entries = state.Chapters.ToDictionary(c => c.Index);
        var chapters = plan.Chapters.SelectMany(c => Markers(c, entries[c.Index], folder)).ToList();
        var voice = voicing.Narrator.Voice;
        var narrator = settings.Narrator ?? voice.Name;
        var disclosure = Credits.Disclosure(narrator, ofAPerson: voice.Consent is not null);
        var voices = voicing.Credits(plan.Chapters.Select(c => c.Source).OfType<Chapter>().SelectMany(c => c.Blocks));
        var provenance = ProvenanceRecord.For(voice, book.Title, settings.WatermarkKey) with { Voices = voices };
        var cast = CastCredits.Line(narrator, voices);
        var cover = book.Cover is { } image ? ContentHash.Of(Convert.ToBase64String(image.Data.Span)) : string.Empty;

        // Without a cast the hash is the one earlier versions wrote, so their books are not assembled again.
        var hash = ContentHash.Of(string.Join('\n', plan.Chapters.Select(c => entries[c.Index].RenderedHash).Append(book.Title).Append(book.Author).Append(narrator).Append(disclosure).Append(cover).Concat(cast is null ? Array.Empty<string>() : new[] { cast })));
        var path = folder.AudiobookPath(book.Title);
        var relative = folder.Relative(path);
        if (state.Audiobook is { } current && current.Hash == hash && current.Path == relative && File.Exists(path))
        {
            return path;
        }

        progress.AssemblingAudiobook();
        var metadata = new AudiobookMetadata(book.Title, book.Author ?? string.Empty)
        {
            Narrator = narrator,
            Disclosure = disclosure,
            Cast = cast,
            Cover = book.Cover?.Data,
            CoverMediaType = book.Cover?.MediaType,
            Tags = provenance.Tags(),
            Provenance = new ProvenanceStamp(provenance, settings.Signer),
        };
        await M4bAssembler.AssembleAsync(chapters, metadata, path, cancellationToken).ConfigureAwait(false);
        provenance.WriteSidecar(path);
        RemoveUnusedAac(folder, chapters);
        if (state.Audiobook is { } old && old.Path != relative)
        {
            File.Delete(folder.Absolute(old.Path));
            File.Delete(folder.Absolute(old.Path) + ".provenance.json");
        }

        state.Audiobook = new AudiobookState
        {
            Path = relative,
            Hash = hash,
            Seconds = Math.Round(state.Chapters.Sum(c => c.Files.Sum(f => f.Seconds)), 3),
        };
        return path;
    }

    private static IEnumerable<M4bChapter> Markers(PlannedChapter chapter, ChapterState entry, RenderFolder folder) =>
        entry.Files.Select((file, part) => new M4bChapter(
            folder.Absolute(file.Lossless),
            entry.Files.Count == 1 ? chapter.Title : $"{chapter.Title} (part {part + 1})")
        {
            Samples = file.Samples,
            SampleRate = file.SampleRate,
            AacPath = entry.RenderedHash is { } hash ? folder.AacPath(folder.Absolute(file.Lossless), hash) : null,
        });

    /// <summary>Chapters rendered again leave their earlier AAC behind; the book no longer needs it.</summary>
    private static void RemoveUnusedAac(RenderFolder folder, List<M4bChapter> chapters)
    {
        if (!Directory.Exists(folder.Aac))
            return;
        var used = chapters.Select(c => c.AacPath).OfType<string>().Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in Directory.EnumerateFiles(folder.Aac, "*.aac").Where(f => !used.Contains(Path.GetFullPath(f)) && !f.Contains(".partial-", StringComparison.Ordinal)))
        {
            File.Delete(stale);
        }
    }
}
