namespace Narrator.Models.Tests;

/// <summary>A temporary folder (with a space and a non-ASCII letter in its name), deleted on dispose.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"narrator models \u00e9 {Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Copies a fixture voice (.onnx and .onnx.json) here and returns the new .onnx path.</summary>
    public string CopyVoice(string onnxPath)
    {
        var target = File(System.IO.Path.GetFileName(onnxPath));
        System.IO.File.Copy(onnxPath, target);
        System.IO.File.Copy(onnxPath + ".json", target + ".json");
        return target;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
