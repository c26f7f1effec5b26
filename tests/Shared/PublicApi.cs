using System.Reflection;
using PublicApiGenerator;

namespace Narrator.Testing;

/// <summary>Approves a library's public API as text: <c>PublicApi/&lt;assembly&gt;.approved.txt</c>.</summary>
internal static class PublicApi
{
    // Assembly attributes (target framework, InternalsVisibleTo) are build plumbing, not API, and the
    // state machine attributes name compiler-generated types whose numbering changes with any edit.
    private static readonly ApiGeneratorOptions Options = new()
    {
        IncludeAssemblyAttributes = false,
        ExcludeAttributes =
        [
            "System.Runtime.CompilerServices.AsyncStateMachineAttribute",
            "System.Runtime.CompilerServices.AsyncIteratorStateMachineAttribute",
            "System.Runtime.CompilerServices.IteratorStateMachineAttribute",
        ],
    };

    public static void Verify(Assembly assembly) =>
        ApprovalFile.Verify($"PublicApi/{assembly.GetName().Name}", assembly.GeneratePublicApi(Options));
}
