using YamlDotNet.RepresentationModel;

namespace ServiceStandard.Kernel.Yaml;

/// <summary>Words for YAML nodes in messages, and YAML's spellings of null.</summary>
public static class YamlNodeKind
{
    /// <summary>How a node reads to a person: "a list", "a mapping", "a text value".</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        YamlScalarNode scalar when IsNull(scalar) => "nothing (null)",
        YamlScalarNode => $"the value '{Shorten(((YamlScalarNode)node).Value ?? string.Empty)}'",
        _ => "an unsupported node",
    };

    public static bool IsNull(YamlNode node) => node is YamlScalarNode scalar && IsNull(scalar);

    public static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain &&
        (scalar.Value is null or "" or "~" or "null" or "Null" or "NULL");

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..37] + "...";
}
