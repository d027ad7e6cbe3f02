using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Engine;

/// <summary>One rule of a check, evaluated on one page: a small function, as axe's checks are.</summary>
public interface IPageRule
{
    /// <summary>The qualified rule id: <c>accessibility/keyboard/trap</c>.</summary>
    string RuleId { get; }

    IEnumerable<Finding> Evaluate(PageSnapshot page, CheckContext context);
}
