using ServiceStandard.Standard;

namespace ServiceStandard.Standard.Tests;

public class StandardLoaderSmokeTests
{
    [Fact]
    public void Reports_unknown_key_and_missing_field_with_positions()
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
        Assert.False(result.Succeeded);
        Assert.Equal(
            ["my.yml:6:5: error: criterion A is missing the required key 'title'", "my.yml:8:5: error: unknown key 'titel' in criterion A; did you mean 'title'?"],
            result.Diagnostics.Select(d => d.ToString()));
    }
}
