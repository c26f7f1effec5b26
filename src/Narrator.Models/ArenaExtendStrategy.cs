namespace Narrator.Models;

/// <summary>How ONNX Runtime grows its GPU memory arena (<c>arena_extend_strategy</c>).</summary>
public enum ArenaExtendStrategy
{
    /// <summary>Doubles the arena each time it grows (ONNX Runtime's default).</summary>
    NextPowerOfTwo,

    /// <summary>Grows by exactly what a request needs; less memory, more allocations.</summary>
    SameAsRequested,
}
