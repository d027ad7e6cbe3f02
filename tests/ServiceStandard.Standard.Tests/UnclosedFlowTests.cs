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

    [Theory]
    [InlineData("!!!ign-out] } exclude: [/}\ntarget:\n", "servicestandard.yml:1:1")]
    [InlineData("schemaVersion: 1\nservice:\n  name: !!!a]\n", "servicestandard.yml:3:9")]
    [InlineData("a: \"hi!\"\nb: !!!x]\n", "servicestandard.yml:2:4")]
    public void A_tag_that_is_not_valid_is_a_located_syntax_error_not_a_crash(string yaml, string location)
    {
        // Found by the fuzzer (issue 14): YamlDotNet's parser threw ArgumentException (exit 3).
        var (root, error) = YamlDocumentParser.Parse(yaml, "servicestandard.yml");

        Assert.Null(root);
        Assert.Equal($"{location}: error: YAML syntax error: the tag that starts here with '!' is not valid; put a value that starts with '!' in quotes", error!.ToString());
    }

    [Fact]
    public void An_escape_that_is_not_a_character_is_a_located_syntax_error_not_a_crash()
    {
        // Found by the fuzzer (issue 14): YamlDotNet's scanner threw ArgumentOutOfRangeException (exit 3).
        var (root, error) = YamlDocumentParser.Parse("schemaVersion: 1\nservice:\n  name: \"Apply \\Ucccccccc\"\n", "servicestandard.yml");

        Assert.Null(root);
        Assert.StartsWith("servicestandard.yml:3:9: error: YAML syntax error: the double-quoted text that starts here has an escape", error!.ToString(), StringComparison.Ordinal);
    }
}
