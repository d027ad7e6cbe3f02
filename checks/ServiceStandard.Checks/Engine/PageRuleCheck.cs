using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Engine;

/// <summary>A page-level check made of rules: runs each rule on each page it is given, in order.</summary>
public abstract class PageRuleCheck : IWebCheck
{
    public abstract string Id { get; }

    public CheckScope Scope => CheckScope.Page;

    public abstract IReadOnlyList<IPageRule> Rules { get; }

    public abstract IReadOnlyList<EvidenceKind> RequiredEvidence { get; }

    public IEnumerable<Finding> Run(WebEvidence evidence, CheckContext context) =>
        evidence.AssessablePages.SelectMany(page => Rules.SelectMany(rule => rule.Evaluate(page, context)));
}
