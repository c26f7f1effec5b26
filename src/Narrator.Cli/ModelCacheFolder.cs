using Narrator.Core.IO;

namespace Narrator.Cli;

/// <summary>
/// Where the CLI keeps ONNX Runtime's optimized graphs, from <c>$NARRATOR_MODEL_CACHE</c>: unset or <c>off</c>, nowhere
/// (the default: on this project's machine the cache did not make loading faster); <c>on</c>,
/// <c>$XDG_CACHE_HOME/narrator/models</c> (else <c>~/.cache/narrator/models</c>); anything else, that folder.
/// </summary>
internal static class ModelCacheFolder
{
    /// <summary>The environment variable that turns the cache on and places it.</summary>
    public const string Variable = "NARRATOR_MODEL_CACHE";

    /// <summary>The folder, or null when the cache is off.</summary>
    public static string? Resolve(Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        return environment(Variable) switch
        {
            null or "" => null,
            var value when value.Equals("off", StringComparison.OrdinalIgnoreCase) => null,
            var value when value.Equals("on", StringComparison.OrdinalIgnoreCase) => Path.Combine(UserFolders.Cache(environment), "models"),
            var value => Path.GetFullPath(value),
        };
    }
}
