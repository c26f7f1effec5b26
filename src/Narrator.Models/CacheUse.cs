namespace Narrator.Models;

/// <summary>What <see cref="OptimizedModelCache"/> did for a session.</summary>
internal enum CacheUse
{
    /// <summary>No cache folder was given, or the session is not a CPU one.</summary>
    None,

    /// <summary>Loaded from a checked entry.</summary>
    Hit,

    /// <summary>No entry: the model was optimized and the result stored.</summary>
    Stored,

    /// <summary>An entry failed its check or did not load: it was deleted and the model optimized and stored again.</summary>
    Rebuilt,

    /// <summary>The folder could not be used; the model loaded without the cache.</summary>
    Unavailable,
}
