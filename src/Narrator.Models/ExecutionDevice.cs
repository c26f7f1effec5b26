namespace Narrator.Models;

/// <summary>Where ONNX models run.</summary>
public enum ExecutionDevice
{
    /// <summary>CUDA when it loads, otherwise the CPU; the choice is reported.</summary>
    Auto,

    /// <summary>The CPU provider only.</summary>
    Cpu,

    /// <summary>CUDA, or a clear error when it cannot load.</summary>
    Cuda,
}
