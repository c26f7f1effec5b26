using System.Reflection;
using Xunit;

namespace Narrator.Testing;

/// <summary>
/// Compares text with an approved snapshot kept in the source tree, beside the test project:
/// <c>tests/&lt;test project&gt;/&lt;name&gt;.approved.txt</c>. On a mismatch the actual text goes to
/// <c>&lt;name&gt;.received.txt</c> next to it and the test fails saying how to approve it.
/// This file is compiled into each test project that links it.
/// </summary>
internal static class ApprovalFile
{
    private const string SolutionFile = "Narrator.sln";

    /// <param name="name">The snapshot's path under the test project, without extension, e.g. <c>Help/speak</c>.</param>
    /// <param name="actual">
    /// The text produced now. Line endings become <c>\n</c> with exactly one at the end, and spaces at
    /// line ends go (they are invisible, and editors strip them from the approved file).
    /// </param>
    public static void Verify(string name, string actual)
    {
        var projectName = typeof(ApprovalFile).Assembly.GetName().Name!;
        var basePath = Path.Combine(FindSolutionFolder(), "tests", projectName, name.Replace('/', Path.DirectorySeparatorChar));
        var approvedPath = basePath + ".approved.txt";
        var receivedPath = basePath + ".received.txt";
        var received = Normalize(actual);
        var approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : null;
        if (received == approved)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(receivedPath)!);
        File.WriteAllText(receivedPath, received);
        var what = approved is null ? "There is no approved snapshot yet." : $"The text differs from the approved snapshot: {FirstDifference(approved, received)}";
        Assert.Fail(
            $"{what}\nReceived: {receivedPath}\nApproved: {approvedPath}\n"
            + "If the change is intended, approve it by copying the received file over the approved one and commit it.");
    }

    private static string Normalize(string text) =>
        string.Join('\n', text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Select(line => line.TrimEnd())) + "\n";

    private static string FirstDifference(string approved, string received)
    {
        var expected = approved.Split('\n');
        var actual = received.Split('\n');
        var line = 0;
        while (line < expected.Length && line < actual.Length && expected[line] == actual[line])
        {
            line++;
        }

        var was = line < expected.Length ? $"'{expected[line]}'" : "end of text";
        var now = line < actual.Length ? $"'{actual[line]}'" : "end of text";
        return $"line {line + 1} was {was}, is now {now}.";
    }

    private static string FindSolutionFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException(
            $"Approval tests read their snapshots from the source tree, but no folder above '{AppContext.BaseDirectory}' holds {SolutionFile}. Run the tests from a checkout of the repository.");
    }
}
