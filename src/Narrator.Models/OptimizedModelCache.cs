using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;
using System.Security.Cryptography;
using Microsoft.ML.OnnxRuntime;

namespace Narrator.Models;

/// <summary>
/// ONNX Runtime's optimized graphs (<see cref="SessionOptions.OptimizedModelFilePath"/>) kept in a folder between
/// processes, for CPU sessions. An entry is named by a key over the bytes the session is made from (after any
/// rewrite: an adapted voice's substituted weights, the seeded noise), the ONNX Runtime version, the optimization
/// level and the CPU's instruction sets (the CPU provider's layout passes depend on them), then by the SHA-256 of
/// its own content, which is checked before use. An entry is written under a temporary name and renamed when
/// complete; one that fails its check or that ONNX Runtime cannot load is deleted and made again. The cache never
/// fails a load: without a usable folder the model loads as it would without one.
/// </summary>
internal static class OptimizedModelCache
{
    /// <summary>Entries kept; the least recently used beyond this are deleted when one is written.</summary>
    internal const int MaxEntries = 32;

    private const string Extension = ".onnx";
    private const string PartialExtension = ".partial";

    /// <summary>Opens a model on the CPU through the cache.</summary>
    /// <param name="folder">The cache folder (made when missing).</param>
    /// <param name="path">The model file.</param>
    /// <param name="bytes">The model's bytes as rewritten in memory, when the session is made from them rather than the file.</param>
    /// <param name="newOptions">Makes the session options as they would be without the cache (a new object on each call: the cache changes them).</param>
    /// <param name="attempts">The providers tried, for the session.</param>
    public static ModelSession Open(string folder, string path, byte[]? bytes, Func<SessionOptions> newOptions, IReadOnlyList<ProviderAttempt> attempts)
    {
        byte[] model;
        try
        {
            model = bytes ?? File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // ONNX Runtime reports an unreadable model in the words every load uses.
            return new ModelSession(Plain(path, bytes, newOptions), path, OnnxSessionFactory.Cpu, attempts) { CacheUse = CacheUse.Unavailable };
        }

        var key = Key(model);
        var rebuilt = false;
        foreach (var entry in Entries(folder, key))
        {
            if (Intact(entry))
            {
                try
                {
                    return new ModelSession(OpenEntry(entry, newOptions), path, OnnxSessionFactory.Cpu, attempts) { CacheUse = CacheUse.Hit };
                }
                catch (OnnxRuntimeException)
                {
                    Delete(entry);
                }
            }

            rebuilt = true;
        }

        return Store(folder, key, path, bytes, newOptions, attempts, rebuilt);
    }

    /// <summary>The entry name's key: what the optimized graph depends on.</summary>
    internal static string Key(byte[] model)
    {
        var text = string.Join('\n',
            "narrator optimized model 1",
            Convert.ToHexStringLower(SHA256.HashData(model)),
            "onnxruntime " + OrtEnv.Instance().GetVersionString(),
            "level " + GraphOptimizationLevel.ORT_ENABLE_ALL,
            "cpu " + RuntimeInformation.ProcessArchitecture + " " + InstructionSets());
        return Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..32];
    }

    private static string InstructionSets() => string.Join(',', new (string Name, bool Supported)[]
    {
        ("sse4.1", Sse41.IsSupported), ("avx", Avx.IsSupported), ("avx2", Avx2.IsSupported), ("fma", Fma.IsSupported),
        ("avx512f", Avx512F.IsSupported), ("avx512bw", Avx512BW.IsSupported), ("avx512vl", Avx512F.VL.IsSupported),
        ("avxvnni", AvxVnni.IsSupported), ("neon", AdvSimd.IsSupported), ("dotprod", Dp.IsSupported),
    }.Where(s => s.Supported).Select(s => s.Name));

    private static IEnumerable<string> Entries(string folder, string key)
    {
        try
        {
            return Directory.Exists(folder) ? Directory.GetFiles(folder, key + ".*" + Extension) : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>Whether the entry's content has the hash its name ends with; an entry that has not is deleted.</summary>
    private static bool Intact(string entry)
    {
        try
        {
            var expected = Path.GetFileNameWithoutExtension(entry).Split('.')[^1];
            if (ContentHash(File.ReadAllBytes(entry)) == expected)
            {
                File.SetLastWriteTimeUtc(entry, DateTime.UtcNow);
                return true;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            System.Diagnostics.Debug.WriteLine($"{entry}: unreadable ({e.Message})");
        }

        Delete(entry);
        return false;
    }

    /// <summary>An entry's session: its graph is optimized already.</summary>
    private static InferenceSession OpenEntry(string entry, Func<SessionOptions> newOptions)
    {
        using var options = newOptions();
        options.GraphOptimizationLevel = GraphOptimizationLevel.ORT_DISABLE_ALL;
        return new InferenceSession(entry, options);
    }

    private static ModelSession Store(string folder, string key, string path, byte[]? bytes, Func<SessionOptions> newOptions, IReadOnlyList<ProviderAttempt> attempts, bool rebuilt)
    {
        string partial;
        try
        {
            Directory.CreateDirectory(folder);
            partial = Path.Combine(folder, $".{key}.{Environment.ProcessId}.{Guid.NewGuid():N}{PartialExtension}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ModelSession(Plain(path, bytes, newOptions), path, OnnxSessionFactory.Cpu, attempts) { CacheUse = CacheUse.Unavailable };
        }

        InferenceSession? optimized = null;
        try
        {
            optimized = TryOptimizing(path, bytes, partial, newOptions);
            if (optimized is null)
            {
                // Writing the optimized graph failed (a full disk), or the model itself is bad: the plain load says which.
                Delete(partial);
                return new ModelSession(Plain(path, bytes, newOptions), path, OnnxSessionFactory.Cpu, attempts) { CacheUse = CacheUse.Unavailable };
            }

            var use = !Keep(folder, key, partial) ? CacheUse.Unavailable : rebuilt ? CacheUse.Rebuilt : CacheUse.Stored;
            var session = new ModelSession(optimized, path, OnnxSessionFactory.Cpu, attempts) { CacheUse = use };
            optimized = null;
            return session;
        }
        finally
        {
            optimized?.Dispose();
        }
    }

    /// <summary>A session that writes its optimized graph to <paramref name="partial"/>, or null when ONNX Runtime failed.</summary>
    private static InferenceSession? TryOptimizing(string path, byte[]? bytes, string partial, Func<SessionOptions> newOptions)
    {
        using var options = newOptions();
        options.OptimizedModelFilePath = partial;
        try
        {
            return bytes is null ? new InferenceSession(path, options) : new InferenceSession(bytes, options);
        }
        catch (OnnxRuntimeException)
        {
            return null;
        }
    }

    /// <summary>Renames the written graph into place under its key and content hash; false when the folder would not take it.</summary>
    private static bool Keep(string folder, string key, string partial)
    {
        try
        {
            var content = ContentHash(File.ReadAllBytes(partial));
            File.Move(partial, Path.Combine(folder, $"{key}.{content}{Extension}"), overwrite: true);
            Prune(folder);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Delete(partial);
            System.Diagnostics.Debug.WriteLine($"{partial}: not kept ({e.Message})");
            return false;
        }
    }

    private static InferenceSession Plain(string path, byte[]? bytes, Func<SessionOptions> newOptions)
    {
        using var options = newOptions();
        return bytes is null ? new InferenceSession(path, options) : new InferenceSession(bytes, options);
    }

    private static string ContentHash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content))[..32];

    /// <summary>Keeps the <see cref="MaxEntries"/> most recently used entries and removes temporaries a killed process left.</summary>
    private static void Prune(string folder)
    {
        var directory = new DirectoryInfo(folder);
        foreach (var stale in directory.GetFiles("*" + PartialExtension).Where(f => f.LastWriteTimeUtc < DateTime.UtcNow.AddHours(-1)))
        {
            Delete(stale.FullName);
        }

        foreach (var old in directory.GetFiles("*" + Extension).OrderByDescending(f => f.LastWriteTimeUtc).Skip(MaxEntries))
        {
            Delete(old.FullName);
        }
    }

    private static void Delete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next load, which checks the entry again before using it.
            System.Diagnostics.Debug.WriteLine($"{file}: not deleted ({e.Message})");
        }
    }
}
