using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ServiceStandard.Analyzers.Tests;

/// <summary>
/// Runs one analyzer over markup source with the testing library: <c>{|SS0003:…|}</c> marks where
/// each diagnostic must be, and anything unmarked must not be reported. References come from the
/// SDK on disk (an empty-package <see cref="ReferenceAssemblies"/> plus <see cref="SdkReferences"/>).
/// </summary>
internal static class Verify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    private static readonly ReferenceAssemblies NoPackages = new("net10.0");

    public static Task AnalyzerAsync(string source) => AnalyzerAsync([source]);

    public static Task AnalyzerAsync(string[] sources) => AnalyzerAsync(sources, _ => { });

    /// <param name="configure">Adds what markup cannot say: other projects, compiled references, expected messages.</param>
    public static async Task AnalyzerAsync(string[] sources, Action<CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>> configure)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = NoPackages,
        };
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        test.TestState.AdditionalReferences.AddRange(SdkReferences.All);
        configure(test);
        await test.RunAsync(CancellationToken.None);
    }
}
