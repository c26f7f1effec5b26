using Narrator.Core;

namespace Narrator.Queue.Database;

/// <summary>
/// One Narrator version per catalogue: a chapter must render the same on every worker, and a job's shape is the code's.
/// A worker or submitter of another version than the unfinished books' is refused, naming both versions.
/// </summary>
internal static class VersionCheck
{
    public static async Task EnsureAsync(QueueDatabase database, QueueSettings settings, string who, CancellationToken cancellationToken)
    {
        var foreign = await database.RunAsync((c, t) => Ledger.ForeignVersionsAsync(c, settings.Version, t), cancellationToken).ConfigureAwait(false);
        if (foreign.Count == 0)
        {
            return;
        }

        var held = string.Join(", ", foreign.Select(f => $"{f.Books} by Narrator {f.Version}"));
        throw new QueueException(
            $"This {who} is Narrator {settings.Version}, but the queue at {database.Where} holds unfinished books submitted by another version ({held}). "
            + "Every worker and the submitter must run the same version, so that a chapter renders the same wherever it runs: run that version here, or let its books finish first.",
            ErrorKind.Refused);
    }
}
