using Narrator.Core.IO;

namespace Narrator.Core.Tests.IO;

public sealed class UserFoldersTests
{
    [Fact]
    public void Data_XdgDataHomeSet_IsUnderIt() =>
        Assert.Equal(Path.Combine("/srv/data", "narrator"), UserFolders.Data(Environment(("XDG_DATA_HOME", "/srv/data"), ("HOME", "/home/ann"))));

    [Fact]
    public void Data_XdgDataHomeEmpty_IsUnderHomesLocalShare() =>
        Assert.Equal(Path.Combine("/home/ann", ".local", "share", "narrator"), UserFolders.Data(Environment(("XDG_DATA_HOME", ""), ("HOME", "/home/ann"))));

    [Fact]
    public void Config_XdgConfigHomeSet_IsUnderIt() =>
        Assert.Equal(Path.Combine("/etc/ann", "narrator"), UserFolders.Config(Environment(("XDG_CONFIG_HOME", "/etc/ann"), ("HOME", "/home/ann"))));

    [Fact]
    public void Config_NoXdgConfigHome_IsUnderHomesConfig() =>
        Assert.Equal(Path.Combine("/home/ann", ".config", "narrator"), UserFolders.Config(Environment(("HOME", "/home/ann"))));

    [Fact]
    public void Cache_XdgCacheHomeSetOrNot_IsUnderItElseHomesCache()
    {
        Assert.Equal(Path.Combine("/var/cache/ann", "narrator"), UserFolders.Cache(Environment(("XDG_CACHE_HOME", "/var/cache/ann"), ("HOME", "/home/ann"))));
        Assert.Equal(Path.Combine("/home/ann", ".cache", "narrator"), UserFolders.Cache(Environment(("HOME", "/home/ann"))));
    }

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;
}
