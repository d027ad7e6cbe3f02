using System.Reflection;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Cli;
using ServiceStandard.Gathering.Source;
using ServiceStandard.Gathering.Web;
using ServiceStandard.Model.Assessment;
using ServiceStandard.Reports;

namespace ServiceStandard.Architecture.Tests;

/// <summary>
/// What each project loads when it runs, followed through every assembly it references: the renderers
/// and the model reach no browser, compiler or HTML parser; the checks reach no browser; gathering
/// reaches no check; the CLI starts the browser only through the layers below it. A project file can
/// only say what is referenced; this says what is used.
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

    [Fact]
    public void The_checks_never_reach_the_browser() =>
        AssertClosureAvoids(typeof(IWebCheck).Assembly, ["Microsoft.Playwright", "ServiceStandard.Gathering.Web", "ServiceStandard.Assessing"]);

    [Fact]
    public void Web_gathering_reaches_no_check_and_no_compiler() =>
        AssertClosureAvoids(typeof(WebGatherer).Assembly, ["ServiceStandard.Checks", "ServiceStandard.Assessing", "Microsoft.CodeAnalysis", "AngleSharp"]);

    [Fact]
    public void Source_gathering_reaches_no_check_and_no_browser() =>
        AssertClosureAvoids(typeof(SourceTreeReader).Assembly, ["ServiceStandard.Checks", "ServiceStandard.Assessing", "Microsoft.Playwright", "ServiceStandard.Gathering.Web"]);

    [Fact]
    public void The_cli_uses_no_browser_or_compiler_itself()
    {
        var direct = typeof(CliApplication).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        var heavy = direct.Where(name => name.StartsWith("Microsoft.Playwright", StringComparison.Ordinal) || name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)).ToList();
        Assert.True(heavy.Count == 0, $"the CLI uses {string.Join(", ", heavy)} itself; start it in the layer that owns it (it references: {string.Join(", ", direct.Order(StringComparer.Ordinal))})");
        Assert.Contains("ServiceStandard.Assessing", direct);
    }

    private static void AssertClosureAvoidsHeavy(Assembly root) => AssertClosureAvoids(root, Heavy);

    private static void AssertClosureAvoids(Assembly root, IReadOnlyList<string> avoided)
    {
        var closure = Closure(root);
        var heavy = closure.Where(name => avoided.Any(h => name == h || name.StartsWith(h + ".", StringComparison.Ordinal))).ToList();
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
