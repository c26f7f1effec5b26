namespace Narrator.Cli.Tests;

/// <summary>Tests that render with ffmpeg run one at a time: the machine has few cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CliSerial
{
    public const string Name = "serial rendering";
}
