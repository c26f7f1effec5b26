using Narrator.Core;

namespace Narrator.Queue.Engine;

/// <summary>A job failure that no retry can mend (a manuscript that cannot be read, a voice refused): parked at once.</summary>
internal sealed class ParkedException(string message, ErrorKind kind, Exception? inner = null) : QueueException(message, kind, inner);
