using ServiceStandard.Configuration;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Checks.Tests.Configuration;

public class ConfigOverridesTests
{
    private static readonly string WorkingDirectory = Path.GetFullPath(AppContext.BaseDirectory);

    private const string FileConfig = """
        schemaVersion: 1
        target:
          baseUrl: http://127.0.0.1:5000/
          pages: [/start, /help]
          browserPath: /usr/bin/chromium
          concurrency: 2
          journeys:
            - name: apply
              steps:
                - goto: /start
        checks:
          enable: [accessibility]
        failOn: critical
        language: es
        output:
          dir: ./reports
          formats: [html]
        """;

    [Fact]
    public void Urls_without_a_config_make_a_target_at_the_first_urls_origin()
    {
        var config = Merge(null, new ConfigOverrides { Urls = ["http://localhost:8080/start?x=1", "http://localhost:8080/help"] });

        var target = config.Target!;
        Assert.Equal(new Uri("http://localhost:8080/"), target.BaseUrl);
        Assert.Equal(["http://localhost:8080"], target.AllowedOrigins);
        Assert.Equal(["http://localhost:8080/start?x=1", "http://localhost:8080/help"], target.Pages);
        Assert.Equal([new Uri("http://localhost:8080/start?x=1"), new Uri("http://localhost:8080/help")], target.PageUrls);
        Assert.Equivalent(ConfigDefaults.Crawl, target.Crawl, strict: true);
        Assert.Null(config.ConfigFile);
        Assert.Equal(Path.Combine(WorkingDirectory, "servicestandard-report"), config.Output.Directory);
    }

    [Fact]
    public void Urls_on_several_origins_allow_each_of_them()
    {
        var config = Merge(null, new ConfigOverrides { Urls = ["https://a.example/", "https://b.example:8443/x"] });

        Assert.Equal(new Uri("https://a.example/"), config.Target!.BaseUrl);
        Assert.Equal(["https://a.example", "https://b.example:8443"], config.Target.AllowedOrigins);
    }

    [Fact]
    public void Command_line_options_override_the_file()
    {
        var file = Load(FileConfig);

        var config = Merge(file, new ConfigOverrides
        {
            Urls = ["/other", "http://127.0.0.1:5000/more"],
            Formats = ["sarif", "junit", "md"],
            OutDir = "out",
            FailOn = "minor",
            Language = "en",
            Checks = ["code", "accessibility/axe/image-alt"],
            BrowserPath = "/opt/chromium/chrome",
            Concurrency = 8,
        });

        Assert.Equal(["/other", "http://127.0.0.1:5000/more"], config.Target!.Pages);
        Assert.Equal(["sarif", "junit", "md"], config.Output.Formats.Select(f => f.Name));
        Assert.All(config.Output.Formats, f => Assert.Equal(ConfigDefaults.CommandLine, f.Location));
        Assert.Equal(Path.Combine(WorkingDirectory, "out"), config.Output.Directory);
        Assert.Equal(FailThreshold.Minor, config.FailOn);
        Assert.Equal("en", config.Language);
        Assert.Equal(["code", "accessibility/axe/image-alt"], config.Checks.Enable);
        Assert.Equal("/opt/chromium/chrome", config.Target.BrowserPath);
        Assert.Equal(8, config.Target.Concurrency);
        Assert.Equal("apply", Assert.Single(config.Target.Journeys).Name);
    }

    [Fact]
    public void What_the_command_line_leaves_out_stays_as_the_file_says()
    {
        var file = Load(FileConfig);

        var config = Merge(file, ConfigOverrides.None);

        Assert.Equal(file, config);
        Assert.Equal(FailThreshold.Critical, config.FailOn);
        Assert.Equal("es", config.Language);
        Assert.Equal(["html"], config.Output.Formats.Select(f => f.Name));
        Assert.Equal(Path.Combine(WorkingDirectory, "reports"), config.Output.Directory);
    }

    [Fact]
    public void A_new_base_url_moves_the_default_allowed_origin_and_the_paths_with_it()
    {
        var config = Merge(Load(FileConfig), new ConfigOverrides { BaseUrl = "http://localhost:7000/" });

        Assert.Equal(["http://localhost:7000"], config.Target!.AllowedOrigins);
        Assert.Equal([new Uri("http://localhost:7000/start"), new Uri("http://localhost:7000/help")], config.Target.PageUrls);
    }

    [Fact]
    public void A_new_base_url_outside_origins_the_file_chose_is_an_error()
    {
        var file = Load("""
            schemaVersion: 1
            target:
              baseUrl: http://127.0.0.1:5000/
              allowedOrigins: [http://127.0.0.1:5000, https://login.example.org]
            """);

        var result = ConfigDefaults.ApplyOverrides(file, new ConfigOverrides { BaseUrl = "http://localhost:7000/" }, WorkingDirectory);

        Assert.Equal(
            ["command line:1:1: error: --base-url 'http://localhost:7000/' is outside target.allowedOrigins (http://127.0.0.1:5000, https://login.example.org); add its origin to the config's allowedOrigins"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Bad_command_line_values_are_diagnostics()
    {
        var result = ConfigDefaults.ApplyOverrides(Load(FileConfig), new ConfigOverrides
        {
            Urls = ["https://elsewhere.example/", "start"],
            Formats = ["pdf"],
            FailOn = "major",
            Language = "fr",
            Checks = ["a11y"],
            Concurrency = -1,
        }, WorkingDirectory);

        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                "command line:1:1: error: --url 'start' must be a path starting with / or an absolute http:// or https:// URL",
                "command line:1:1: error: --concurrency must be 0 (one per processor) or more, found -1",
                "command line:1:1: error: the page 'https://elsewhere.example/' from --url is outside the allowed origins (http://127.0.0.1:5000)",
                "command line:1:1: error: --fail-on 'major' is not one of: critical, serious, moderate, minor, none",
                "command line:1:1: error: --language 'fr' is not one of: en, es",
                "command line:1:1: error: --checks 'a11y' is neither a check family (accessibility, design-system, code) nor a check id such as accessibility/axe/image-alt",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_path_url_needs_a_base_url()
    {
        var result = ConfigDefaults.ApplyOverrides(null, new ConfigOverrides { Urls = ["/start"] }, WorkingDirectory);

        Assert.Equal(
            ["command line:1:1: error: --url '/start' must be an absolute http:// or https:// URL (paths need a base URL: --base-url or target.baseUrl in the config)"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_base_url_alone_assesses_that_page()
    {
        var config = Merge(null, new ConfigOverrides { BaseUrl = "https://permits.example.gov/apply/" });

        Assert.Equal(["https://permits.example.gov"], config.Target!.AllowedOrigins);
        Assert.Equal([new Uri("https://permits.example.gov/")], config.Target.PageUrls);
    }

    [Fact]
    public void Without_a_config_or_urls_the_run_has_every_default_and_no_target()
    {
        var config = Merge(null, ConfigOverrides.None);

        Assert.Equivalent(ConfigDefaults.Create(WorkingDirectory), config, strict: true);
        Assert.Null(config.Target);
    }

    [Fact]
    public void Source_settings_without_a_path_apply_to_the_folder_given_with_source()
    {
        var file = Load("""
            schemaVersion: 1
            source:
              exclude: ["**/Legacy/**"]
              restore: download
              feeds: ["https://nuget.example.org/v3/index.json"]
            """);
        Assert.Null(file.Source);

        var config = Merge(file, new ConfigOverrides { Source = "." });

        var source = Assert.IsType<SourceConfig>(config.Source);
        Assert.Equal(WorkingDirectory.TrimEnd('/'), source.Path.TrimEnd('/'));
        Assert.Equal(["**/Legacy/**"], source.Exclude);
        Assert.Equal(PackageRestore.Download, source.Restore);
        Assert.Equal(["https://nuget.example.org/v3/index.json"], source.Feeds);
    }

    [Fact]
    public void A_plain_http_feed_off_this_machine_is_refused_with_where()
    {
        var result = ConfigLoader.Parse("schemaVersion: 1\nsource:\n  restore: download\n  feeds: [\"http://nuget.example.org/v3/index.json\"]\n", "servicestandard.yml", WorkingDirectory);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Contains("servicestandard.yml:4:", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("must use https", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Threat_models_default_to_remote_and_remote_stays_on_when_others_are_named()
    {
        var defaults = Merge(Load("schemaVersion: 1\nsource:\n  restore: none\n"), new ConfigOverrides { Source = "." });
        Assert.Equal([ThreatModel.Remote], Assert.IsType<SourceConfig>(defaults.Source).ThreatModels);

        var named = Merge(Load("schemaVersion: 1\nsource:\n  threatModels: [local, stored]\n"), new ConfigOverrides { Source = "." });
        var source = Assert.IsType<SourceConfig>(named.Source);
        Assert.Equal([ThreatModel.Remote, ThreatModel.Local, ThreatModel.Stored], source.ThreatModels);
        Assert.Equal(["remote", "local", "stored"], ServiceStandard.Gathering.Source.SourceRequest.From(source).ThreatModels);
    }

    [Fact]
    public void An_unknown_threat_model_is_refused_with_where()
    {
        var result = ConfigLoader.Parse("schemaVersion: 1\nsource:\n  threatModels: [remote, files]\n", "servicestandard.yml", WorkingDirectory);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Contains("servicestandard.yml:3:", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("'files' in source.threatModels must be one of: remote, local, stored", error.ToString(), StringComparison.Ordinal);
    }

    private static ServiceConfig Load(string yaml)
    {
        var result = ConfigLoader.Parse(yaml, "servicestandard.yml", WorkingDirectory);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        return result.Value!;
    }

    private static ServiceConfig Merge(ServiceConfig? config, ConfigOverrides overrides)
    {
        var result = ConfigDefaults.ApplyOverrides(config, overrides, WorkingDirectory);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        return result.Value!;
    }
}
