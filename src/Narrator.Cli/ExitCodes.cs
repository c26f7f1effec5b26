namespace Narrator.Cli;

/// <summary>Exit codes shared by every command (DESIGN.md, Contracts).</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Negative = 1;
    public const int BadInput = 2;
    public const int Refused = 3;
    public const int Internal = 4;
    public const int Interrupted = 130;
}
