using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ServiceStandard.Testing;
using YamlDotNet.RepresentationModel;

namespace ServiceStandard.Cli.Tests;

/// <summary>
/// The recipes of docs/scale.md, run: the servicestandard commands of its GitHub Actions workflow,
/// GitLab pipeline and Kubernetes Jobs are read from the page's own code blocks and run here as the
/// separate processes those systems would start (each job in a folder of its own, artifacts copied
/// between them as the recipe says, the Kubernetes volume a shared folder), against the real sample
/// service. Each recipe's merged assessment must be the one a single run writes. So the recipes
/// cannot rot: change a command on the page and this runs the changed one.
/// </summary>
[Collection(ShardCollection.Name)]
public sealed partial class ScaleRecipeTests : IAsyncLifetime
{
    private readonly SampleServiceHost _service = new();
    private readonly DirectoryInfo _directory = TestOutput.Create("recipes");
    private string _bin = null!;
    private JobResult _single = null!;

    public async Task InitializeAsync()
    {
        // `servicestandard` on PATH, as `dotnet tool install --global` puts it there.
        _bin = Directory.CreateDirectory(Path.Combine(_directory.FullName, "bin")).FullName;
        var tool = Path.Combine(_bin, "servicestandard");
        File.WriteAllText(tool, $"#!/bin/sh\nexec dotnet '{CliProcess.DllPath}' \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(tool, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var single = Job("single");
        _single = await RunAsync("servicestandard assess --config servicestandard.yml --out report", single);
        Assert.True(File.Exists(Path.Combine(single, "report", "assessment.json")), _single.ToString());
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task The_github_actions_matrix_and_its_merge_job_give_the_assessment_of_a_single_run()
    {
        var workflow = Yaml(Recipe("GitHub Actions"));
        var jobs = Map(workflow, "jobs");
        var count = int.Parse(Text(Map(workflow, "env"), "SHARDS"), System.Globalization.CultureInfo.InvariantCulture);
        var matrix = ((YamlSequenceNode)Map(Map(Map(jobs, "assess"), "strategy"), "matrix").Children[new YamlScalarNode("shard")]).Select(n => ((YamlScalarNode)n).Value!).ToList();
        Assert.Equal(Enumerable.Range(1, count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), matrix);

        var plan = Job("gh-plan");
        await RunStepsAsync(Map(jobs, "plan"), plan, new Dictionary<string, string>());
        var merge = Job("gh-merge");
        foreach (var shard in matrix)
        {
            var assess = Job($"gh-assess-{shard}");
            File.Copy(Path.Combine(plan, "plan.json"), Path.Combine(assess, "plan.json"));
            var expressions = new Dictionary<string, string> { ["matrix.shard"] = shard, ["env.SHARDS"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            await RunStepsAsync(Map(jobs, "assess"), assess, expressions);

            // upload-artifact (name, path) → download-artifact (pattern, path): the merge job's shards/<name>/.
            var upload = Step(Map(jobs, "assess"), "actions/upload-artifact");
            var download = Step(Map(jobs, "merge"), "actions/download-artifact", "pattern");
            CopyDirectory(
                Path.Combine(assess, Substitute(Text(upload, "path"), expressions)),
                Path.Combine(merge, Text(download, "path"), Substitute(Text(upload, "name"), expressions)));
        }

        var output = Path.Combine(merge, "github-output");
        File.WriteAllText(output, string.Empty);
        await RunStepsAsync(Map(jobs, "merge"), merge, new Dictionary<string, string>(), new Dictionary<string, string> { ["GITHUB_OUTPUT"] = output });

        // The merge step keeps the verdict for the last step, after the SARIF and report uploads.
        Assert.Contains($"status={_single.ExitCode}", File.ReadAllText(output), StringComparison.Ordinal);
        AssertSameAssessment(Path.Combine(merge, "report"));
        Assert.True(File.Exists(Path.Combine(merge, "report", "report.sarif")));
    }

    [Fact]
    public async Task The_gitlab_parallel_jobs_and_their_merge_give_the_assessment_of_a_single_run()
    {
        var pipeline = Yaml(Recipe("GitLab CI"));
        var variables = Map(pipeline, "variables").Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => ((YamlScalarNode)e.Value).Value!);
        var assessJob = Map(pipeline, "assess");
        var count = int.Parse(Text(assessJob, "parallel"), System.Globalization.CultureInfo.InvariantCulture);

        var plan = Job("gl-plan");
        await RunScriptAsync(Map(pipeline, "plan"), plan, variables);
        var merge = Job("gl-merge");
        for (var index = 1; index <= count; index++)
        {
            var assess = Job($"gl-assess-{index}");
            File.Copy(Path.Combine(plan, "plan.json"), Path.Combine(assess, "plan.json"));
            await RunScriptAsync(assessJob, assess, new Dictionary<string, string>(variables)
            {
                ["CI_NODE_INDEX"] = index.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["CI_NODE_TOTAL"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });

            // Artifacts: each parallel job's paths are restored into the merge job's folder.
            foreach (var path in ArtifactPaths(assessJob))
            {
                CopyDirectory(Path.Combine(assess, path), Path.Combine(merge, path));
            }
        }

        var merged = await RunScriptAsync(Map(pipeline, "merge"), merge, variables, expectedExit: _single.ExitCode);

        Assert.Equal(_single.ExitCode, merged.ExitCode);
        AssertSameAssessment(Path.Combine(merge, "report"));
        Assert.True(File.Exists(Path.Combine(merge, "report", "junit.xml")));
    }

    [Fact]
    public async Task The_kubernetes_indexed_job_and_its_merge_job_give_the_assessment_of_a_single_run()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(Recipe("Kubernetes")));
        var volume = Job("k8s-volume");
        var names = new List<string>();
        JobResult? last = null;
        foreach (var document in stream.Documents)
        {
            var job = (YamlMappingNode)document.RootNode;
            names.Add(Text(Map(job, "metadata"), "name"));
            var spec = Map(job, "spec");
            var pod = Map(Map(spec, "template"), "spec");
            var container = (YamlMappingNode)((YamlSequenceNode)pod.Children[new YamlScalarNode("containers")]).Children.Single();
            Assert.Equal(["/bin/sh", "-c"], ((YamlSequenceNode)container.Children[new YamlScalarNode("command")]).Select(n => ((YamlScalarNode)n).Value!));
            var script = ((YamlScalarNode)((YamlSequenceNode)container.Children[new YamlScalarNode("args")]).Children.Single()).Value!;
            var mount = Text((YamlMappingNode)((YamlSequenceNode)container.Children[new YamlScalarNode("volumeMounts")]).Children.Single(), "mountPath");
            // The shared volume is a folder here.
            script = script.Replace(mount + "/", volume + "/", StringComparison.Ordinal);
            var environment = container.Children.TryGetValue(new YamlScalarNode("env"), out var env)
                ? ((YamlSequenceNode)env).Cast<YamlMappingNode>().ToDictionary(e => Text(e, "name"), e => Text(e, "value"))
                : [];
            var indexed = spec.Children.TryGetValue(new YamlScalarNode("completionMode"), out var mode) && ((YamlScalarNode)mode).Value == "Indexed";
            var completions = indexed ? int.Parse(Text(spec, "completions"), System.Globalization.CultureInfo.InvariantCulture) : 1;
            if (indexed)
            {
                Assert.Equal(completions.ToString(System.Globalization.CultureInfo.InvariantCulture), environment["SHARDS"]);
            }

            for (var index = 0; index < completions; index++)
            {
                var pods = new Dictionary<string, string>(environment);
                if (indexed)
                {
                    pods["JOB_COMPLETION_INDEX"] = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                // Pods work in the image's folder, not the volume: every path is the volume's.
                last = await RunAsync(script, Job($"k8s-pod-{names.Count}-{index}"), pods);
                Assert.True(last.ExitCode == 0 || names.Count == stream.Documents.Count, last.ToString());
            }
        }

        Assert.Equal(["servicestandard-plan", "servicestandard-shards", "servicestandard-merge"], names);
        Assert.Equal(_single.ExitCode, last!.ExitCode);
        AssertSameAssessment(Path.Combine(volume, "report"));
    }

    [Fact]
    public async Task A_retried_kubernetes_pod_continues_its_shard()
    {
        // The shards Job's command, for shard 1 of 2, after a pod that was killed left its journal.
        var stream = new YamlStream();
        stream.Load(new StringReader(Recipe("Kubernetes")));
        var shards = (YamlMappingNode)stream.Documents[1].RootNode;
        var container = (YamlMappingNode)((YamlSequenceNode)Map(Map(Map(shards, "spec"), "template"), "spec").Children[new YamlScalarNode("containers")]).Children.Single();
        var volume = Job("k8s-retry-volume");
        var script = ((YamlScalarNode)((YamlSequenceNode)container.Children[new YamlScalarNode("args")]).Children.Single()).Value!.Replace("/work/", volume + "/", StringComparison.Ordinal);
        var planned = await RunAsync($"servicestandard plan --config {volume}/servicestandard.yml --out {volume}/plan.json", volume);
        Assert.Equal(0, planned.ExitCode);
        var environment = new Dictionary<string, string> { ["SHARDS"] = "2", ["JOB_COMPLETION_INDEX"] = "0" };
        var journal = Path.Combine(volume, "shards", "shard-1.partial", "evidence.jsonl");
        var start = Shell(script, volume, environment);
        await ChildProcess.RunAndSignalAsync(start, () => SecurityMeasuresTests.CompleteLines(journal) >= 3, "KILL");

        var retried = await RunAsync(script, volume, environment);

        Assert.True(retried.ExitCode == 0, retried.ToString());
        Assert.Contains("Resumed from", retried.Stdout + retried.Stderr, StringComparison.Ordinal);
        var evidence = JsonNode.Parse(File.ReadAllText(Path.Combine(volume, "shards", "shard-1", "evidence.json")))!;
        Assert.Equal("1/2", evidence["gathering"]!["identity"]!["shard"]!.GetValue<string>());
        Assert.False(evidence["gathering"]!["interrupted"]!.GetValue<bool>());
    }

    private void AssertSameAssessment(string report)
    {
        var single = AssessmentJson.Read(Path.Combine(_directory.FullName, "single", "report"));
        var merged = AssessmentJson.Read(report);
        var errors = merged["pages"]!.AsArray().Where(p => p!["error"] is JsonObject).Select(p => $"{p!["url"]}: {p["error"]!["message"]}").ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        Assert.Equal(Pages.Length, merged["pages"]!.AsArray().Count);
        Assert.NotEmpty(merged["findings"]!.AsArray());
        Assert.Equal(AssessmentJson.Fingerprints(single), AssessmentJson.Fingerprints(merged));
        Assert.Equal(single["criteria"]!.ToJsonString(), merged["criteria"]!.ToJsonString());
        Assert.Equal(AssessmentJson.WithoutTimings(single), AssessmentJson.WithoutTimings(merged));
    }

    private static readonly string[] Pages =
        ["/bad/start", "/bad/help", "/bad/cookies", "/good/start", "/good/help", "/good/cookies", "/bad/start?lang=es", "/good/start?lang=es", "/bad/help?lang=es"];

    /// <summary>A job's own working folder, holding the repository's servicestandard.yml (checked out).</summary>
    private string Job(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_directory.FullName, name)).FullName;
        File.WriteAllText(Path.Combine(folder, "servicestandard.yml"), $"""
            schemaVersion: 1
            service:
              name: Apply for a fishing permit
              phase: beta
              languages: [en, es]
            standard: digital-service-standard
            target:
              baseUrl: {_service.BaseUrl.AbsoluteUri}
              pages: [{string.Join(", ", Pages)}]
              concurrency: 1
            """);
        return folder;
    }

    /// <summary>Runs the steps of a workflow job that call servicestandard (the others install things), as GitHub does: bash -e.</summary>
    private async Task RunStepsAsync(YamlMappingNode job, string folder, IReadOnlyDictionary<string, string> expressions, IReadOnlyDictionary<string, string>? environment = null)
    {
        var ran = 0;
        foreach (var step in ((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Cast<YamlMappingNode>())
        {
            if (step.Children.TryGetValue(new YamlScalarNode("run"), out var run) && ((YamlScalarNode)run).Value is { } script && script.Contains("servicestandard ", StringComparison.Ordinal) && !script.Contains("dotnet tool install", StringComparison.Ordinal))
            {
                var result = await RunAsync(Substitute(script, expressions), folder, environment, shell: "bash");
                Assert.True(result.ExitCode == 0, result.ToString());
                ran++;
            }
        }

        Assert.True(ran > 0, "a job of the workflow runs no servicestandard command");
    }

    /// <summary>Runs a GitLab job's script lines that call servicestandard, each with sh, with the job's variables.</summary>
    private async Task<JobResult> RunScriptAsync(YamlMappingNode job, string folder, IReadOnlyDictionary<string, string> variables, int expectedExit = 0)
    {
        JobResult? last = null;
        foreach (var line in ((YamlSequenceNode)job.Children[new YamlScalarNode("script")]).Select(n => ((YamlScalarNode)n).Value!).Where(l => l.StartsWith("servicestandard ", StringComparison.Ordinal)))
        {
            last = await RunAsync(line, folder, variables);
            Assert.True(last.ExitCode == expectedExit, last.ToString());
        }

        return last ?? throw new InvalidOperationException("a job of the pipeline runs no servicestandard command");
    }

    private static IEnumerable<string> ArtifactPaths(YamlMappingNode job) =>
        ((YamlSequenceNode)Map(job, "artifacts").Children[new YamlScalarNode("paths")]).Select(n => ((YamlScalarNode)n).Value!);

    private async Task<JobResult> RunAsync(string script, string folder, IReadOnlyDictionary<string, string>? environment = null, string shell = "sh")
    {
        var outcome = await ChildProcess.RunAsync(Shell(script, folder, environment, shell));
        return new JobResult(script, outcome.ExitCode, outcome.Stdout, outcome.Stderr);
    }

    private ProcessStartInfo Shell(string script, string folder, IReadOnlyDictionary<string, string>? environment, string shell = "sh")
    {
        var start = new ProcessStartInfo(shell, shell == "bash" ? ["-e", "-c", script] : ["-c", script])
        {
            WorkingDirectory = folder,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.Environment["PATH"] = _bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        start.Environment["SERVICESTANDARD_CHROMIUM"] = "/usr/bin/chromium";
        foreach (var name in new[] { "NO_COLOR", "CI", "TERM", "GITHUB_ACTIONS", "TF_BUILD" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return start;
    }

    /// <summary>GitHub's <c>${{ expression }}</c>s; one the test does not know fails it, so a new one is noticed.</summary>
    private static string Substitute(string text, IReadOnlyDictionary<string, string> expressions) =>
        Expression().Replace(text, m => expressions.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new InvalidOperationException($"the recipe uses ${{{{ {m.Groups[1].Value} }}}}, which this test does not provide"));

    [GeneratedRegex(@"\$\{\{\s*([\w.]+)\s*\}\}")]
    private static partial Regex Expression();

    /// <summary>The first YAML code block after the heading that starts with <paramref name="heading"/> in docs/scale.md.</summary>
    private static string Recipe(string heading)
    {
        var page = File.ReadAllText(RepositoryPaths.Combine("docs", "scale.md"));
        var at = page.IndexOf("\n## " + heading, StringComparison.Ordinal);
        Assert.True(at >= 0, $"docs/scale.md has no heading '## {heading}'");
        var start = page.IndexOf("```yaml\n", at, StringComparison.Ordinal) + "```yaml\n".Length;
        var end = page.IndexOf("\n```", start, StringComparison.Ordinal);
        return page[start..end];
    }

    private static YamlMappingNode Yaml(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static string Text(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;

    /// <summary>The step of a job that uses <paramref name="action"/> (with <paramref name="having"/> among its inputs), its <c>with:</c> inputs.</summary>
    private static YamlMappingNode Step(YamlMappingNode job, string action, string? having = null) =>
        ((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Cast<YamlMappingNode>()
            .Where(s => s.Children.TryGetValue(new YamlScalarNode("uses"), out var uses) && ((YamlScalarNode)uses).Value!.StartsWith(action + "@", StringComparison.Ordinal))
            .Select(s => Map(s, "with"))
            .First(with => having is null || with.Children.ContainsKey(new YamlScalarNode(having)));

    private static void CopyDirectory(string from, string to)
    {
        from = Path.TrimEndingDirectorySeparator(from);
        Assert.True(Directory.Exists(from), $"{from} was not written");
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private sealed record JobResult(string Script, int ExitCode, string Stdout, string Stderr)
    {
        public override string ToString() => $"exit {ExitCode} from: {Script}{Environment.NewLine}stdout:{Environment.NewLine}{Stdout}{Environment.NewLine}stderr:{Environment.NewLine}{Stderr}";
    }
}
