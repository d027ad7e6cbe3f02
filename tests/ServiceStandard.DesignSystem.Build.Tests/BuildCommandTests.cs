namespace ServiceStandard.DesignSystem.Build.Tests;

/// <summary>The build as a command: bad sources print compiler-style errors and exit 2, never a stack trace; --check names what is stale.</summary>
public sealed class BuildCommandTests
{
    private static Task<ProcessRunner.Outcome> RunAsync(params string[] arguments)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var tool = Path.Combine(AppContext.BaseDirectory, "ServiceStandard.DesignSystem.Build.dll");
        return ProcessRunner.RunAsync(dotnet, [tool, .. arguments], AppContext.BaseDirectory, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task A_stylesheet_listed_but_missing_is_an_error_with_its_file_and_line_and_no_stack_trace()
    {
        using var ds = new SmallDesignSystem().Write("stylesheets.yml", "stylesheets:\n  - css/gone.css\n");

        var run = await RunAsync("--root", ds.Root);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{Path.Combine(ds.Root, "stylesheets.yml")}(2,5): error DSB014: css/gone.css does not exist; list only stylesheets that are there.", run.Error.Trim());
        Assert.DoesNotContain("   at ", run.Output + run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(ds.Root, "dist")));
    }

    [Fact]
    public async Task The_build_writes_dist_and_the_generated_sources_and_check_reports_a_hand_edit()
    {
        using var ds = new SmallDesignSystem()
            .Write("stylesheets.yml", "stylesheets:\n  - css/a.css\n")
            .Write("css/a.css", ".a { color: red; }\n");

        var build = await RunAsync("--root", ds.Root);
        Assert.True(build.ExitCode == 0, build.Output + build.Error);
        Assert.True(File.Exists(Path.Combine(ds.Root, "dist", "ds.css")));
        Assert.Equal(0, (await RunAsync("--root", ds.Root, "--check")).ExitCode);

        ds.Write("css/index.css", ds.Read("css/index.css") + "@import url(\"b.css\");\n");
        var check = await RunAsync("--root", ds.Root, "--check");

        Assert.Equal(1, check.ExitCode);
        Assert.Equal($"{Path.Combine(ds.Root, "css/index.css")} is out of date: run dotnet run --project designsystem/ServiceStandard.DesignSystem.Build", check.Error.Trim());
    }
}
