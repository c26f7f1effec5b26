using System.Text.Json;
using System.Text.Json.Nodes;
using Narrator.Rendering.Proof;
using Narrator.Rendering.State;

namespace Narrator.Rendering;

/// <summary>Writes <c>report.json</c>: per chapter, the measured levels of each file and whether it meets ACX's figures; what proof-listening found.</summary>
internal static class ReportFile
{
    public static void Write(RenderFolder folder, RenderReport report)
    {
        var content = new
        {
            passesAcx = report.PassesAcx,
            audiobook = report.AudiobookPath is null ? null : folder.Relative(report.AudiobookPath),
            readAlong = report.ReadAlongPath is null ? null : folder.Relative(report.ReadAlongPath),
            captions = report.CaptionPaths.Select(folder.Relative),
            chapters = report.Chapters.Select(c => new
            {
                index = c.Chapter.Index,
                title = c.Chapter.Title,
                renderedNow = c.RenderedNow,
                passesAcx = c.PassesAcx,
                files = c.State.Files,
            }),
            warnings = report.Warnings,
            proof = report.Proof,
        };
        var path = Path.Combine(folder.Root, RenderReport.FileName);
        Core.IO.AtomicFile.WriteAllText(path, RenderStateStore.Serialize(content));
    }

    /// <summary>Replaces the proof section of <c>report.json</c> (written when there is none yet), keeping the rest as it is.</summary>
    public static void WriteProof(RenderFolder folder, ProofReport proof)
    {
        var path = Path.Combine(folder.Root, RenderReport.FileName);
        var report = File.Exists(path) ? TryParse(File.ReadAllText(path)) ?? new JsonObject() : new JsonObject();
        report["proof"] = JsonNode.Parse(RenderStateStore.Serialize(proof));
        Core.IO.AtomicFile.WriteAllText(path, report.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    private static JsonObject? TryParse(string json)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
