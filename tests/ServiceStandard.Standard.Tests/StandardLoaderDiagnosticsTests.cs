using ServiceStandard.Kernel.Diagnostics;
using ServiceStandard.Testing;

namespace ServiceStandard.Standard.Tests;

/// <summary>Every malformed standard is reported with the exact located message, and all of its problems at once.</summary>
public class StandardLoaderDiagnosticsTests
{
    [Fact]
    public void Every_fixture_file_has_expectations_and_every_expectation_a_file()
    {
        var files = Directory.GetFiles(MalformedFixtures.Directory, "*.yml").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(files, MalformedFixtures.All.Select(f => f.File).Order(StringComparer.Ordinal));
        Assert.True(MalformedFixtures.All.Count >= 14);
    }

    [Theory]
    [MemberData(nameof(MalformedFixtures.Names), MemberType = typeof(MalformedFixtures))]
    public void Loader_reports_every_problem_with_file_line_and_column(string file)
    {
        var result = StandardLoader.Parse(MalformedFixtures.Read(file), file);

        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
        Assert.Equal(MalformedFixtures.Get(file).Diagnostics, result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void File_with_several_problems_reports_all_of_them_in_file_order()
    {
        var result = StandardLoader.Parse(MalformedFixtures.Read("several-errors.yml"), "several-errors.yml");

        Assert.Equal(6, result.Errors.Count());
        Assert.Equal(result.Diagnostics.OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column), result.Diagnostics);
    }

    [Fact]
    public void A_misspelled_required_key_is_reported_once_with_a_suggestion()
    {
        var yaml = """
            schemaVersion: 1
            id: my-standard
            version: 1.0.0
            title: Mine
            criteria:
              - id: A
                slug: a
                titel: Wrong
                summary: S
                assessorQuestions: [Q]
                evidenceTags: [security]
            """;

        var result = StandardLoader.Parse(yaml, "my.yml");

        Assert.Equal(["my.yml:8:5: error: unknown key 'titel' in criterion A; did you mean 'title'?"], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_missing_required_key_with_no_look_alike_is_reported_on_its_mapping()
    {
        var yaml = """
            schemaVersion: 1
            id: my-standard
            title: Mine
            criteria:
              - id: A
                slug: a
                title: T
                summary: S
                assessorQuestions: [Q]
                evidenceTags: [security]
            """;

        var result = StandardLoader.Parse(yaml, "my.yml");

        Assert.Equal(["my.yml:1:1: error: the standard is missing the required key 'version'"], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_quoted_schema_version_is_text_not_a_number()
    {
        var result = StandardLoader.Parse(Minimal.Replace("schemaVersion: 1", "schemaVersion: \"1\"", StringComparison.Ordinal), "my.yml");

        Assert.Equal(["my.yml:1:16: error: 'schemaVersion' in the standard must be a number, not quoted text; write schemaVersion: 1"], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_language_missing_from_a_text_is_a_warning_and_the_standard_still_loads()
    {
        var yaml = """
            schemaVersion: 1
            id: my-standard
            version: 1.0.0
            languages: [en, es]
            title: { en: Mine, es: Mío }
            criteria:
              - id: A
                slug: a
                title: { en: Title }
                summary: { en: Summary, es: Resumen }
                assessorQuestions: [{ en: Q, es: P }]
                evidenceTags: [security]
            """;

        var result = StandardLoader.Parse(yaml, "my.yml");

        Assert.True(result.Succeeded);
        Assert.Equal(
            ["my.yml:9:12: warning: the title of criterion A has no 'es' text; readers in 'es' will see 'en'"],
            result.Diagnostics.Select(d => d.ToString()));
        Assert.Equal("Title", result.Value!.Criteria[0].Title.Get("es"));
    }

    [Fact]
    public void An_evidence_tag_the_tool_does_not_know_is_a_located_warning_and_the_standard_still_loads()
    {
        var yaml = """
            schemaVersion: 1
            id: my-standard
            version: 1.0.0
            title: Mine
            criteria:
              - id: A
                slug: a
                title: T
                summary: S
                assessorQuestions: [Q]
                evidenceTags: [securty, user-research]
            """;

        var result = StandardLoader.Parse(yaml, "my.yml");

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.StartsWith("my.yml:11:20: warning: the evidence tag 'securty' of criterion A is not one the tool knows, so no check produces it and only an assessor's judgement can decide it; the known tags are accessibility, design-system, security,", warning.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_evidence_tag_vocabulary_validates_against_its_schema_and_says_where_each_tag_comes_from()
    {
        var text = await File.ReadAllTextAsync(RepositoryPaths.Combine("standard", "evidence", "evidence-tags.yml"));

        Assert.Empty(await JsonSchemaErrors.OfYamlAsync(text, "evidence-tags.schema.json"));
        Assert.Equal(EvidenceSource.Checks, EvidenceTags.Find("accessibility")!.Source);
        Assert.Equal(EvidenceSource.Assessor, EvidenceTags.Find("user-research")!.Source);
        Assert.All(EvidenceTags.All.Values, t => Assert.NotEqual(t.Description.Get("en"), t.Description.Get("es")));
    }

    [Fact]
    public void Tabs_inside_quoted_text_are_not_indentation()
    {
        var result = StandardLoader.Parse(Minimal.Replace("title: Mine", "title: \"Mine\\tand\tours\"", StringComparison.Ordinal), "my.yml");

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
    }

    [Fact]
    public void A_missing_file_is_a_diagnostic_not_an_exception()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-standard-{Guid.NewGuid():N}.yml");

        var result = StandardLoader.LoadFile(path);

        Assert.Equal([$"{path}:1:1: error: the file does not exist"], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_folder_is_a_diagnostic_not_an_exception()
    {
        var result = StandardLoader.LoadFile(MalformedFixtures.Directory);

        Assert.Equal([$"{MalformedFixtures.Directory}:1:1: error: this is a folder; give the path of a standard's .yml file"], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void LoadFile_names_the_file_as_given()
    {
        var path = Path.Combine(MalformedFixtures.Directory, "missing-slug.yml");

        var result = StandardLoader.LoadFile(path);

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(result.Diagnostics).Severity);
        Assert.Equal(new SourceLocation(path, 6, 5), result.Diagnostics[0].Location);
    }

    [Theory]
    [InlineData("", "my.yml:1:1: error: the file is empty")]
    [InlineData("- a\n- b\n", "my.yml:1:1: error: the standard must be a mapping of keys to values, found a list")]
    [InlineData("id: a\nid: b\n", "my.yml:2:1: error: duplicate key in a mapping (each key may appear once)")]
    [InlineData("id: a: b\n", "my.yml:1:6: error: a value here contains ': '; put the value in quotes, or fix the indentation")]
    [InlineData("id: 'abc\n", "my.yml:1:5: error: the quoted text that starts here has no closing '")]
    [InlineData("id: \"a\\qb\"\n", "my.yml:1:5: error: unknown escape sequence in double-quoted text; write \\\\ for a backslash, or use single quotes")]
    [InlineData("a: 1\n---\nb: 2\n", "my.yml:3:1: error: expected one YAML document, found several (remove the extra '---')")]
    public void YAML_that_cannot_be_read_gives_one_located_message(string yaml, string expected)
    {
        var result = StandardLoader.Parse(yaml, "my.yml");

        Assert.Equal([expected], result.Diagnostics.Select(d => d.ToString()));
    }

    private const string Minimal = """
        schemaVersion: 1
        id: my-standard
        version: 1.0.0
        title: Mine
        criteria:
          - id: A
            slug: a
            title: T
            summary: S
            assessorQuestions: [Q]
            evidenceTags: [security]
        """;
}
