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

    /// <summary>Copies a fixture bundle's files into a folder "bundle" here and returns its path.</summary>
    public string CopyBundle(string folder)
    {
        var target = File("bundle");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(folder))
        {
            System.IO.File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        }

        return target;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
