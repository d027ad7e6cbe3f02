using ServiceStandard.Kernel.Yaml;

namespace ServiceStandard.Standard.Tests;

public class UnclosedFlowTests
{
    [Fact]
    public void An_unclosed_flow_list_is_a_located_syntax_error_not_a_crash()
    {
        var (root, error) = YamlDocumentParser.Parse("schemaVersion: 1\npages: [/good/start\nother: 1\n", "servicestandard.yml");

        Assert.Null(root);
        Assert.NotNull(error);
        Assert.Equal("servicestandard.yml:2:8: error: YAML syntax error: the list opened here with '[' is not closed", error!.ToString());
    }

    [Fact]
    public void A_colon_with_no_key_is_a_located_syntax_error_not_a_crash()
    {
        // Found by the property tests (issue 14): YamlDotNet's node builder threw ArgumentException (exit 3).
        var (root, error) = YamlDocumentParser.Parse("schemaVersion: 1\ncrawl:\n : 1\nother: 2\n", "servicestandard.yml");

        Assert.Null(root);
        Assert.Equal("servicestandard.yml:3:2: error: YAML syntax error: the mapping here cannot be read; look for a ':' with no key before it", error!.ToString());
    }
}
