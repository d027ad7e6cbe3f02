using ServiceStandard.Kernel.Yaml;

namespace ServiceStandard.Standard.Tests;

/// <summary>Issue 14, item 8: YAML nested deeper than the limit, or built to contain itself or to expand without end, is a located error, not a stack overflow or a hang.</summary>
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

    [Fact]
    public void A_mapping_that_contains_itself_through_an_alias_is_a_located_error_not_a_stack_overflow()
    {
        // Found by the fuzzer: YamlDotNet hashed the self-containing key for ever (exit 134).
        var (root, error) = YamlDocumentParser.Parse("schemaVersion: 1\nservice: &s\n  *s : 1\n", "loop.yml");

        Assert.Null(root);
        Assert.Equal("loop.yml:3:3: error: the alias *s is inside the list or mapping it names, which would contain itself", error!.ToString());
    }

    [Fact]
    public void Aliases_that_expand_to_billions_of_values_are_a_located_error()
    {
        // Ten levels of ten aliases: 10^10 values from eleven short lines.
        var lines = new List<string> { "l0: &l0 [x, x, x, x, x, x, x, x, x, x]" };
        lines.AddRange(Enumerable.Range(1, 10).Select(i => $"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))}]"));

        var (root, error) = YamlDocumentParser.Parse(string.Join('\n', lines), "laughs.yml");

        Assert.Null(root);
        Assert.StartsWith("laughs.yml:", error!.ToString(), StringComparison.Ordinal);
        Assert.EndsWith($"the aliases up to here expand to more than {YamlDocumentParser.MaxExpandedNodes} values; no file of the tool needs that many", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_to_a_finished_node_still_reads()
    {
        var (root, error) = YamlDocumentParser.Parse("defaults: &d [a, b]\nother: *d\nmore: [*d, *d]\n", "alias.yml");

        Assert.Null(error);
        Assert.NotNull(root);
    }
}
