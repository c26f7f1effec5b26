namespace Narrator.Cli.Tests;

public sealed class ModelCacheFolderTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("OFF", null)]
    [InlineData("on", "/var/cache/ann/narrator/models")]
    [InlineData("/srv/models cache", "/srv/models cache")]
    public void Resolve_Variable_OffByDefaultOnInTheUsersCacheOrAFolder(string? variable, string? expected)
    {
        var environment = new Dictionary<string, string?> { [ModelCacheFolder.Variable] = variable, ["XDG_CACHE_HOME"] = "/var/cache/ann" };

        Assert.Equal(expected, ModelCacheFolder.Resolve(name => environment.GetValueOrDefault(name)));
    }
}
