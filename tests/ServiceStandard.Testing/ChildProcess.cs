using System.Diagnostics;
using System.Text;

namespace ServiceStandard.Testing;

/// <summary>
/// Runs a child process to its end for a test: the CLI, <c>dotnet pack</c>, <c>npm pack</c>. The
/// time limit only guards against a hang (a test asserts what the process printed, never how fast
/// it was): when it expires the whole process tree is killed and the test fails with the command,
/// the limit and the last lines the process printed, so a slow machine and a hang can be told apart.
/// </summary>
public static class ChildProcess
{
    /// <summary>Long enough for any of our commands on a loaded 2-core machine; a hang takes forever.</summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(5);

    public sealed record Outcome(int ExitCode, string Stdout, string Stderr);

    public static async Task<Outcome> RunAsync(ProcessStartInfo start, TimeSpan? hangGuard = null)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        start.StandardOutputEncoding ??= Encoding.UTF8;
        start.StandardErrorEncoding ??= Encoding.UTF8;
        start.UseShellExecute = false;

        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        process.StandardInput.Close();
        var pumps = Task.WhenAll(PumpAsync(process.StandardOutput, stdout), PumpAsync(process.StandardError, stderr));
        var limit = hangGuard ?? HangGuard;
        var clock = Stopwatch.StartNew();
        using var cancel = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            // What the process printed before the kill may still be in the pipes: read it, so
            // the failure shows where the hang was.
            await Task.WhenAny(pumps, Task.Delay(TimeSpan.FromSeconds(5)));
            throw new TimeoutException(
                $"{Describe(start)} was still running after {clock.Elapsed.TotalSeconds:0} s (hang guard {limit.TotalSeconds:0} s) and was killed.\n" +
                $"Last lines of stdout:\n{Tail(stdout)}\nLast lines of stderr:\n{Tail(stderr)}");
        }

        await pumps;
        return new Outcome(process.ExitCode, Normalize(stdout), Normalize(stderr));
    }

    /// <summary>
    /// Starts the process, waits until <paramref name="ready"/> holds (polled: a condition, never a
    /// fixed time), then sends it <paramref name="signal"/> (KILL, TERM or INT) and waits for its
    /// end: how a CI timeout, an out-of-memory kill or a user's Ctrl+C meets a run.
    /// </summary>
    public static async Task<Outcome> RunAndSignalAsync(ProcessStartInfo start, Func<bool> ready, string signal, TimeSpan? hangGuard = null)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        start.UseShellExecute = false;
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        process.StandardInput.Close();
        var pumps = Task.WhenAll(PumpAsync(process.StandardOutput, stdout), PumpAsync(process.StandardError, stderr));
        var limit = hangGuard ?? HangGuard;
        var clock = Stopwatch.StartNew();
        while (!ready())
        {
            if (process.HasExited || clock.Elapsed > limit)
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }

                throw new TimeoutException($"{Describe(start)} {(process.HasExited ? "ended" : "was killed")} before the condition held.\nLast lines of stdout:\n{Tail(stdout)}\nLast lines of stderr:\n{Tail(stderr)}");
            }

            await Task.Delay(25);
        }

        if (signal == "KILL")
        {
            process.Kill();
        }
        else
        {
            using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
            await kill.WaitForExitAsync();
        }

        using var cancel = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Describe(start)} did not end within {limit.TotalSeconds:0} s of SIG{signal}.\nLast lines of stderr:\n{Tail(stderr)}");
        }

        await pumps;
        return new Outcome(process.ExitCode, Normalize(stdout), Normalize(stderr));
    }

    /// <summary>Copies a stream as it comes (not line by line: the text is kept exactly), so a killed process's output is still there.</summary>
    private static async Task PumpAsync(StreamReader reader, StringBuilder buffer)
    {
        var chunk = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(chunk)) > 0)
        {
            lock (buffer)
            {
                buffer.Append(chunk, 0, read);
            }
        }
    }

    private static string Normalize(StringBuilder buffer)
    {
        lock (buffer)
        {
            return buffer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        }
    }

    private static string Tail(StringBuilder buffer)
    {
        var lines = Normalize(buffer).Split('\n');
        return string.Join('\n', lines.TakeLast(20));
    }

    private static string Describe(ProcessStartInfo start) =>
        string.Join(' ', new[] { start.FileName }.Concat(start.ArgumentList));
}
