using System.Globalization;
using System.Net;
using System.Text;

namespace Narrator.Rendering.Proof;

/// <summary>
/// <c>proof.html</c>: one row per suspect utterance, with a player that starts at the utterance and stops at its end,
/// the text and what was heard. Self-contained (no external script, style or font), so it works offline.
/// </summary>
internal static class ProofPage
{
    public static string Write(string folder, string bookTitle, ProofReport report)
    {
        var path = Path.Combine(folder, ProofReport.PageName);
        Core.IO.AtomicFile.WriteAllText(path, Render(bookTitle, report));
        return path;
    }

    internal static string Render(string bookTitle, ProofReport report)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Proof report: {{Encode(bookTitle)}}</title>
            <style>
            body { font-family: sans-serif; margin: 2em; color: #222; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border-bottom: 1px solid #ccc; padding: 0.4em; text-align: left; vertical-align: top; }
            td.heard { color: #a33; }
            audio { width: 16em; }
            </style>
            </head>
            <body>
            <h1>Proof report: {{Encode(bookTitle)}}</h1>
            <p id="summary">{{report.Utterances}} utterances heard by {{Encode(report.Recognizer)}}; {{report.ReadAgain}} read again; {{report.Suspects.Count}} still suspect ({{report.SuspectShare:P1}}).</p>

            """);
        if (report.Suspects.Count == 0)
        {
            html.Append("<p>No suspect utterances.</p>\n");
        }
        else
        {
            html.Append("<table>\n<thead><tr><th>Chapter</th><th>Time</th><th>Listen</th><th>Text</th><th>Heard</th><th>Why</th></tr></thead>\n<tbody>\n");
            var row = 0;
            foreach (var s in report.Suspects)
            {
                var source = s.SourceFile is null ? string.Empty : $"<br><small>{Encode(s.SourceFile)}{(s.SourceLine is { } line ? $", line {line}" : string.Empty)}</small>";
                html.Append(CultureInfo.InvariantCulture, $"""
                    <tr id="suspect-{++row}"><td>{s.Chapter} {Encode(s.ChapterTitle)}</td><td>{Time(s.Start)}–{Time(s.End)}</td><td><audio controls preload="metadata" src="{Url(s.Audio)}" data-start="{s.Start:0.000}" data-end="{s.End:0.000}"></audio></td><td>{Encode(s.Text)}{source}</td><td class="heard">{Encode(s.Heard)}</td><td>{Encode(s.Problem)}; read {s.Readings} time{(s.Readings == 1 ? string.Empty : "s")}</td></tr>

                    """);
            }

            html.Append("</tbody>\n</table>\n");
        }

        // Each player seeks to its utterance once the file's length is known, starts there again when played from
        // outside it, and stops at the utterance's end.
        html.Append("""
            <script>
            document.querySelectorAll('audio[data-start]').forEach(function (player) {
              var start = parseFloat(player.dataset.start), end = parseFloat(player.dataset.end);
              player.addEventListener('loadedmetadata', function () { player.currentTime = start; });
              player.addEventListener('play', function () {
                if (player.currentTime < start - 0.05 || player.currentTime >= end) { player.currentTime = start; }
              });
              player.addEventListener('timeupdate', function () { if (player.currentTime >= end) { player.pause(); } });
            });
            </script>
            </body>
            </html>

            """);
        return html.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Url(string relative) => string.Join('/', relative.Split('/').Select(Uri.EscapeDataString));

    private static string Time(double seconds)
    {
        var ms = (long)Math.Round(seconds * 1000);
        return string.Create(CultureInfo.InvariantCulture, $"{ms / 3_600_000}:{ms / 60_000 % 60:00}:{ms / 1000 % 60:00}.{ms / 100 % 10}");
    }
}
