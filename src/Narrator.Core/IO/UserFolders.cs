namespace Narrator.Core.IO;

/// <summary>Where a user's Narrator files live by default, as the XDG base-directory rules say.</summary>
public static class UserFolders
{
    /// <summary><c>$XDG_DATA_HOME/narrator</c>, else <c>~/.local/share/narrator</c>.</summary>
    /// <param name="environment">Reads an environment variable; the process's environment when null (tests pass their own).</param>
    public static string Data(Func<string, string?>? environment = null) =>
        Path.Combine(Base("XDG_DATA_HOME", environment, ".local", "share"), "narrator");

    /// <summary><c>$XDG_CONFIG_HOME/narrator</c>, else <c>~/.config/narrator</c>.</summary>
    /// <param name="environment">Reads an environment variable; the process's environment when null.</param>
    public static string Config(Func<string, string?>? environment = null) =>
        Path.Combine(Base("XDG_CONFIG_HOME", environment, ".config"), "narrator");

    /// <summary><c>$XDG_CACHE_HOME/narrator</c>, else <c>~/.cache/narrator</c>: files that can be made again.</summary>
    /// <param name="environment">Reads an environment variable; the process's environment when null.</param>
    public static string Cache(Func<string, string?>? environment = null) =>
        Path.Combine(Base("XDG_CACHE_HOME", environment, ".cache"), "narrator");

    private static string Base(string variable, Func<string, string?>? environment, params string[] underHome)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if (environment(variable) is { Length: > 0 } set)
        {
            return set;
        }

        var home = environment("HOME") is { Length: > 0 } h ? h : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine([home, .. underHome]);
    }
}
