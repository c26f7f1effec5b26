namespace Narrator.Rendering.Encoding;

/// <summary>
/// Tags of an assembled audiobook. In the M4B the title becomes title and album, the author
/// artist and album artist, the narrator composer (which audiobook players show as narrator)
/// and the disclosure as comment, the cast (when several voices read) as description; the genre is "Audiobook".
/// </summary>
public sealed record AudiobookMetadata(string Title, string Author)
{
    /// <summary>The narrator's name, written as composer; null for none.</summary>
    public string? Narrator { get; init; }

    /// <summary>What a listener is told about the voice (<see cref="Planning.Credits.Disclosure"/>); "Narrated by" the narrator when null.</summary>
    public string? Disclosure { get; init; }

    /// <summary>Who reads what when several voices do ("Read by bdl; characters voiced by slt (Alice)."); written as the description.</summary>
    public string? Cast { get; init; }

    /// <summary>Year of publication, written as date; null for none.</summary>
    public int? Year { get; init; }

    /// <summary>Cover image bytes (PNG or JPEG), attached as the cover picture.</summary>
    public ReadOnlyMemory<byte>? Cover { get; init; }

    /// <summary>The cover's media type: image/png or image/jpeg.</summary>
    public string? CoverMediaType { get; init; }

    /// <summary>Further tags (provenance), written as they are; the M4B keeps the ones MP4 knows, such as comment.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    /// <summary>The signed C2PA manifest embedded into the M4B before it is renamed into place; null: none.</summary>
    public Synthesis.Provenance.ProvenanceStamp? Provenance { get; init; }
}
