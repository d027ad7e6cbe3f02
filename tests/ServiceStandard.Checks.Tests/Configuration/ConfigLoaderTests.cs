using ServiceStandard.Configuration;
using ServiceStandard.Kernel.Diagnostics;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Checks.Tests.Configuration;

public sealed class ConfigLoaderTests : IDisposable
{
    private const string FullExample = """
        # yaml-language-server: $schema=https://servicestandard.dev/schemas/config.schema.json
        schemaVersion: 1
        service:
          name: { en: Apply for a fishing permit, es: Solicitar un permiso de pesca }
          phase: beta
          languages: [en, es]
          owner: Department of Fisheries
        standard: ./standards/fisheries.yml
        language: es
        target:
          baseUrl: http://127.0.0.1:5000/
          allowedOrigins: [http://127.0.0.1:5000, https://login.example.org]
          pages: [/start, "https://login.example.org/help"]
          crawl:
            enabled: true
            maxPages: 20
            maxDepth: 2
            include: ["/apply/**"]
            exclude: ["/sign-out"]
            respectRobotsTxt: false
          journeys:
            - name: apply-for-a-permit
              steps:
                - goto: /start
                - click: "a.start-button"
                - fill: { selector: "#full-name", value: "Ana Pérez" }
                - select: { selector: "#permit", value: "annual" }
                - check: "#declaration"
                - press: { selector: "#postcode", key: "Enter" }
                - press: { key: "Tab" }
                - waitFor: "h1"
                - expect: { selector: "h1", text: "Check your answers" }
                - expect: { selector: "form" }
          auth:
            loginUrl: https://login.example.org/sign-in
            steps:
              - fill: { selector: "#user", value: "${env:PERMITS_USER}" }
              - click: "button[type=submit]"
          timeouts:
            pageSeconds: 45
            navigationSeconds: 15
          concurrency: 4
          browserPath: ./tools/chromium
          viewport: { width: 1024, height: 768 }
        source:
          path: ./src
          exclude: ["**/Migrations/**"]
        designSystem:
          pack: govuk-frontend
          minimumVersion: "5.7.0"
          palette: ./tokens.json
          paletteTolerance: 3
        accessibility:
          level: wcag21aa
          bestPractice: true
          keyboard: false
          reflow: false
        checks:
          enable: [accessibility, code]
          disable: [accessibility/axe/region]
        failOn: moderate
        newOnly: true
        baseline: ./previous/assessment.json
        output:
          dir: ./out
          formats: [sarif, junit, md, json]
        suppressions:
          - check: accessibility/axe/color-contrast
            fingerprint: null
            url: "/legacy/**"
            path: null
            reason: Legacy page replaced in March
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("servicestandard-config-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Reads_every_option_of_a_full_config()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "src"));
        Directory.CreateDirectory(Path.Combine(_directory, "standards"));
        Directory.CreateDirectory(Path.Combine(_directory, "previous"));
        File.WriteAllText(Path.Combine(_directory, "standards", "fisheries.yml"), "schemaVersion: 1");
        File.WriteAllText(Path.Combine(_directory, "previous", "assessment.json"), "{}");
        File.WriteAllText(Path.Combine(_directory, "tokens.json"), "{}");

        var config = Load(FullExample, _directory);

        Assert.Equal(1, config.SchemaVersion);
        Assert.Equal("Apply for a fishing permit", config.Service.Name!.Get("en"));
        Assert.Equal("Solicitar un permiso de pesca", config.Service.Name.Get("es"));
        Assert.Equal(ServicePhase.Beta, config.Service.Phase);
        Assert.Equal(["en", "es"], config.Service.Languages);
        Assert.Equal("Department of Fisheries", config.Service.Owner);
        Assert.Equal(Path.Combine(_directory, "standards", "fisheries.yml"), config.Standard);
        Assert.False(config.UsesShippedStandard);
        Assert.Equal("es", config.Language);

        var target = config.Target!;
        Assert.Equal(new Uri("http://127.0.0.1:5000/"), target.BaseUrl);
        Assert.Equal(["http://127.0.0.1:5000", "https://login.example.org"], target.AllowedOrigins);
        Assert.Equal([new Uri("http://127.0.0.1:5000/start"), new Uri("https://login.example.org/help")], target.PageUrls);
        Assert.Equivalent(new CrawlConfig(true, 20, 2, ["/apply/**"], ["/sign-out"], false), target.Crawl, strict: true);
        Assert.Equal(new TimeoutConfig(45, 15), target.Timeouts);
        Assert.Equal(4, target.Concurrency);
        Assert.Equal(4, target.EffectiveConcurrency(16));
        Assert.Equal(Path.Combine(_directory, "tools", "chromium"), target.BrowserPath);
        Assert.Equal(new ViewportSize(1024, 768), target.Viewport);
        Assert.Equal("https://login.example.org/sign-in", target.Auth!.LoginUrl);
        Assert.Equal(["fill '#user'", "click 'button[type=submit]'"], target.Auth.Steps.Select(s => s.Summary));

        Assert.Equal(new SourceConfig(Path.Combine(_directory, "src"), config.Source!.Exclude), config.Source);
        Assert.Equal(["**/Migrations/**"], config.Source.Exclude);
        Assert.Equal(new DesignSystemConfig("govuk-frontend", "5.7.0", Path.Combine(_directory, "tokens.json"), 3), config.DesignSystem);
        Assert.Equal(new AccessibilityConfig(AccessibilityLevel.Wcag21AA, true, false, false), config.Accessibility);
        Assert.Equal(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"], config.Accessibility.AxeTags);
        Assert.Equal(["accessibility", "code"], config.Checks.Enable);
        Assert.Equal(["accessibility/axe/region"], config.Checks.Disable);
        Assert.Equal(FailThreshold.Moderate, config.FailOn);
        Assert.True(config.NewOnly);
        Assert.Equal(Path.Combine(_directory, "previous", "assessment.json"), config.Baseline);
        Assert.Equal(Path.Combine(_directory, "out"), config.Output.Directory);
        Assert.Equal(["sarif", "junit", "md", "json"], config.Output.Formats.Select(f => f.Name));
        Assert.Equal(
            new Suppression("accessibility/axe/color-contrast", null, "/legacy/**", null, "Legacy page replaced in March", new SourceLocation("servicestandard.yml", 68, 5)),
            Assert.Single(config.Suppressions));
        Assert.Equal(_directory, config.BaseDirectory);
    }

    [Fact]
    public void Journey_steps_keep_their_kind_position_and_place_in_the_file()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "src"));
        Directory.CreateDirectory(Path.Combine(_directory, "standards"));
        Directory.CreateDirectory(Path.Combine(_directory, "previous"));
        File.WriteAllText(Path.Combine(_directory, "standards", "fisheries.yml"), "schemaVersion: 1");
        File.WriteAllText(Path.Combine(_directory, "previous", "assessment.json"), "{}");
        File.WriteAllText(Path.Combine(_directory, "tokens.json"), "{}");

        var journey = Assert.Single(Load(FullExample, _directory).Target!.Journeys);

        Assert.Equal("apply-for-a-permit", journey.Name);
        Assert.Equal(new SourceLocation("servicestandard.yml", 22, 7), journey.Location);
        var fill = Assert.IsType<FillStep>(journey.Steps[2]);
        Assert.Equal("Ana Pérez", fill.Value.Template);
        Assert.Equal(
            [
                new GotoStep(1, At(24), "/start"),
                new ClickStep(2, At(25), "a.start-button"),
                fill,
                new SelectStep(4, At(27), "#permit", ConfigValue.Literal("annual", new SourceLocation("servicestandard.yml", 27, 49))),
                new CheckStep(5, At(28), "#declaration"),
                new PressStep(6, At(29), "#postcode", "Enter"),
                new PressStep(7, At(30), null, "Tab"),
                new WaitForStep(8, At(31), "h1"),
                new ExpectStep(9, At(32), "h1", "Check your answers"),
                new ExpectStep(10, At(33), "form", null),
            ],
            journey.Steps);
        Assert.Equal(At(26), fill.Location);
        Assert.Equal(
            [
                "step 1 (goto '/start')",
                "step 2 (click 'a.start-button')",
                "step 3 (fill '#full-name')",
                "step 4 (select 'annual' in '#permit')",
                "step 5 (check '#declaration')",
                "step 6 (press Enter on '#postcode')",
                "step 7 (press Tab)",
                "step 8 (waitFor 'h1')",
                "step 9 (expect 'h1' to contain 'Check your answers')",
                "step 10 (expect 'form')",
            ],
            journey.Steps.Select(s => s.Describe()));
        Assert.Equal("journey apply-for-a-permit, step 2 (click 'a.start-button')", journey.Describe(journey.Steps[1]));

        static SourceLocation At(int line) => new("servicestandard.yml", line, 11);
    }

    [Fact]
    public void A_config_of_only_the_schema_version_is_every_default()
    {
        var config = Load("schemaVersion: 1", _directory);

        Assert.Equivalent(ConfigDefaults.Create(_directory) with { ConfigFile = "servicestandard.yml" }, config, strict: true);
        Assert.Equal("digital-service-standard", config.Standard);
        Assert.True(config.UsesShippedStandard);
        Assert.Equal("en", config.Language);
        Assert.Null(config.Target);
        Assert.Null(config.Source);
        Assert.Equal(new DesignSystemConfig("servicestandard", null, "tokens", 2.3), config.DesignSystem);
        Assert.Equal(new AccessibilityConfig(AccessibilityLevel.Wcag22AA, false, true, true), config.Accessibility);
        Assert.Equal(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"], config.Accessibility.AxeTags);
        Assert.Empty(config.Checks.Enable);
        Assert.Empty(config.Checks.Disable);
        Assert.Equal(FailThreshold.Serious, config.FailOn);
        Assert.False(config.NewOnly);
        Assert.Null(config.Baseline);
        Assert.Equal(Path.Combine(_directory, "servicestandard-report"), config.Output.Directory);
        Assert.Empty(config.Output.Formats);
        Assert.Empty(config.Suppressions);
        Assert.Equal(["en"], config.Service.Languages);
    }

    [Fact]
    public void A_target_of_only_a_base_url_is_every_default()
    {
        var target = Load("""
            schemaVersion: 1
            target:
              baseUrl: http://127.0.0.1:5000
            """, _directory).Target!;

        Assert.Equivalent(ConfigDefaults.CreateTarget(target.BaseUrl), target, strict: true);
        Assert.Equal(new Uri("http://127.0.0.1:5000/"), target.BaseUrl);
        Assert.Equal(["http://127.0.0.1:5000"], target.AllowedOrigins);
        Assert.Equal([new Uri("http://127.0.0.1:5000/")], target.PageUrls);
        Assert.Equivalent(new CrawlConfig(false, 50, 3, ["/**"], [], true), target.Crawl, strict: true);
        Assert.Equal(new TimeoutConfig(30, 30), target.Timeouts);
        Assert.Equal(new ViewportSize(1280, 900), target.Viewport);
        Assert.Equal(0, target.Concurrency);
        Assert.Equal(12, target.EffectiveConcurrency(12));
        Assert.Null(target.BrowserPath);
        Assert.Null(target.Auth);
        Assert.Empty(target.Journeys);
    }

    [Fact]
    public void A_source_section_defaults_its_exclusions()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "src"));

        var source = Load("""
            schemaVersion: 1
            source:
              path: src
            """, _directory).Source;

        Assert.Equal(Path.Combine(_directory, "src"), source!.Path);
        Assert.Equal(["**/bin/**", "**/obj/**"], source.Exclude);
    }

    [Fact]
    public void A_name_missing_a_declared_language_is_a_warning_only()
    {
        var result = ConfigLoader.Parse("""
            schemaVersion: 1
            service:
              languages: [en, es]
              name: { en: Apply for a fishing permit }
            """, "servicestandard.yml", _directory);

        Assert.True(result.Succeeded);
        Assert.Equal(
            ["servicestandard.yml:4:9: warning: the service name has no 'es' text; readers in 'es' will see 'en'"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Finds_the_config_in_a_folder()
    {
        Assert.Null(ConfigLoader.FindIn(_directory));

        File.WriteAllText(Path.Combine(_directory, "servicestandard.yaml"), "schemaVersion: 1");
        Assert.Equal(Path.Combine(_directory, "servicestandard.yaml"), ConfigLoader.FindIn(_directory));

        File.WriteAllText(Path.Combine(_directory, "servicestandard.yml"), "schemaVersion: 1");
        Assert.Equal(Path.Combine(_directory, "servicestandard.yml"), ConfigLoader.FindIn(_directory));
    }

    [Fact]
    public void Loading_a_file_resolves_paths_against_its_folder()
    {
        var path = Path.Combine(_directory, "servicestandard.yml");
        File.WriteAllText(path, "schemaVersion: 1\noutput:\n  dir: ../reports\n");

        var config = ConfigLoader.LoadFile(path).Value!;

        Assert.Equal(Path.GetFullPath(Path.Combine(_directory, "..", "reports")), config.Output.Directory);
        Assert.Equal(path, config.ConfigFile);
    }

    private static ServiceConfig Load(string yaml, string directory)
    {
        var result = ConfigLoader.Parse(yaml, "servicestandard.yml", directory);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        return result.Value!;
    }
}
