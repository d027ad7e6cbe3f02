using System.Reflection;
using ServiceStandard.Model.Assessment;
using ServiceStandard.Reports;

namespace ServiceStandard.Architecture.Tests;

/// <summary>
/// What the renderers and the model load when they run, followed through every assembly they reference:
/// no browser, no compiler, no HTML parser. A project file can only say what is referenced; this says
/// what is used.
/// </summary>
public sealed class CompiledReferenceTests
{
    private static readonly string[] Heavy = ["Microsoft.Playwright", "Microsoft.CodeAnalysis", "AngleSharp", "Deque.AxeCore", "ServiceStandard.Checks"];

    [Fact]
    public void The_renderers_reach_no_browser_compiler_or_html_parser() =>
        AssertClosureAvoidsHeavy(typeof(IReportRenderer).Assembly);

    [Fact]
    public void The_model_reaches_no_browser_compiler_or_html_parser() =>
        AssertClosureAvoidsHeavy(typeof(AssessmentReport).Assembly);

    private static void AssertClosureAvoidsHeavy(Assembly root)
    {
        var closure = Closure(root);
        var heavy = closure.Where(name => Heavy.Any(h => name.StartsWith(h, StringComparison.Ordinal))).ToList();
        Assert.True(heavy.Count == 0, $"{root.GetName().Name} reaches {string.Join(", ", heavy)} (all it reaches: {string.Join(", ", closure.Order(StringComparer.Ordinal))})");
        Assert.Contains(root.GetName().Name!, closure);
    }

    /// <summary>The names of every assembly reachable from <paramref name="root"/> by compiled references, framework assemblies left out.</summary>
    private static HashSet<string> Closure(Assembly root)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { root.GetName().Name! };
        var queue = new Queue<Assembly>([root]);
        while (queue.TryDequeue(out var assembly))
        {
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                var name = reference.Name!;
                if (IsFramework(name) || !seen.Add(name))
                {
                    continue;
                }

                queue.Enqueue(Assembly.Load(reference));
            }
        }

        return seen;
    }

    private static bool IsFramework(string name) =>
        name is "mscorlib" or "netstandard" || name.StartsWith("System", StringComparison.Ordinal) || name.StartsWith("Microsoft.Win32", StringComparison.Ordinal);
}
