using ServiceStandard.Configuration;
using ServiceStandard.Testing;

namespace ServiceStandard.Checks.Tests.Configuration;

/// <summary>
/// Each file in Fixtures/ is a config with planted mistakes; the loader must report every one,
/// word for word, at its file:line:column, and load nothing.
/// </summary>
public class MalformedConfigTests
{
    private static readonly string FixtureDirectory =
        RepositoryPaths.Combine("tests", "ServiceStandard.Checks.Tests", "Configuration", "Fixtures");

    private static readonly Dictionary<string, string[]> Expected = new()
    {
        ["syntax-error.yml"] =
        [
            "syntax-error.yml:3:9: error: the quoted text that starts here has no closing \"",
        ],
        ["duplicate-key.yml"] =
        [
            "duplicate-key.yml:3:1: error: duplicate key in a mapping (each key may appear once)",
        ],
        ["empty.yml"] =
        [
            "empty.yml:1:1: error: the file is empty",
        ],
        ["unknown-keys.yml"] =
        [
            "unknown-keys.yml:2:1: error: unknown key 'failon' in the config; did you mean 'failOn'?",
            "unknown-keys.yml:6:5: error: unknown key 'maxPage' in target.crawl; did you mean 'maxPages'?",
            "unknown-keys.yml:10:11: error: unknown key 'clik' in journey apply, step 1; did you mean 'click'?",
            "unknown-keys.yml:11:1: error: unknown key 'colour' in the config; expected one of: schemaVersion, service, standard, language, target, source, designSystem, accessibility, checks, failOn, newOnly, baseline, output, suppressions, statement, sample",
        ],
        ["missing-required.yml"] =
        [
            "missing-required.yml:1:1: error: the config is missing the required key 'schemaVersion'",
            "missing-required.yml:4:3: error: target is missing the required key 'baseUrl'",
            "missing-required.yml:6:7: error: journey 1 is missing the required key 'name'",
            "missing-required.yml:10:17: error: 'fill' in journey apply, step 1 is missing the required key 'value'",
            "missing-required.yml:11:18: error: 'press' in journey apply, step 2 is missing the required key 'key'",
        ],
        ["wrong-types.yml"] =
        [
            "wrong-types.yml:1:16: error: 'schemaVersion' in the config must be a whole number, found the value 'one'",
            "wrong-types.yml:2:10: error: service must be a mapping of keys to values, found the value 'Apply for a fishing permit'",
            "wrong-types.yml:5:10: error: 'pages' in target must be a list, found the value '/start'; write it as a list: pages: [/start]",
            "wrong-types.yml:7:14: error: 'enabled' in target.crawl must be true or false, found the value 'yes'",
            "wrong-types.yml:8:15: error: 'maxPages' in target.crawl must be a whole number, found the value 'many'",
            "wrong-types.yml:9:13: error: target.viewport must be a mapping of keys to values, found a list",
            "wrong-types.yml:11:21: error: 'paletteTolerance' in designSystem must be a number, found the value 'high'",
            "wrong-types.yml:13:12: error: 'formats' in output must be a list, found the value 'json'; write it as a list: formats: [json]",
        ],
        ["invalid-enums.yml"] =
        [
            "invalid-enums.yml:3:10: error: 'phase' in service must be one of: discovery, alpha, beta, live; found 'gamma'",
            "invalid-enums.yml:4:11: error: 'language' in the config must be one of: en, es; found 'fr'",
            "invalid-enums.yml:6:10: error: 'level' in accessibility must be one of: wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa; found 'wcag3'",
            "invalid-enums.yml:7:9: error: 'failOn' in the config must be one of: critical, serious, moderate, minor, none; found 'major'",
            "invalid-enums.yml:9:24: error: 'json' appears twice in output.formats",
        ],
        ["bad-urls.yml"] =
        [
            "bad-urls.yml:3:12: error: 'baseUrl' in target must be an absolute http:// or https:// URL, such as http://127.0.0.1:5000/; found '/app'",
            "bad-urls.yml:4:20: error: 'http://127.0.0.1:5000/app' in target.allowedOrigins must be an origin (scheme, host and port only), such as http://127.0.0.1:5000",
            "bad-urls.yml:4:47: error: 'ftp://files.example' in target.allowedOrigins must be an origin (scheme, host and port only), such as http://127.0.0.1:5000",
            "bad-urls.yml:5:11: error: 'start' in target.pages must be a path starting with / or an absolute http:// or https:// URL",
            "bad-urls.yml:5:18: error: 'javascript:alert(1)' in target.pages must be a path starting with / or an absolute http:// or https:// URL",
        ],
        ["relative-base-url.yml"] =
        [
            "relative-base-url.yml:3:12: error: 'baseUrl' in target must be an absolute http:// or https:// URL, such as http://127.0.0.1:5000/; found '127.0.0.1:5000/app'",
        ],
        ["outside-origins.yml"] =
        [
            "outside-origins.yml:6:7: error: 'https://www.example.org/help' in target.pages is outside the allowed origins (http://127.0.0.1:5000); add its origin to target.allowedOrigins to visit it",
            "outside-origins.yml:7:7: error: '//evil.example/' in target.pages must be a path starting with / or an absolute http:// or https:// URL",
            "outside-origins.yml:11:17: error: 'https://login.example.org/' in journey apply, step 1 is outside the allowed origins (http://127.0.0.1:5000); add its origin to target.allowedOrigins to visit it",
            "outside-origins.yml:13:15: error: 'https://login.example.org/sign-in' in target.auth.loginUrl is outside the allowed origins (http://127.0.0.1:5000); add its origin to target.allowedOrigins to visit it",
        ],
        ["step-kinds.yml"] =
        [
            "step-kinds.yml:7:11: error: journey apply, step 1 is empty; give it exactly one of: goto, click, fill, select, check, press, waitFor, expect",
            "step-kinds.yml:8:11: error: journey apply, step 2 has 2 actions (click, fill); a step does exactly one thing, so split it into separate steps",
            "step-kinds.yml:10:11: error: journey apply, step 3 must be a mapping of keys to values, found the value 'click a.start'",
            "step-kinds.yml:11:18: error: 'press' in journey apply, step 4 must be a mapping of keys to values, found the value 'Enter'",
            "step-kinds.yml:12:37: error: unknown key 'txt' in 'expect' in journey apply, step 5; did you mean 'text'?",
        ],
        ["journeys.yml"] =
        [
            "journeys.yml:8:13: error: the journey name 'Apply For A Permit' must be lowercase words joined by hyphens, such as apply-for-a-permit",
            "journeys.yml:11:13: error: duplicate journey name 'apply' (first used at line 5)",
            "journeys.yml:12:14: error: journey apply has no steps; add at least one",
        ],
        ["limits.yml"] =
        [
            "limits.yml:5:15: error: 'maxPages' in target.crawl must be at least 1, found 0",
            "limits.yml:6:15: error: 'maxDepth' in target.crawl must be at least 1, found -1",
            "limits.yml:8:18: error: 'pageSeconds' in target.timeouts must be at least 1, found 0",
            "limits.yml:9:16: error: 'concurrency' in target must be 0 or more, found -2",
            "limits.yml:10:22: error: 'width' in target.viewport must be at least 1, found 0",
            "limits.yml:12:21: error: 'paletteTolerance' in designSystem must be 0 or more, found -1",
        ],
        ["suppressions.yml"] =
        [
            "suppressions.yml:3:5: error: suppression 1 is missing the required key 'reason'",
            "suppressions.yml:5:5: error: suppression 2 matches everything; give at least one of: check, fingerprint, url, path",
            "suppressions.yml:6:12: error: 'Colour Contrast' is neither a check family (accessibility, design-system, code) nor a check id such as accessibility/axe/image-alt (in suppression 3)",
            "suppressions.yml:8:5: error: suppression 4 matches everything; give at least one of: check, fingerprint, url, path",
            "suppressions.yml:9:13: error: 'reason' in suppression 4 must not be empty",
        ],
        ["env-references.yml"] =
        [
            "env-references.yml:7:43: error: '${API_USER}' is not a valid environment reference; write ${env:NAME}, where NAME is letters, digits and underscores and does not start with a digit",
            "env-references.yml:8:47: error: '${env:}' is not a valid environment reference; write ${env:NAME}, where NAME is letters, digits and underscores and does not start with a digit",
            "env-references.yml:9:44: error: '${env:API TOKEN}' is not a valid environment reference; write ${env:NAME}, where NAME is letters, digits and underscores and does not start with a digit",
            "env-references.yml:10:44: error: '${env:ORG' starts an environment reference but has no closing '}'; write ${env:NAME}",
            "env-references.yml:11:16: error: 'click' in target.auth, step 5 cannot read the environment; ${env:NAME} is read only in the 'value' of fill and select steps",
            "env-references.yml:13:9: error: 'name' cannot read the environment; ${env:NAME} is read only in the 'value' of fill and select steps",
        ],
        ["missing-files.yml"] =
        [
            "missing-files.yml:2:11: error: './standards/our-standard.yml' in 'standard' is neither a shipped standard (digital-service-standard, public-code) nor an existing file (paths are relative to the config's folder)",
            "missing-files.yml:4:9: error: the folder './src' in source.path does not exist (paths are relative to the config's folder)",
            "missing-files.yml:6:9: error: './contracts/our-pack' in designSystem.pack is neither a shipped pack (servicestandard, govuk-frontend, nhsuk-frontend) nor an existing folder (paths are relative to the config's folder)",
            "missing-files.yml:7:10: error: newOnly: true needs a baseline: the assessment.json of an earlier run to compare against",
        ],
        ["baseline-missing.yml"] =
        [
            "baseline-missing.yml:3:11: error: the baseline './previous/assessment.json' does not exist (paths are relative to the config's folder); it is the assessment.json of an earlier run",
        ],
        ["versions-and-checks.yml"] =
        [
            "versions-and-checks.yml:1:16: error: schemaVersion 2 is not supported; this version of ServiceStandard reads schemaVersion 1",
            "versions-and-checks.yml:3:19: error: 'english' in service.languages is not a language code (use codes such as en, es)",
            "versions-and-checks.yml:3:28: error: 'en' appears twice in service.languages",
            "versions-and-checks.yml:4:29: error: 'fr' in the service name is not one of the declared languages (en); add it to 'languages' or remove it",
            "versions-and-checks.yml:6:19: error: 'minimumVersion' in designSystem must be a version such as \"5.7.0\", found 'latest'",
            "versions-and-checks.yml:8:27: error: 'a11y' is neither a check family (accessibility, design-system, code) nor a check id such as accessibility/axe/image-alt (in checks.enable)",
            "versions-and-checks.yml:9:13: error: 'code/SS0101' is in both checks.enable and checks.disable",
            "versions-and-checks.yml:9:26: error: 'accessibility' is in both checks.enable and checks.disable",
        ],
    };

    /// <summary>Mistakes an editor with the JSON Schema flags too (the rest need the file system, the whole file or YAML parsing).</summary>
    private static readonly string[] SchemaRejects =
    [
        "unknown-keys.yml", "missing-required.yml", "wrong-types.yml", "invalid-enums.yml", "bad-urls.yml", "relative-base-url.yml",
        "step-kinds.yml", "journeys.yml", "limits.yml", "suppressions.yml", "env-references.yml", "versions-and-checks.yml",
    ];

    public static TheoryData<string> Fixtures => [.. Expected.Keys.Order(StringComparer.Ordinal)];

    public static TheoryData<string> SchemaFixtures => [.. SchemaRejects];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Reports_every_mistake_at_its_line_and_column(string fixture)
    {
        var result = ConfigLoader.Parse(File.ReadAllText(Path.Combine(FixtureDirectory, fixture)), fixture, FixtureDirectory);

        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
        Assert.Equal(Expected[fixture], result.Diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [MemberData(nameof(SchemaFixtures))]
    public async Task The_schema_rejects_it_too(string fixture)
    {
        var errors = await YamlSchemaValidation.ValidateAsync(
            File.ReadAllText(Path.Combine(FixtureDirectory, fixture)),
            RepositoryPaths.Combine("docs", "schemas", "config.schema.json"));

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Every_fixture_has_its_expected_diagnostics()
    {
        var files = Directory.GetFiles(FixtureDirectory, "*.yml").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(Expected.Keys.Order(StringComparer.Ordinal), files);
        Assert.True(Expected.Count >= 10);
    }

    [Fact]
    public void A_file_on_disk_is_reported_under_the_path_given()
    {
        var path = Path.Combine(FixtureDirectory, "relative-base-url.yml");

        var result = ConfigLoader.LoadFile(path);

        Assert.Equal($"{path}:3:12", Assert.Single(result.Diagnostics).Location.ToString());
    }

    [Fact]
    public void A_missing_file_is_a_diagnostic_not_an_exception()
    {
        var path = Path.Combine(FixtureDirectory, "no-such-config.yml");

        var result = ConfigLoader.LoadFile(path);

        Assert.StartsWith($"{path}:1:1: error: cannot read the config: ", Assert.Single(result.Diagnostics).ToString(), StringComparison.Ordinal);
    }
}
