using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ServiceStandard.Gathering.Source;
using ServiceStandard.Kernel.Yaml;
using ServiceStandard.Model.Assessment;
using YamlDotNet.RepresentationModel;

namespace ServiceStandard.Checks.Code;

/// <summary>
/// Says what the code checks analysed (<see cref="CodeScope"/>): per project its framework, files,
/// Razor path, packages resolved and not, and the compiler's and Razor generator's errors; and,
/// where a rule's APIs did not resolve (<c>rule-apis.yml</c>), how many call sites it could not check.
/// </summary>
public static class AnalysedScope
{
    private const int FirstErrors = 5;
    private const int ErrorIds = 10;

    private static readonly Lazy<RuleApis> Apis = new(RuleApis.Load);

    public static CodeScope Build(
        SourceSnapshot snapshot,
        IReadOnlyList<AnalyzerRunResult> runs,
        string referencesFrom,
        string razorFrom,
        string language,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(runs);
        var projects = runs.Select(r => Describe(snapshot, r)).ToList();
        var gaps = Gaps(snapshot, runs, language, cancellationToken);
        return new CodeScope(referencesFrom, razorFrom, projects, gaps);
    }

    private static AnalysedProject Describe(SourceSnapshot snapshot, AnalyzerRunResult run)
    {
        var project = run.Project;
        var userTrees = project.Compilation.SyntaxTrees.Select(t => t.FilePath).ToList();
        var razor = project.Razor ?? RazorCode.None;
        var razorFiles = userTrees.Count(p => p.EndsWith(".razor-code.cs", StringComparison.Ordinal) && !p.Contains("/razor-generated/", StringComparison.Ordinal));
        if (razor.Path == RazorCode.GeneratorPath)
        {
            razorFiles = userTrees.Count(p => p.Contains("/razor-generated/", StringComparison.Ordinal));
        }

        var errors = run.CompileErrors.OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ToList();
        return new AnalysedProject(
            project.Name,
            project.TargetFramework,
            project.Compilation.SyntaxTrees.Count(t => t.FilePath.EndsWith(".cs", StringComparison.Ordinal) && !t.FilePath.EndsWith(".razor-code.cs", StringComparison.Ordinal) && !t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal)),
            razorFiles,
            razor.Path,
            project.Packages?.Resolved.Count ?? 0,
            [.. (project.Packages?.Unresolved ?? []).Select(u => new PackageGap(u.Id, u.Version, u.Reason))],
            errors.Count,
            [.. errors.Take(FirstErrors).Select(d => Message(snapshot, d))],
            razor.Errors.Count,
            [.. razor.Errors.Take(FirstErrors).Select(d => Message(snapshot, d))])
        {
            FilesWithCompileErrors = errors.Select(d => d.Location.GetMappedLineSpan().Path).Where(p => !string.IsNullOrEmpty(p)).Distinct(StringComparer.Ordinal).Count(),
            CompileErrorsById = ById(snapshot, errors),
        };
    }

    private static List<CompileErrorCount> ById(SourceSnapshot snapshot, List<Diagnostic> errors) =>
        [.. errors
            .GroupBy(d => d.Id, StringComparer.Ordinal)
            .Select(g => new CompileErrorCount(
                g.Key,
                g.Count(),
                g.Select(d => d.Location.GetMappedLineSpan().Path).Where(p => !string.IsNullOrEmpty(p)).Distinct(StringComparer.Ordinal).Count(),
                Message(snapshot, g.First()) is var first ? $"{first.Path}:{first.Line} {first.Message}" : string.Empty))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Take(ErrorIds)];

    private static CompileMessage Message(SourceSnapshot snapshot, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        var path = span.Path ?? string.Empty;
        var relative = path.Length == 0 ? "(no file)" : Path.GetRelativePath(snapshot.RootPath, path).Replace('\\', '/');
        return new CompileMessage(
            relative,
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            diagnostic.Id,
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    /// <summary>Per rule, the calls to its APIs that bound to nothing, in projects that did not compile cleanly.</summary>
    private static List<CodeEvidenceGap> Gaps(SourceSnapshot snapshot, IReadOnlyList<AnalyzerRunResult> runs, string language, CancellationToken cancellationToken)
    {
        var apis = Apis.Value;
        var counts = new Dictionary<string, (int Count, SortedSet<string> Members, SortedSet<string> Packages)>(StringComparer.Ordinal);
        // A call that bound to nothing is a compile error in its file: only those files are bound again, and only where a package was not found.
        foreach (var run in runs.Where(r => r.CompileErrors.Length > 0 && r.Project.Packages?.Unresolved.Count > 0))
        {
            var compilation = run.Project.Compilation;
            var treesWithErrors = run.CompileErrors.Select(d => d.Location.SourceTree).OfType<SyntaxTree>().ToHashSet();
            foreach (var tree in compilation.SyntaxTrees.Where(treesWithErrors.Contains))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var candidates = tree.GetRoot(cancellationToken).DescendantNodes()
                    .OfType<InvocationExpressionSyntax>()
                    .Select(i => (Invocation: i, Name: NameOf(i.Expression)))
                    .Where(c => c.Name is not null && apis.RulesFor(c.Name).Count > 0)
                    .ToList();
                if (candidates.Count == 0)
                {
                    continue;
                }

                var model = compilation.GetSemanticModel(tree);
                foreach (var (invocation, name) in candidates)
                {
                    var info = model.GetSymbolInfo(invocation, cancellationToken);
                    if (info.Symbol is not null || info.CandidateSymbols.Length > 0 || !IsUserCode(snapshot, invocation))
                    {
                        continue;
                    }

                    foreach (var rule in apis.RulesFor(name!))
                    {
                        if (!counts.TryGetValue(rule, out var entry))
                        {
                            entry = (0, new SortedSet<string>(StringComparer.Ordinal), new SortedSet<string>(StringComparer.OrdinalIgnoreCase));
                        }

                        entry.Members.Add(name!);
                        foreach (var package in run.Project.Packages?.Unresolved ?? [])
                        {
                            entry.Packages.Add(package.Id);
                        }

                        counts[rule] = (entry.Count + 1, entry.Members, entry.Packages);
                    }
                }
            }
        }

        return [.. counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new CodeEvidenceGap(
            $"{CodeRules.CheckId}/{c.Key}",
            c.Value.Count,
            [.. c.Value.Members],
            apis.Describe(c.Key, c.Value.Count, c.Value.Members, c.Value.Packages, language)))];
    }

    private static bool IsUserCode(SourceSnapshot snapshot, SyntaxNode node)
    {
        var path = node.GetLocation().GetMappedLineSpan().Path;
        return !string.IsNullOrEmpty(path) && !path.Contains("/razor-generated/", StringComparison.Ordinal) &&
            path.StartsWith(snapshot.RootPath, StringComparison.Ordinal);
    }

    private static string? NameOf(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>rule-apis.yml: member names per rule, and the message in each language.</summary>
    private sealed class RuleApis
    {
        private readonly Dictionary<string, List<string>> _rulesByMember = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _message = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _packages = new(StringComparer.Ordinal);

        public IReadOnlyList<string> RulesFor(string member) => _rulesByMember.TryGetValue(member, out var rules) ? rules : [];

        public string Describe(string rule, int count, IEnumerable<string> members, IReadOnlyCollection<string> packages, string language)
        {
            var template = _message.GetValueOrDefault(language) ?? _message["en"];
            var packagesText = packages.Count == 0
                ? string.Empty
                : (_packages.GetValueOrDefault(language) ?? _packages["en"]).Replace("{list}", string.Join(", ", packages), StringComparison.Ordinal);
            return template
                .Replace("{rule}", rule, StringComparison.Ordinal)
                .Replace("{count}", count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{members}", string.Join(", ", members), StringComparison.Ordinal)
                .Replace("{packages}", packagesText, StringComparison.Ordinal);
        }

        public static RuleApis Load()
        {
            using var stream = typeof(AnalysedScope).Assembly.GetManifestResourceStream("code/rule-apis.yml")
                ?? throw new InvalidOperationException("code/rule-apis.yml is not embedded.");
            using var reader = new StreamReader(stream);
            var (root, error) = YamlDocumentParser.Parse(reader.ReadToEnd(), "rule-apis.yml");
            if (root is not YamlMappingNode mapping || error is not null)
            {
                throw new InvalidOperationException($"rule-apis.yml: {error?.Message ?? "not a mapping"}");
            }

            var apis = new RuleApis();
            foreach (var (key, value) in mapping.Children)
            {
                switch (((YamlScalarNode)key).Value)
                {
                    case "message":
                        Texts((YamlMappingNode)value, apis._message);
                        break;
                    case "packages":
                        Texts((YamlMappingNode)value, apis._packages);
                        break;
                    case "rules":
                        foreach (var (rule, members) in ((YamlMappingNode)value).Children)
                        {
                            foreach (var member in ((YamlSequenceNode)members).Children.Cast<YamlScalarNode>())
                            {
                                if (!apis._rulesByMember.TryGetValue(member.Value!, out var rules))
                                {
                                    apis._rulesByMember[member.Value!] = rules = [];
                                }

                                rules.Add(((YamlScalarNode)rule).Value!);
                            }
                        }

                        break;
                }
            }

            return apis;
        }

        private static void Texts(YamlMappingNode node, Dictionary<string, string> into)
        {
            foreach (var (language, text) in node.Children)
            {
                into[((YamlScalarNode)language).Value!] = ((YamlScalarNode)text).Value!;
            }
        }
    }
}
