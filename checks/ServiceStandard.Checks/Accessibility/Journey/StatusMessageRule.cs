using System.Text.RegularExpressions;
using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Accessibility.Journey;

/// <summary>
/// WCAG 4.1.3: a journey step changed the page without navigating and the text it added is neither
/// in a live region (aria-live, role status, alert or log, output) nor focused. Short text that reads
/// as a status (a count of results, "added", "saved", an error) is a violation; other short text is
/// for a person to confirm; content with controls or headings is a new section, not a message, and
/// is left alone unless it reads as a status.
/// </summary>
internal sealed partial class StatusMessageRule(RuleDescriptor rule) : IPageRule
{
    public const string Id = "accessibility/journey/status-message";

    private const int MessageLength = 200;

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(PageSnapshot page, CheckContext context)
    {
        foreach (var step in page.Steps.Where(s => !s.Navigated && !s.NewWindow))
        {
            foreach (var change in step.Changes.Where(c => !c.LiveRegion && !c.Focused))
            {
                var status = change.Text.Length <= MessageLength && Status().IsMatch(change.Text);
                if (!status && (change.Controls || change.Text.Length > MessageLength))
                {
                    continue;
                }

                var message = rule.Message(status ? "status" : "review", context.Language, ("text", change.Text), ("step", step.Index), ("action", step.Kind));
                yield return PageFinding.Create(
                    rule,
                    context,
                    page,
                    message,
                    change.Selector,
                    severity: status ? null : Severity.Moderate,
                    kind: status && !change.Controls ? FindingKind.Violation : FindingKind.NeedsReview,
                    discriminator: $"step-{step.Index}");
            }
        }
    }

    [GeneratedRegex(@"^\s*\d+\s+\w+\s+(found|match|matches|added|selected)|\b\d+\s+(results?|items?|matches|records?|addresses|entries)\b|\b(results? found|no results|no matches|nothing found)\b|\b(has been|have been|was|were|successfully)\s+(added|saved|removed|deleted|updated|sent|copied|uploaded|submitted)\b|\b(loading|searching|saving)\b|\bwe (found|could not find|did not find|have found)\b|\b(hemos|no hemos) encontrado\b|\bthere (is|was) a problem\b|^\s*error\b|\b(resultados?|coincidencias|direcciones)\b|\bse (ha|han)\s+(a[ñn]adido|guardado|eliminado|enviado|actualizado|borrado)\b|\b(cargando|buscando|guardando)\b|\bno se (ha|han)? ?encontrad|\bhay un problema\b", RegexOptions.IgnoreCase)]
    private static partial Regex Status();
}
