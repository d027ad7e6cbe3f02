using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Engine;

/// <summary>One rule of a site-level check, evaluated on all assessable pages at once.</summary>
public interface ISiteRule
{
    /// <summary>The qualified rule id: <c>accessibility/cross-page/duplicate-title</c>.</summary>
    string RuleId { get; }

    IEnumerable<Finding> Evaluate(IReadOnlyList<PageSnapshot> pages, CheckContext context);
}
