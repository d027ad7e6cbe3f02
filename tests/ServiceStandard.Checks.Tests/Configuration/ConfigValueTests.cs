using System.Text.Json;
using ServiceStandard.Configuration;
using ServiceStandard.Kernel.Diagnostics;

namespace ServiceStandard.Checks.Tests.Configuration;

public class ConfigValueTests
{
    private const string Secret = "s3cr3t-t0ken-value";

    private const string ConfigWithSecret = """
        schemaVersion: 1
        target:
          baseUrl: http://127.0.0.1:5000/
          auth:
            loginUrl: /sign-in
            steps:
              - fill: { selector: "#token", value: "${env:API_TOKEN}" }
              - fill: { selector: "#header", value: "Bearer ${env:API_TOKEN}" }
              - click: "button[type=submit]"
        """;

    private static readonly SourceLocation Here = new("servicestandard.yml", 7, 43);

    [Fact]
    public void A_secret_never_enters_the_config_its_steps_or_their_text()
    {
        var config = Load(ConfigWithSecret);
        var fill = Assert.IsType<FillStep>(config.Target!.Auth!.Steps[0]);
        var environment = new Dictionary<string, string> { ["API_TOKEN"] = Secret };

        var resolution = fill.Value.Resolve(environment);

        Assert.Equal(Secret, resolution.Value);
        Assert.Equal("${env:API_TOKEN}", fill.Value.ToString());
        Assert.Equal("${env:API_TOKEN}", fill.Value.Template);
        Assert.True(fill.Value.ReadsEnvironment);
        Assert.Equal(["API_TOKEN"], fill.Value.EnvironmentVariables);
        string[] texts =
        [
            config.ToString(),
            config.Target.ToString(),
            config.Target.Auth.ToString(),
            .. config.Target.Auth.Steps.Select(s => s.ToString()),
            .. config.Target.Auth.Steps.Select(s => s.Describe()),
            resolution.ToString(),
            JsonSerializer.Serialize(config),
        ];
        Assert.All(texts, text => Assert.DoesNotContain(Secret, text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_reference_inside_text_is_replaced_in_place()
    {
        var header = Assert.IsType<FillStep>(Load(ConfigWithSecret).Target!.Auth!.Steps[1]);

        var resolution = header.Value.Resolve(name => name == "API_TOKEN" ? "abc" : null);

        Assert.True(resolution.Succeeded);
        Assert.Equal("Bearer abc", resolution.Value);
        Assert.Equal("(resolved value hidden)", resolution.ToString());
    }

    [Fact]
    public void An_unset_or_empty_variable_is_a_diagnostic_at_the_value()
    {
        var fill = Assert.IsType<FillStep>(Load(ConfigWithSecret).Target!.Auth!.Steps[0]);

        var unset = fill.Value.Resolve(_ => null);
        var empty = fill.Value.Resolve(new Dictionary<string, string> { ["API_TOKEN"] = string.Empty });

        const string expected = "servicestandard.yml:7:44: error: the environment variable API_TOKEN is not set (or is empty); the config reads it with ${env:API_TOKEN}";
        Assert.False(unset.Succeeded);
        Assert.Null(unset.Value);
        Assert.Equal(expected, Assert.Single(unset.Errors).ToString());
        Assert.Equal(expected, Assert.Single(empty.Errors).ToString());
    }

    [Fact]
    public void Every_unset_variable_is_reported()
    {
        var value = ConfigValue.Parse("${env:USER_NAME}:${env:PASSWORD}", Here).Value!;

        var resolution = value.Resolve(name => name == "USER_NAME" ? "ana" : null);

        Assert.Equal(["USER_NAME", "PASSWORD"], value.EnvironmentVariables);
        Assert.Equal(
            ["servicestandard.yml:7:43: error: the environment variable PASSWORD is not set (or is empty); the config reads it with ${env:PASSWORD}"],
            resolution.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Text_without_references_is_itself()
    {
        var value = ConfigValue.Parse("Ana Pérez", Here).Value!;

        Assert.False(value.ReadsEnvironment);
        Assert.Empty(value.EnvironmentVariables);
        Assert.Equal("Ana Pérez", value.Resolve(_ => throw new InvalidOperationException("must not read the environment")).Value);
        Assert.Equal(ConfigValue.Literal("Ana Pérez", Here), value);
    }

    [Theory]
    [InlineData("${API_TOKEN}")]
    [InlineData("${ENV:API_TOKEN}")]
    [InlineData("${env:1TOKEN}")]
    [InlineData("${env:API-TOKEN}")]
    [InlineData("${env:API_TOKEN")]
    public void Malformed_references_are_rejected(string template)
    {
        var result = ConfigValue.Parse(template, Here);

        Assert.False(result.Succeeded);
        Assert.StartsWith($"servicestandard.yml:7:43: error: '{template}", Assert.Single(result.Diagnostics).ToString(), StringComparison.Ordinal);
    }

    private static ServiceConfig Load(string yaml)
    {
        var result = ConfigLoader.Parse(yaml, "servicestandard.yml", AppContext.BaseDirectory);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        return result.Value!;
    }
}
