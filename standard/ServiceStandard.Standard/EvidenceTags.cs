using ServiceStandard.Kernel;
using YamlDotNet.RepresentationModel;

namespace ServiceStandard.Standard;

/// <summary>Where a tag's evidence comes from.</summary>
public enum EvidenceSource
{
    /// <summary>Some check's findings carry the tag.</summary>
    Checks,

    /// <summary>No check can produce it; only the assessor's judgement gives evidence for it.</summary>
    Assessor,
}

public sealed record EvidenceTag(string Tag, EvidenceSource Source, LocalizedText Description);

/// <summary>
/// The evidence tags the tool knows (<c>standard/evidence/evidence-tags.yml</c>): each with what it
/// stands for and whether checks or only the assessor give evidence for it. A criterion's tag that
/// is in neither list reaches no evidence at all, which is almost always a typo.
/// </summary>
public static class EvidenceTags
{
    private static readonly Lazy<IReadOnlyDictionary<string, EvidenceTag>> Shipped = new(Load);

    public static IReadOnlyDictionary<string, EvidenceTag> All => Shipped.Value;

    public static EvidenceTag? Find(string tag) => Shipped.Value.GetValueOrDefault(tag);

    private static IReadOnlyDictionary<string, EvidenceTag> Load()
    {
        using var stream = typeof(EvidenceTags).Assembly.GetManifestResourceStream("evidence/evidence-tags.yml")
            ?? throw new InvalidOperationException("evidence/evidence-tags.yml is missing from the assembly.");
        var yaml = new YamlStream();
        yaml.Load(new StreamReader(stream));
        var tags = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children[new YamlScalarNode("tags")];
        return tags.Children.ToDictionary(
            t => ((YamlScalarNode)t.Key).Value!,
            t =>
            {
                var entry = (YamlMappingNode)t.Value;
                var source = ((YamlScalarNode)entry.Children[new YamlScalarNode("source")]).Value switch
                {
                    "checks" => EvidenceSource.Checks,
                    "assessor" => EvidenceSource.Assessor,
                    var other => throw new InvalidOperationException($"evidence-tags.yml: '{((YamlScalarNode)t.Key).Value}' has the source '{other}'; expected checks or assessor"),
                };
                var description = (YamlMappingNode)entry.Children[new YamlScalarNode("description")];
                var texts = description.Children.ToDictionary(d => ((YamlScalarNode)d.Key).Value!, d => ((YamlScalarNode)d.Value).Value!, StringComparer.Ordinal);
                return new EvidenceTag(((YamlScalarNode)t.Key).Value!, source, new LocalizedText("en", texts));
            },
            StringComparer.Ordinal);
    }
}
