using System.Text.RegularExpressions;
using ServiceStandard.Testing;
using ServiceStandard.Kernel;

namespace ServiceStandard.Standard.Tests;

public partial class ShippedStandardTests
{
    public static TheoryData<string> ShippedIds => [.. ShippedStandards.Ids];

    [Fact]
    public void The_digital_service_standard_ships_and_is_the_default()
    {
        Assert.Contains("digital-service-standard", ShippedStandards.Ids);
        Assert.Equal("digital-service-standard", ShippedStandards.DefaultId);
    }

    [Theory]
    [MemberData(nameof(ShippedIds))]
    public void Loads_with_no_errors_and_no_warnings(string id)
    {
        var result = ShippedStandards.Load(id);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Has_fourteen_criteria_DSS_01_to_DSS_14_in_order()
    {
        var standard = ShippedStandards.Load("digital-service-standard").Value!;

        Assert.Equal(Enumerable.Range(1, 14).Select(i => $"DSS-{i:00}"), standard.Criteria.Select(c => c.Id));
        Assert.Equal(["en", "es"], standard.Languages);
        Assert.Equal("en", standard.DefaultLanguage);
    }

    [Theory]
    [MemberData(nameof(ShippedIds))]
    public void Every_text_is_in_english_and_spanish(string id)
    {
        var standard = ShippedStandards.Load(id).Value!;
        var texts = new List<(string Where, LocalizedText Text)> { ("title", standard.Title) };
        if (standard.Description is not null)
        {
            texts.Add(("description", standard.Description));
        }

        foreach (var c in standard.Criteria)
        {
            texts.Add(($"{c.Id} title", c.Title));
            texts.Add(($"{c.Id} summary", c.Summary));
            texts.Add(($"{c.Id} whyItMatters", c.WhyItMatters ?? LocalizedText.Of("missing", "none")));
            texts.AddRange(c.AssessorQuestions.Select((q, i) => ($"{c.Id} question {i + 1}", q)));
        }

        Assert.All(texts, t =>
        {
            Assert.True(t.Text.Has("en") && t.Text.Has("es"), $"{t.Where} lacks en or es");
            Assert.False(string.IsNullOrWhiteSpace(t.Text.Get("en")), t.Where);
            Assert.False(string.IsNullOrWhiteSpace(t.Text.Get("es")), t.Where);
            Assert.NotEqual(t.Text.Get("en"), t.Text.Get("es"));
        });
    }

    [Fact]
    public void Every_criterion_has_three_to_six_questions_and_evidence_tags()
    {
        var standard = ShippedStandards.Load("digital-service-standard").Value!;

        Assert.All(standard.Criteria, c =>
        {
            Assert.InRange(c.AssessorQuestions.Count, 3, 6);
            Assert.NotEmpty(c.EvidenceTags);
            Assert.Matches(KebabCase(), c.Slug);
        });
        Assert.Equal(standard.Criteria.Count, standard.Criteria.Select(c => c.Slug).Distinct().Count());
    }

    [Fact]
    public void Criteria_are_found_by_id_or_slug_and_accessibility_collects_accessibility_findings()
    {
        var standard = ShippedStandards.Load("digital-service-standard").Value!;

        var criterion = standard.FindCriterion("dss-05");
        Assert.NotNull(criterion);
        Assert.Equal("DSS-05", criterion.Id);
        Assert.Same(criterion, standard.FindCriterion(criterion.Slug));
        Assert.Contains("accessibility", criterion.EvidenceTags);
    }

    [Theory]
    [MemberData(nameof(ShippedIds))]
    public async Task Validates_against_the_published_schema(string id)
    {
        var errors = await YamlSchemaValidation.ValidateAsync(ShippedStandards.ReadText(id), RepositoryPaths.Combine("docs", "schemas", "standard.schema.json"));

        Assert.Empty(errors);
    }

    [Fact]
    public async Task Every_standard_file_in_the_repository_validates_against_the_schema()
    {
        var files = Directory.GetFiles(RepositoryPaths.Combine("standard", "standards"), "*.yml");

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = await File.ReadAllTextAsync(file);
            Assert.Empty(await YamlSchemaValidation.ValidateAsync(text, RepositoryPaths.Combine("docs", "schemas", "standard.schema.json")));
            Assert.StartsWith("# yaml-language-server: $schema=../../docs/schemas/standard.schema.json", text, StringComparison.Ordinal);
            Assert.Empty(StandardLoader.Parse(text, file).Diagnostics);
        }
    }

    [Fact]
    public void A_path_that_is_neither_shipped_nor_a_file_is_a_diagnostic()
    {
        var result = ShippedStandards.Resolve("no-such-standard");

        Assert.False(result.Succeeded);
        Assert.Contains("digital-service-standard", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_standard_for_public_code_ships_its_sixteen_criteria_in_the_published_order()
    {
        var standard = ShippedStandards.Load("public-code").Value!;

        Assert.Equal("0.8.0", standard.Version);
        Assert.Equal("Standard for Public Code", standard.Title.Get("en"));
        Assert.Contains("CC0-1.0", standard.Description!.Get("en"), StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, 16).Select(i => $"PC-{i:00}"), standard.Criteria.Select(c => c.Id));
        // The slugs are the criteria's pages on standard.publiccode.net (criteria/<slug>.md), in its order.
        Assert.Equal(
        [
            "code-in-the-open", "bundle-policy-and-source-code", "make-the-codebase-reusable-and-portable", "welcome-contributors",
            "make-contributing-easy", "maintain-version-control", "require-review-of-contributions", "document-codebase-objectives",
            "document-the-code", "use-plain-english", "use-open-standards", "use-continuous-integration", "publish-with-an-open-license",
            "make-the-codebase-findable", "use-a-coherent-style", "document-codebase-maturity",
        ], standard.Criteria.Select(c => c.Slug));
        Assert.Equal("Publish with an open license", standard.FindCriterion("publish-with-an-open-license")!.Title.Get("en"));
    }

    [Fact]
    public void Each_public_code_requirement_keeps_its_keyword_in_both_languages()
    {
        var standard = ShippedStandards.Load("public-code").Value!;
        var requirements = standard.Criteria.SelectMany(c => c.AssessorQuestions.Select(q => (c.Id, Question: q))).ToList();

        Assert.Equal(112, requirements.Count); // every requirement of the 16 criteria
        Assert.All(requirements, r =>
        {
            var en = r.Question.Get("en");
            var es = r.Question.Get("es");
            var keyword = KeywordEn().Match(en).Value;
            var expected = keyword switch
            {
                "MUST NOT" => "NO DEBE",
                "MUST" => "DEBE",
                "SHOULD NOT" => "NO DEBERÍA",
                "SHOULD" => "DEBERÍA",
                "OPTIONAL" => "OPCIONAL",
                _ => throw new Xunit.Sdk.XunitException($"{r.Id}: '{en}' has no RFC 2119 keyword"),
            };
            Assert.True(es.Contains(expected, StringComparison.Ordinal), $"{r.Id}: '{es}' lacks {expected} for {keyword}");
        });
    }

    [GeneratedRegex(@"MUST NOT|MUST|SHOULD NOT|SHOULD|OPTIONAL")]
    private static partial Regex KeywordEn();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
