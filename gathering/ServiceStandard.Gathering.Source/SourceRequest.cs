using ServiceStandard.Configuration;

namespace ServiceStandard.Gathering.Source;

/// <summary>
/// What the code checks read: a folder of source, with globs of paths to leave out. Paths in
/// findings are relative to <see cref="RootPath"/>.
/// </summary>
/// <param name="RootPath">The folder to analyse (absolute, or relative to the working directory).</param>
/// <param name="Exclude">Globs of repository-relative paths not to analyse; defaults to <see cref="DefaultExclude"/>.</param>
/// <param name="ExcludeTests">Leave test code (<see cref="TestCode"/>) out of the analysers' compilation.</param>
/// <param name="DotnetRoot">The .NET installation whose reference packs to compile against; null finds it.</param>
/// <param name="RunRepositoryChecks">Also run the repository checks (licence, README, tests, dependencies, security policy).</param>
/// <param name="UseRazorGenerator">Turn Razor files into C# with the SDK's Razor source generator when it is present (false: always the code-block extraction).</param>
/// <param name="Language">The language of the repository checks' messages (en, es).</param>
/// <param name="PackageFolders">Where NuGet packages are looked up; null: <c>NUGET_PACKAGES</c>, else <c>~/.nuget/packages</c>.</param>
public sealed record SourceRequest(
    string RootPath,
    IReadOnlyList<string>? Exclude = null,
    bool ExcludeTests = true,
    string? DotnetRoot = null,
    bool RunRepositoryChecks = true,
    bool UseRazorGenerator = true,
    string Language = "en",
    IReadOnlyList<string>? PackageFolders = null)
{
    /// <summary>Feeds to download packages from when no packages folder has them (<c>source.restore: download</c>); empty: never download.</summary>
    public IReadOnlyList<string> DownloadFeeds { get; init; } = [];

    /// <summary>
    /// The threat models the taint rules start from (<c>remote</c>, <c>local</c>, <c>stored</c>; see
    /// <c>source.threatModels</c>), passed to the analyzers as the global option <c>servicestandard.threat_models</c>.
    /// </summary>
    public IReadOnlyList<string> ThreatModels { get; init; } = ["remote"];

    /// <summary>Compile the projects and run the analyzers (false: only the repository-level checks read the tree).</summary>
    public bool RunAnalyzers { get; init; } = true;

    /// <summary>Run the Standard for Public Code's repository checks (<c>code/public-code</c>); the reader then also reads every text file (<see cref="ReadWorkingTree"/>).</summary>
    public bool RunPublicCodeChecks { get; init; }

    /// <summary>Read every text file of the tree into <see cref="SourceSnapshot.TextFiles"/> (for the secrets scan).</summary>
    public bool ReadWorkingTree => RunPublicCodeChecks;

    /// <summary>Where downloaded packages are kept: <c>$XDG_CACHE_HOME/servicestandard/packages</c>, else <c>~/.cache/servicestandard/packages</c>.</summary>
    public string DownloadCache { get; init; } = Path.Combine(
        Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } cache ? cache : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"),
        "servicestandard",
        "packages");

    /// <summary>Build output, dependencies, version control and generated code.</summary>
    public static IReadOnlyList<string> DefaultExclude { get; } =
    [
        "**/bin/**", "**/obj/**", "**/node_modules/**", "**/.git/**", "**/.vs/**", "**/packages/**",
        "**/*.g.cs", "**/*.g.i.cs", "**/*.generated.cs", "**/*.designer.cs", "**/*.AssemblyInfo.cs",
        "**/Generated/**", "**/Migrations/*.Designer.cs", "**/Migrations/*ModelSnapshot.cs",
    ];

    /// <summary>What counts as test code: test folders and projects, and files named for tests.</summary>
    public static IReadOnlyList<string> TestCode { get; } =
    [
        "**/test/**", "**/tests/**", "**/*.Tests/**", "**/*.Test/**", "**/*.UnitTests/**", "**/*.IntegrationTests/**",
        "**/*.FunctionalTests/**", "**/*.Specs/**", "**/*Tests.cs", "**/*Test.cs", "**/*Specs.cs",
    ];

    public IReadOnlyList<string> EffectiveExclude => Exclude ?? DefaultExclude;

    /// <summary>From servicestandard.yml's <c>source:</c> section (its <c>exclude</c> replaces the built-in bin/obj globs, and ours are added).</summary>
    public static SourceRequest From(SourceConfig config, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(config);
        return new SourceRequest(config.Path, [.. DefaultExclude.Union(config.Exclude, StringComparer.Ordinal)], Language: language)
        {
            DownloadFeeds = config.Restore == PackageRestore.Download ? config.Feeds : [],
            ThreatModels = [.. config.ThreatModels.Select(ConfigKeywords.ThreatModels.NameOf)],
        };
    }
}
