using ServiceStandard.Standard;
using ServiceStandard.Kernel;

namespace ServiceStandard.Checks.Descriptors;

/// <summary>
/// A check as data: its id (<c>accessibility/keyboard</c>), the family it belongs to, what it does,
/// and its rules. A check with no rules listed (<c>accessibility/axe</c>) reports rules that come
/// from elsewhere at run time.
/// </summary>
public sealed record CheckDescriptor(
    string Id,
    string Family,
    LocalizedText Title,
    LocalizedText Description,
    IReadOnlyList<RuleDescriptor> Rules)
{
    public RuleDescriptor? FindRule(string ruleId) => Rules.FirstOrDefault(r => r.Id == ruleId);
}
