namespace Narrator.Models;

/// <summary>How cuDNN picks convolution algorithms (ONNX Runtime's <c>cudnn_conv_algo_search</c>).</summary>
public enum CudnnConvAlgoSearch
{
    /// <summary>cuDNN's heuristics; fast to start and measured 3.5× faster than the default on vocoders.</summary>
    Heuristic,

    /// <summary>Benchmarks every algorithm on first use; slow start, sometimes the fastest steady state.</summary>
    Exhaustive,

    /// <summary>The default algorithm, no search.</summary>
    Default,
}
