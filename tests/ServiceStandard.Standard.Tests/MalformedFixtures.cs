namespace ServiceStandard.Standard.Tests;

/// <summary>
/// One malformed standard per problem in Fixtures/*.yml, with the exact diagnostics the loader must
/// give and the JSON paths where the schema must find the same problem. When the schema cannot
/// express a problem (YAML syntax, uniqueness across items, text keyed by the declared languages),
/// <see cref="MalformedFixture.SchemaCannotSee"/> says why; the loader is then the only guard.
/// </summary>
public static class MalformedFixtures
{
    public static IReadOnlyList<MalformedFixture> All { get; } =
    [
        new("yaml-syntax-error.yml",
            ["yaml-syntax-error.yml:4:8: error: the quoted text that starts here has no closing \""],
            SchemaCannotSee: "not YAML at all"),
        new("tab-indentation.yml",
            ["tab-indentation.yml:8:1: error: tab character in the indentation; indent YAML with spaces only"],
            SchemaCannotSee: "not YAML at all"),
        new("unknown-top-level-key.yml",
            ["unknown-top-level-key.yml:5:1: error: unknown key 'owner' in the standard; expected one of: schemaVersion, id, version, title, description, defaultLanguage, languages, criteria"],
            SchemaPaths: ["#/owner"]),
        new("unknown-criterion-key.yml",
            ["unknown-criterion-key.yml:10:5: error: unknown key 'whyItMaters' in criterion CS-01; did you mean 'whyItMatters'?"],
            SchemaPaths: ["#/criteria[0].whyItMaters"]),
        new("missing-slug.yml",
            ["missing-slug.yml:6:5: error: criterion CS-01 is missing the required key 'slug'"],
            SchemaPaths: ["#/criteria[0].slug"]),
        new("duplicate-criterion-id.yml",
            ["duplicate-criterion-id.yml:12:9: error: duplicate criterion id 'CS-01' (first used at line 6)"],
            SchemaCannotSee: "JSON Schema cannot require a property to be unique across array items"),
        new("duplicate-slug.yml",
            ["duplicate-slug.yml:13:11: error: duplicate criterion slug 'understand-users' (first used at line 7)"],
            SchemaCannotSee: "JSON Schema cannot require a property to be unique across array items"),
        new("empty-title.yml",
            ["empty-title.yml:4:8: error: the standard's title must not be empty"],
            SchemaPaths: ["#/title"]),
        new("locale-missing-default-language.yml",
            ["locale-missing-default-language.yml:13:7: error: the title of criterion CS-01 has no 'en' text; add it, since 'en' is the default language"],
            SchemaCannotSee: "the required language depends on the file's own defaultLanguage"),
        new("unknown-language.yml",
            ["unknown-language.yml:9:3: error: 'fr' in the standard's title is not one of the declared languages (en, es); add it to 'languages' or remove it"],
            SchemaCannotSee: "the allowed languages depend on the file's own 'languages' list"),
        new("title-is-a-list.yml",
            ["title-is-a-list.yml:9:7: error: the title of criterion CS-01 must be text or a map of languages to text (en: ..., es: ...), found a list"],
            SchemaPaths: ["#/criteria[0].title"]),
        new("evidence-tags-is-a-string.yml",
            ["evidence-tags-is-a-string.yml:11:19: error: 'evidenceTags' in criterion CS-01 must be a list, found the value 'user-research'; write it as a list: evidenceTags: [user-research]"],
            SchemaPaths: ["#/criteria[0].evidenceTags"]),
        new("schema-version-is-text.yml",
            ["schema-version-is-text.yml:1:16: error: 'schemaVersion' in the standard must be a whole number, found the value 'one'"],
            SchemaPaths: ["#/schemaVersion"]),
        new("empty-criteria.yml",
            ["empty-criteria.yml:5:11: error: the standard has no criteria; add at least one under 'criteria'"],
            SchemaPaths: ["#/criteria"]),
        new("unsupported-schema-version.yml",
            ["unsupported-schema-version.yml:1:16: error: schemaVersion 2 is not supported; this version of ServiceStandard reads schemaVersion 1"],
            SchemaPaths: ["#/schemaVersion"]),
        new("several-errors.yml",
            [
                "several-errors.yml:2:5: error: the standard id 'Council Standard' must be lowercase words joined by hyphens (for example my-council-standard)",
                "several-errors.yml:8:5: error: unknown key 'titel' in criterion CS-01; did you mean 'title'?",
                "several-errors.yml:10:24: error: criterion CS-01 needs at least one assessor question",
                "several-errors.yml:13:11: error: duplicate criterion slug 'understand-users' (first used at line 7)",
                "several-errors.yml:15:14: error: the summary of criterion CS-02 must not be empty",
                "several-errors.yml:17:35: error: the evidence tag 'Accessibility' of criterion CS-02 must be lowercase words joined by hyphens",
            ],
            SchemaPaths:
            [
                "#/id",
                "#/criteria[0].titel",
                "#/criteria[0].assessorQuestions",
                "#/criteria[1].summary",
                "#/criteria[1].evidenceTags[1]",
            ]),
    ];

    public static TheoryData<string> Names => [.. All.Select(f => f.File)];

    public static TheoryData<string> SchemaExpressible => [.. All.Where(f => f.SchemaCannotSee is null).Select(f => f.File)];

    public static string Directory => Testing.RepositoryPaths.Combine("tests", "ServiceStandard.Standard.Tests", "Fixtures");

    public static MalformedFixture Get(string file) => All.Single(f => f.File == file);

    public static string Read(string file) => File.ReadAllText(Path.Combine(Directory, file));
}

public sealed record MalformedFixture(string File, IReadOnlyList<string> Diagnostics, IReadOnlyList<string>? SchemaPaths = null, string? SchemaCannotSee = null);
