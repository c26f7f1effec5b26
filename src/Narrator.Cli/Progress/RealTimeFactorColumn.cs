using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Narrator.Cli.Progress;

/// <summary>Speed as seconds of audio made per second of work ("12.5x"), for tasks that count audio seconds.</summary>
internal sealed class RealTimeFactorColumn : ProgressColumn
{
    public const string CountsAudio = "counts-audio";

    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        var elapsed = task.ElapsedTime?.TotalSeconds ?? 0;
        var text = task.State.Get<bool>(CountsAudio) && elapsed > 0.5 && task.Value > 0 ? (task.Value / elapsed).ToString("0.0", CultureInfo.InvariantCulture) + "x" : "-";
        return new Spectre.Console.Text(text);
    }
}
