using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Code.PublicCode;

/// <summary>
/// The findings of one run of <see cref="PublicCodeChecks"/>, each built from its rule in checks.yml: the
/// message by key in the run's language, the rule's help, severity and tags. A rule gives only the kind.
/// </summary>
public sealed class PublicCodeFindings(CheckDescriptor check, string language)
{
    public List<Finding> Findings { get; } = [];

    /// <summary>A finding about a file or folder as a whole.</summary>
    public void Add(string ruleId, string messageKey, FindingKind kind, string path, params (string Name, object? Value)[] arguments) =>
        AddAt(ruleId, messageKey, kind, new RepositoryLocation(path), Fingerprints.Hash(PublicCodeChecks.CheckId, ruleId, messageKey, path), arguments);

    /// <summary>A finding at a line and column of a file; <paramref name="discriminator"/> keeps findings on one file apart.</summary>
    public void AddAt(string ruleId, string messageKey, FindingKind kind, string path, int line, int column, string discriminator, params (string Name, object? Value)[] arguments) =>
        AddAt(ruleId, messageKey, kind, new SourceLocationSpan(path, line, column, line, column), Fingerprints.Hash(PublicCodeChecks.CheckId, ruleId, messageKey, path, discriminator), arguments);

    private void AddAt(string ruleId, string messageKey, FindingKind kind, FindingLocation location, string fingerprint, (string Name, object? Value)[] arguments)
    {
        var rule = check.FindRule(ruleId) ?? throw new KeyNotFoundException($"checks.yml has no rule {PublicCodeChecks.CheckId}/{ruleId}.");
        Findings.Add(new Finding(
            PublicCodeChecks.CheckId,
            ruleId,
            kind == FindingKind.NeedsReview && rule.Severity > Severity.Moderate ? Severity.Moderate : rule.Severity,
            kind,
            rule.Message(messageKey, language, arguments),
            rule.Help.Get(language),
            rule.HelpUrl,
            rule.Tags,
            location,
            fingerprint));
    }
}
