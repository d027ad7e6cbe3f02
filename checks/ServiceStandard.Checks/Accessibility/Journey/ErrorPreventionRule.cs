using System.Text.RegularExpressions;
using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Accessibility.Journey;

/// <summary>
/// WCAG 3.3.4: a journey that fills in a form and ends on a confirmation page ("Application
/// complete", "Solicitud enviada") with no page before it that looks like a review of the answers
/// (a "Check your answers" heading, change links beside the answers) or asks the user to confirm (a
/// declaration). Whether the submission is a legal or financial commitment, or can be reversed or
/// checked, is for a person: always needs-review, never a violation.
/// </summary>
internal sealed partial class ErrorPreventionRule(RuleDescriptor rule) : ISiteRule
{
    public const string Id = "accessibility/journey/error-prevention";

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(IReadOnlyList<PageSnapshot> pages, CheckContext context)
    {
        foreach (var journey in JourneyPages.Journeys(pages))
        {
            var filled = 0;
            var reviewed = false;
            foreach (var page in journey)
            {
                filled += page.Steps.Count(s => s.Kind is "fill" or "select" or "check");
                var confirmation = Confirmation().IsMatch(page.Title) || Confirmation().IsMatch(JourneyPages.FirstHeading(page));
                if (confirmation && filled > 0 && !reviewed && page.Steps.Any(s => s.Navigated))
                {
                    var message = rule.Message(
                        "default",
                        context.Language,
                        ("journey", page.Origin.Journey),
                        ("step", page.Origin.Step),
                        ("title", string.IsNullOrWhiteSpace(page.Title) ? JourneyPages.FirstHeading(page) : page.Title),
                        ("fields", filled));
                    yield return PageFinding.Create(rule, context, page, message, kind: FindingKind.NeedsReview);
                    break;
                }

                reviewed |= page.Forms is { Review: not null } or { Declaration: not null };
            }
        }
    }

    [GeneratedRegex(@"\b(application|form|request|claim|order|payment|registration|booking|permit|licen[cs]e|account|subscription|appointment|details|data)s?\b.{0,20}\b(complete|completed|submitted|sent|received|confirmed|successful|cancell?ed|deleted|closed|withdrawn|paid|updated|changed|renewed)\b|\bconfirmation\b|\bthank you\b|\bwe have received\b|\b(solicitud|formulario|pedido|pago|registro|reserva|petici[oó]n|permiso|licencia|cuenta|cita|datos)\b.{0,20}\b(enviad[oa]s?|completad[oa]s?|recibid[oa]s?|confirmad[oa]s?|registrad[oa]s?|cancelad[oa]s?|anulad[oa]s?|eliminad[oa]s?|pagad[oa]s?|actualizad[oa]s?|renovad[oa]s?)\b|\bconfirmaci[oó]n\b|\bgracias\b|\bhemos recibido\b", RegexOptions.IgnoreCase)]
    private static partial Regex Confirmation();
}
