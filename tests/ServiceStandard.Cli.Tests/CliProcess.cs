using System.Diagnostics;
using System.Text;
using ServiceStandard.Testing;

namespace ServiceStandard.Cli.Tests;

/// <summary>What a run of the real <c>servicestandard</c> process did.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The command line, so a failure message says what was run and where its --out went.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    public override string ToString() =>
        $"exit {ExitCode} from: servicestandard {string.Join(' ', Arguments)}{Environment.NewLine}stdout:{Environment.NewLine}{Stdout}{Environment.NewLine}stderr:{Environment.NewLine}{Stderr}";
}

/// <summary>
/// Runs the built CLI as a separate process (<c>dotnet servicestandard.dll ...</c>), with stdout and
/// stderr redirected, as CI runs it.
/// </summary>
public static class CliProcess
{
    private static readonly Lazy<string> Dll = new(FindDll);

    /// <summary>The built servicestandard.dll these tests run.</summary>
    public static string DllPath => Dll.Value;

    public static string FixturesDirectory => RepositoryPaths.Combine("tests", "ServiceStandard.Standard.Tests", "Fixtures");

    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(args, workingDirectory: null, environment: null);

    public static async Task<CliResult> RunAsync(IReadOnlyList<string> args, string? workingDirectory, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var outcome = await ChildProcess.RunAsync(StartInfo(args, workingDirectory, environment));
        return new CliResult(outcome.ExitCode, outcome.Stdout, outcome.Stderr) { Arguments = args };
    }

    /// <summary>Runs the CLI until <paramref name="ready"/> holds, then sends it <paramref name="signal"/> (KILL, TERM, INT).</summary>
    public static async Task<CliResult> RunAndSignalAsync(IReadOnlyList<string> args, string? workingDirectory, Func<bool> ready, string signal)
    {
        var start = StartInfo(args, workingDirectory, null);
        if (signal == "INT")
        {
            // A test runner started in the background inherits SIGINT as ignored, and so would the
            // CLI: env puts back its default, so SIGINT reaches it as Ctrl+C does at a terminal.
            start.ArgumentList.Insert(0, start.FileName);
            start.ArgumentList.Insert(0, "--default-signal=INT");
            start.FileName = "env";
        }

        var outcome = await ChildProcess.RunAndSignalAsync(start, ready, signal);
        return new CliResult(outcome.ExitCode, outcome.Stdout, outcome.Stderr) { Arguments = args };
    }

    private static ProcessStartInfo StartInfo(IReadOnlyList<string> args, string? workingDirectory, IReadOnlyDictionary<string, string?>? environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? RepositoryPaths.Root,
        };
        start.ArgumentList.Add(Dll.Value);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // A known environment: no colour switches or CI markers leaking in from the machine.
        foreach (var name in new[] { "NO_COLOR", "CI", "TERM", "GITHUB_ACTIONS", "TF_BUILD" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        return start;
    }

    /// <summary>The CLI project's own build output, in the same configuration as these tests.</summary>
    private static string FindDll()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Parent?.Name ?? "Debug";
        var framework = new DirectoryInfo(AppContext.BaseDirectory).Name;
        var built = RepositoryPaths.Combine("cli", "ServiceStandard.Cli", "bin", configuration, framework, "servicestandard.dll");
        if (File.Exists(built))
        {
            return built;
        }

        // The copy next to the tests (the project is referenced), which has its runtimeconfig too.
        return Path.Combine(AppContext.BaseDirectory, "servicestandard.dll");
    }
}
