using System.Diagnostics;
using System.Text;
using ServiceStandard.Testing;

namespace ServiceStandard.Index.Tests;

/// <summary>What a run of the real <c>servicestandard</c> process did.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr, IReadOnlyList<string> Arguments)
{
    public override string ToString() => $"exit {ExitCode} from: servicestandard {string.Join(' ', Arguments)}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
}

/// <summary>Runs the built CLI as its own process, as CI runs it.</summary>
public static class Cli
{
    public static string Dll
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Parent?.Name ?? "Release";
            var built = RepositoryPaths.Combine("cli", "ServiceStandard.Cli", "bin", configuration, "net10.0", "servicestandard.dll");
            return File.Exists(built) ? built : Path.Combine(AppContext.BaseDirectory, "servicestandard.dll");
        }
    }

    public static ProcessStartInfo StartInfo(IReadOnlyList<string> args, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet") { StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in new[] { "NO_COLOR", "CI", "TERM", "GITHUB_ACTIONS", "GITHUB_SHA", "CI_COMMIT_SHA", "SERVICESTANDARD_INDEX_TOKEN" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        return start;
    }

    public static async Task<CliRun> RunAsync(params string[] args)
    {
        var outcome = await ChildProcess.RunAsync(StartInfo(args));
        return new CliRun(outcome.ExitCode, outcome.Stdout, outcome.Stderr, args);
    }
}
