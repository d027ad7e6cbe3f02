using ServiceStandard.DesignSystem.Components;
using ServiceStandard.Testing;

namespace ServiceStandard.DesignSystem.Tests;

/// <summary>
/// A broken component.yml is reported, all at once, at the file, line and column to edit, in
/// words that say what to do (Malformed/*.yml).
/// </summary>
public class MalformedContractTests
{
    public static TheoryData<string, string[]> Cases() => new()
    {
        { "misspelled-key.yml", ["misspelled-key.yml:13:7: error: unknown key 'mesage' in rule button/element; did you mean 'message'?"] },
        {
            "bad-changelog-version.yml",
            [
                "bad-changelog-version.yml:7:14: error: the changelog version 'next' must be a design-system version, as MAJOR.MINOR.PATCH (for example 0.2.0), or unreleased",
                "bad-changelog-version.yml:9:5: error: changelog entry 2 is missing the required key 'text'",
            ]
        },
        { "invalid-selector.yml", ["invalid-selector.yml:7:9: error: '.ds-button[' is not a valid CSS selector"] },
        {
            "root-without-class.yml",
            ["root-without-class.yml:7:9: error: the root selector 'button' must name one class in its last part (for example .ds-button or a.ds-back-link), so instances are found from the class index; a list (a, b) is not allowed here"]
        },
        {
            "two-assertions.yml",
            ["two-assertions.yml:13:13: error: rule button/element has two assertions ('element' and 'text'); split it into two rules, each with its own id and message"]
        },
        {
            "unknown-severity-and-criterion.yml",
            [
                "unknown-severity-and-criterion.yml:10:17: error: severity 'high' is not one of: minor, moderate, serious, critical",
                "unknown-severity-and-criterion.yml:11:23: error: '9.9.9' is not a WCAG 2.2 success criterion; write its number, for example 1.3.1",
            ]
        },
        {
            "unknown-placeholder.yml",
            ["unknown-placeholder.yml:14:9: error: the 'en' message of rule button/unknown-modifier uses {colour}, which its 'modifiers' assertion does not fill; it can use {allowed}, {class}, {component}, {element}"]
        },
        {
            "several-errors.yml",
            [
                "several-errors.yml:12:11: error: 'on' does not apply to rule button/one-h1: its 'count' assertion is a page rule, checked once per page",
                "several-errors.yml:13:33: error: 'min' (2) in 'count' of rule button/one-h1 is more than 'max' (1)",
                "several-errors.yml:15:11: error: the rule id 'one-h1' is used twice in the contract of button; rule ids must be unique",
                "several-errors.yml:17:17: error: guidance 'somewhere' must be an http(s) link, or '#anchor' on the component's page (https://servicestandard.dev/design-system/components/button/)",
                "several-errors.yml:19:26: error: the pattern of 'href' in 'attributes' of rule button/one-h1 is not a valid regular expression: Invalid pattern '([a-z' at offset 5. Unterminated [] set.",
            ]
        },
        { "tab-indentation.yml", ["tab-indentation.yml:10:1: error: tab character in the indentation; indent YAML with spaces only"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_every_problem_where_it_is(string file, string[] expected)
    {
        var result = Load(file);

        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
        Assert.Equal(expected, result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_missing_translation_is_a_warning_not_an_error()
    {
        var result = Load("missing-spanish.yml");

        Assert.True(result.Succeeded);
        Assert.Equal(
            ["missing-spanish.yml:13:16: warning: the message of rule button/element has no 'es' text; readers in 'es' will see 'en'"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Example_files_must_exist_and_the_id_must_be_the_folder_name()
    {
        var folder = Directory.CreateTempSubdirectory("ds-component-");
        try
        {
            var directory = Directory.CreateDirectory(Path.Combine(folder.FullName, "buton")).FullName;
            var path = Path.Combine(directory, "component.yml");
            File.WriteAllText(path, """
                schemaVersion: 1
                id: button
                name: { en: Button, es: Botón }
                status: deprecated
                replacement: big-button
                since: 0.1.0
                examples:
                  - id: default
                    title: { en: Default, es: Por defecto }
                contract:
                  root: .ds-button
                  rules:
                    - id: text
                      severity: serious
                      wcag: ["4.1.2"]
                      text: required
                      message: { en: Give it text., es: Dele texto. }
                """);

            var result = ComponentLoader.LoadFile(path, new HashSet<string>(["button", "link"]));

            Assert.Equal(
                [
                    $"{path}:2:5: error: the component id 'button' must be the name of its folder ('buton')",
                    $"{path}:5:14: error: the replacement 'big-button' is not a component of this design system",
                    $"{path}:8:5: error: the example file examples/default.html does not exist next to the component",
                ],
                result.Diagnostics.Select(d => d.ToString()));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static Kernel.Diagnostics.LoadResult<ComponentDefinition> Load(string file)
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "ServiceStandard.DesignSystem.Tests", "Malformed", file);
        return ComponentLoader.Parse(File.ReadAllText(path), file);
    }
}
