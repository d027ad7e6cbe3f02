using System.Text.RegularExpressions;
using ServiceStandard.DesignSystem.Engine;

namespace ServiceStandard.DesignSystem.Contracts.Assertions;

/// <summary>
/// <c>attributes: { required: [...], forbidden: [...], values: { type: [submit, button] }, pattern: { href: "^#" } }</c>:
/// attributes the element must have, must not have, and the values they may take when present.
/// Each attribute that fails is reported once (the attribute is the discriminator).
/// </summary>
public sealed class AttributesAssertion(
    IReadOnlyList<string> required,
    IReadOnlyList<string> forbidden,
    IReadOnlyDictionary<string, IReadOnlyList<string>> values,
    IReadOnlyDictionary<string, Regex> patterns) : TargetAssertion
{
    // Arrays, so checking an element allocates nothing.
    private readonly string[] _required = [.. required];
    private readonly string[] _forbidden = [.. forbidden];
    private readonly (string Name, string[] Allowed)[] _values = [.. values.Select(v => (v.Key, v.Value.ToArray()))];
    private readonly (string Name, Regex Pattern)[] _patterns = [.. patterns.Select(p => (p.Key, p.Value))];

    public IReadOnlyList<string> Required { get; } = required;

    public IReadOnlyList<string> Forbidden { get; } = forbidden;

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Values { get; } = values;

    public IReadOnlyDictionary<string, Regex> Patterns { get; } = patterns;

    public override string Kind => "attributes";

    public override IReadOnlyCollection<string> Placeholders { get; } = ["attribute", "value", "allowed"];

    public override void Check(RuleEvaluation evaluation, int target)
    {
        var element = evaluation.Index[target];
        foreach (var name in _required)
        {
            if (!element.HasAttribute(name))
            {
                evaluation.Report(target, name, ("attribute", name), ("value", string.Empty), ("allowed", string.Empty));
            }
        }

        foreach (var name in _forbidden)
        {
            if (element.GetAttribute(name) is { } value)
            {
                evaluation.Report(target, name, ("attribute", name), ("value", value), ("allowed", string.Empty));
            }
        }

        foreach (var (name, allowed) in _values)
        {
            if (element.GetAttribute(name) is { } value && !IsOneOf(value.AsSpan().Trim(), allowed))
            {
                evaluation.Report(target, name, ("attribute", name), ("value", value), ("allowed", string.Join(", ", allowed)));
            }
        }

        foreach (var (name, pattern) in _patterns)
        {
            if (element.GetAttribute(name) is { } value && !pattern.IsMatch(value))
            {
                evaluation.Report(target, name, ("attribute", name), ("value", value), ("allowed", pattern.ToString()));
            }
        }
    }

    private static bool IsOneOf(ReadOnlySpan<char> value, string[] allowed)
    {
        foreach (var candidate in allowed)
        {
            if (value.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
