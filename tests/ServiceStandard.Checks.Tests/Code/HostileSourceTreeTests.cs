using System.Diagnostics;
using ServiceStandard.Checks.Code;
using ServiceStandard.Gathering.Source;

namespace ServiceStandard.Checks.Tests.Code;

/// <summary>
/// The candidate's repository is hostile: links that point at endless files or out of the tree,
/// FIFOs that never answer and oversized files are not read, and the rest still is.
/// </summary>
public sealed class HostileSourceTreeTests
{
    [Fact]
    public async Task Links_fifos_and_oversized_files_are_not_read_and_the_rest_is()
    {
        using var tree = new TempSourceTree(("Program.cs", "System.Console.WriteLine(1);\n"));
        File.CreateSymbolicLink(Path.Combine(tree.Root, "Zero.cs"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(tree.Root, "README.md"), "/etc/passwd");
        MakeFifo(Path.Combine(tree.Root, "Pipe.cs"));
        await File.WriteAllTextAsync(Path.Combine(tree.Root, "Huge.cs"), "// " + new string('x', 3 * 1024 * 1024));

        // Bounded by the harness, not a timing assertion: before the fix this read grew without end.
        var snapshot = await SourceTreeReader.ReadAsync(new SourceRequest(tree.Root), CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Contains(snapshot.Sources, s => s.RelativePath == "Program.cs");
        Assert.DoesNotContain(snapshot.Sources, s => s.RelativePath is "Zero.cs" or "Huge.cs");
        Assert.DoesNotContain(snapshot.RootDocuments, d => d.Text.Contains("root:", StringComparison.Ordinal));
        Assert.All(snapshot.Sources, s => Assert.True(s.Text.Length < 3 * 1024 * 1024));
    }

    [Fact]
    public async Task Code_nested_too_deep_is_left_out_with_a_reason_and_the_rest_is_analysed()
    {
        // Issue 14, item 8: each of these overflowed the stack and killed the process (exit 134).
        using var tree = new TempSourceTree(
            ("Parentheses.cs", "class P { int M() => " + new string('(', 20_000) + "1" + new string(')', 20_000) + "; }\n"),
            ("Chain.cs", "class C { object M(C c) => c" + string.Concat(Enumerable.Repeat(".M(c)", 20_000)) + "; }\n"),
            ("Generic.cs", "class G<T> { void M() { G" + string.Concat(Enumerable.Repeat("<G", 20_000)) + new string('>', 20_000) + " x = null; } }\n"),
            ("Tokens.cs", "public static class Tokens { public static string CreateResetToken() => System.Random.Shared.Next().ToString(); }\n"),
            ("Fluent.cs", "class F { F N() => this; object M() => N()" + string.Concat(Enumerable.Repeat(".N()", 150)) + "; }\n"));

        var result = await CodeAssessment.RunAsync(new SourceRequest(tree.Root, RunRepositoryChecks: false), CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(5));

        Assert.Equal(
        [
            $"Chain.cs not analysed: its code nests more than {SourceNesting.MaxDepth} levels deep (brackets, generic arguments or chained calls), deeper than the analysis can safely follow",
            $"Generic.cs not analysed: its code nests more than {SourceNesting.MaxDepth} levels deep (brackets, generic arguments or chained calls), deeper than the analysis can safely follow",
            $"Parentheses.cs not analysed: its code nests more than {SourceNesting.MaxDepth} levels deep (brackets, generic arguments or chained calls), deeper than the analysis can safely follow",
        ], result.Errors.Select(e => e.Message).Order(StringComparer.Ordinal));
        Assert.All(result.Errors, e => Assert.Equal("code", e.CheckId));
        Assert.Contains(result.Findings, f => f.RuleId == "SS0005");
    }

    [Theory]
    [InlineData("class A { void M() { var x = (1 + (2)); } }", 4)]
    [InlineData("// ((((((((\nclass A { }", 1)]
    [InlineData("/* [[[[[[ */ class A { string s = \"((((\"; char c = '('; }", 1)]
    [InlineData("class A { string s = @\"(\"\"((\"; string r = \"\"\"\n (((( \"\" \n\"\"\"; }", 1)]
    [InlineData("class A { List<List<List<int>>> x; bool b = 1 < 2; }", 3)]
    public void Bracket_depth_counts_code_not_comments_or_strings(string code, int depth) =>
        Assert.Equal(depth, SourceNesting.BracketDepth(code));

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
