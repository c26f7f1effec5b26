using Hangfire.Common;
using Hangfire.States;

namespace Narrator.Queue.Engine;

/// <summary>
/// Keeps every job in its version's queue whenever it is enqueued again (a retry after its backoff, a requeue from the
/// dashboard): Hangfire would otherwise put it in "default", where no Narrator worker listens.
/// </summary>
internal sealed class VersionQueueFilter(string queue) : JobFilterAttribute, IElectStateFilter
{
    public void OnStateElection(ElectStateContext context)
    {
        if (context.CandidateState is EnqueuedState enqueued)
        {
            enqueued.Queue = queue;
        }
    }
}
