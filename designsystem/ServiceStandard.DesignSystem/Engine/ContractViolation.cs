using ServiceStandard.DesignSystem.Contracts;

namespace ServiceStandard.DesignSystem.Engine;

/// <summary>
/// One place where a page breaks a contract rule. It carries what the shared Finding model needs
/// (Checks maps it: rule id, severity, message and help in the report's language, help link, WCAG
/// criteria, and a page location from <see cref="Selector"/> and <see cref="Snippet"/>) without
/// depending on Checks, which calls this engine.
/// </summary>
/// <param name="Selector">A CSS selector for the element; null when the rule is about the whole page.</param>
/// <param name="Snippet">The element's HTML, shortened; page text, so renderers must escape it.</param>
/// <param name="Arguments">The values of the message's placeholders.</param>
/// <param name="Discriminator">Tells apart violations of one rule on one element (the unknown class, the missing attribute), for fingerprints.</param>
public sealed record ContractViolation(
    ContractRule Rule,
    string? Selector,
    string? Snippet,
    IReadOnlyDictionary<string, string> Arguments,
    string? Discriminator)
{
    public string ComponentId => Rule.ComponentId;

    /// <summary><c>button/unknown-modifier</c>.</summary>
    public string RuleId => Rule.QualifiedId;

    public ContractSeverity Severity => Rule.Severity;

    public string HelpUrl => Rule.HelpUrl;

    public IReadOnlyList<string> Wcag => Rule.Wcag;

    /// <summary>The message in <paramref name="language"/> (else English), placeholders filled.</summary>
    public string Message(string language) => MessageText.Format(Rule.Message.Get(language), Arguments);

    /// <summary>How to fix it in <paramref name="language"/>; the message when the rule has no separate help.</summary>
    public string Help(string language) => Rule.Help is null ? Message(language) : MessageText.Format(Rule.Help.Get(language), Arguments);

    public override string ToString() => $"{RuleId} at {Selector ?? "(page)"}: {Message("en")}";
}

/// <summary>The outcome of checking one document: every violation, and how many instances of each component it holds.</summary>
public sealed record ContractEvaluation(IReadOnlyList<ContractViolation> Violations, IReadOnlyDictionary<string, int> Instances);
