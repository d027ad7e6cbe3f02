using ServiceStandard.Model.Findings;
using ServiceStandard.Standard;
using ServiceStandard.Kernel;
using ServiceStandard.Kernel.Messages;

namespace ServiceStandard.Checks.Descriptors;

/// <summary>
/// One rule of a check, as data: what it finds, how bad it is, which WCAG success criteria and
/// W3C ACT rules it maps to, and every message it can produce, in English and Spanish.
/// </summary>
/// <param name="CheckId">The check the rule belongs to: <c>accessibility/keyboard</c>.</param>
/// <param name="Id">The rule's id within the check: <c>trap</c>.</param>
/// <param name="Help">How to fix it, in a sentence or two.</param>
/// <param name="Severity">The rule's severity; a rule may report a lower one for milder cases (its docs say when).</param>
/// <param name="Wcag">The success criteria it tests, by number (<c>2.1.2</c>), each present in the WCAG catalogue.</param>
/// <param name="Tags">Every tag its findings carry: the family, WCAG level and criterion tags, then the rule's own tags.</param>
/// <param name="ActIds">Ids of the W3C ACT rules it implements, in part or in whole.</param>
/// <param name="HelpUrl">Where the rule is documented: <c>https://servicestandard.dev/docs/checks.md#accessibility-keyboard-trap</c>.</param>
/// <param name="Messages">Message templates by key (<c>default</c>, <c>missing</c>, …); see <see cref="MessageTemplate"/>.</param>
public sealed record RuleDescriptor(
    string CheckId,
    string Id,
    LocalizedText Title,
    LocalizedText Help,
    Severity Severity,
    IReadOnlyList<string> Wcag,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> ActIds,
    string HelpUrl,
    IReadOnlyDictionary<string, LocalizedText> Messages)
{
    /// <summary>
    /// Whether every finding of the rule needs a person's review: the machine gathers the evidence
    /// but never decides a failure (checks.yml <c>findings: review</c>).
    /// </summary>
    public bool ReviewOnly { get; init; }

    /// <summary>The id users select and suppress by: <c>accessibility/keyboard/trap</c>.</summary>
    public string QualifiedId => $"{CheckId}/{Id}";

    /// <summary>The anchor of the rule's section in docs/checks.md: <c>accessibility-keyboard-trap</c>.</summary>
    public string Anchor => AnchorOf(QualifiedId);

    /// <summary>The message <paramref name="key"/> in <paramref name="language"/>, placeholders filled.</summary>
    public string Message(string key, string language, params ReadOnlySpan<(string Name, object? Value)> arguments) =>
        Messages.TryGetValue(key, out var text)
            ? MessageTemplate.Format(text.Get(language), arguments)
            : throw new KeyNotFoundException($"The rule {QualifiedId} has no message '{key}' in checks.yml.");

    public static string AnchorOf(string qualifiedRuleId) => qualifiedRuleId.Replace('/', '-');
}
