using ServiceStandard.Kernel.Yaml;

namespace ServiceStandard.Standard.Tests;

/// <summary>Issue 14, item 8: YAML nested deeper than the limit is a located error, not a stack overflow.</summary>
public class DeepYamlTests
{
    [Fact]
    public void Fifty_thousand_nested_flow_lists_are_a_located_error_not_a_crash()
    {
        const int depth = 50_000;
        var text = "pages: " + new string('[', depth) + new string(']', depth) + "\n";

        var (root, error) = YamlDocumentParser.Parse(text, "deep.yml");

        Assert.Null(root);
        // "pages:" opens the first level (a mapping); the 64th '[' opens level 65, at column 8 + 63.
        Assert.Equal(
            $"deep.yml:1:{8 + YamlDocumentParser.MaxDepth - 1}: error: lists and mappings nest more than {YamlDocumentParser.MaxDepth} levels deep here; no file of the tool needs that many",
            error!.ToString());
    }

    [Fact]
    public void Deep_block_mappings_are_a_located_error_too()
    {
        var text = string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', i) + "k:\n"));

        var (root, error) = YamlDocumentParser.Parse(text, "deep.yml");

        Assert.Null(root);
        Assert.Equal($"deep.yml:{YamlDocumentParser.MaxDepth + 1}:{YamlDocumentParser.MaxDepth + 1}", error!.Location.ToString());
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read()
    {
        var depth = YamlDocumentParser.MaxDepth;
        var (root, error) = YamlDocumentParser.Parse(new string('[', depth) + new string(']', depth), "limit.yml");

        Assert.Null(error);
        Assert.NotNull(root);
    }
}
