using System.Text.RegularExpressions;
using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Accessibility.Journey;

/// <summary>
/// WCAG 3.3.7: a field on a later page of a journey asks for what the user already entered on an
/// earlier page, empty, and the page offers no way to reuse it (a "same as" choice). The same
/// autocomplete purpose is a violation; the same name, id or label is for a person to confirm (it may
/// be other information: a second address, someone else's name). Credential fields, confirmation
/// fields (essential or for security), choices and selects never count.
/// </summary>
internal sealed partial class RedundantEntryRule(RuleDescriptor rule) : ISiteRule
{
    public const string Id = "accessibility/journey/redundant-entry";

    private static readonly HashSet<string> Typed = new(StringComparer.OrdinalIgnoreCase) { "text", "email", "tel", "number", "url", "date", "textarea" };

    private static readonly HashSet<string> GenericNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "day", "month", "year", "value", "answer", "q", "query", "search", "field", "input", "text", "other", "details", "more-detail", "dia", "mes", "ano",
    };

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(IReadOnlyList<PageSnapshot> pages, CheckContext context)
    {
        foreach (var journey in JourneyPages.Journeys(pages))
        {
            var entered = new List<(FormField Field, int Step, string Path)>();
            string? previousPath = null;
            foreach (var page in journey)
            {
                foreach (var step in page.Steps.Where(s => s.Kind == "fill" && s.Field is not null && Counts(s.Field)))
                {
                    entered.Add((step.Field!, step.Index, previousPath ?? string.Empty));
                }

                var path = JourneyPages.PathOf(page);
                previousPath = path;
                if (page.Forms is not { } forms || OffersReuse(forms))
                {
                    continue;
                }

                foreach (var field in forms.Fields.Where(f => !f.HasValue && Counts(f)))
                {
                    var match = entered
                        .Where(e => e.Path != path)
                        .Select(e => (e.Field, e.Step, How: Match(e.Field, field)))
                        .Where(m => m.How is not null)
                        .OrderBy(m => m.How == "autocomplete" ? 0 : 1)
                        .FirstOrDefault();
                    if (match.How is null)
                    {
                        continue;
                    }

                    var message = rule.Message(
                        match.How,
                        context.Language,
                        ("field", Describe(field)),
                        ("earlier", Describe(match.Field)),
                        ("step", match.Step),
                        ("journey", page.Origin.Journey),
                        ("token", field.Autocomplete));
                    yield return PageFinding.Create(
                        rule,
                        context,
                        page,
                        message,
                        field.Selector,
                        kind: match.How == "autocomplete" ? FindingKind.Violation : FindingKind.NeedsReview);
                }
            }
        }
    }

    /// <summary>How <paramref name="later"/> asks for what <paramref name="earlier"/> took: autocomplete, name or label; null when it does not.</summary>
    private static string? Match(FormField earlier, FormField later)
    {
        if (Purpose(earlier.Autocomplete) is { } purpose && purpose == Purpose(later.Autocomplete))
        {
            return "autocomplete";
        }

        if (Key(earlier.Name) is { } name && name == Key(later.Name) || Key(earlier.Id) is { } id && id == Key(later.Id))
        {
            return "name";
        }

        var label = JourneyPages.Normalise(earlier.Label);
        return label.Length >= 4 && label == JourneyPages.Normalise(later.Label) ? "label" : null;
    }

    /// <summary>The autocomplete purpose with its section (shipping, billing) but without section-* names; null for on, off or none.</summary>
    private static string? Purpose(string? autocomplete)
    {
        if (string.IsNullOrWhiteSpace(autocomplete))
        {
            return null;
        }

        var tokens = autocomplete.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => !t.StartsWith("section-", StringComparison.Ordinal) && t != "webauthn").ToList();
        return tokens.Count == 0 || tokens[^1] is "on" or "off" ? null : string.Join(' ', tokens);
    }

    private static string? Key(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var key = name.Trim().ToLowerInvariant();
        var last = key.Split('.', '-', '_', '[', ']').LastOrDefault(p => p.Length > 0) ?? key;
        return key.Length < 3 || GenericNames.Contains(key) || GenericNames.Contains(last) ? null : key;
    }

    /// <summary>Fields that count: typed information, not a credential, not a confirmation of another field.</summary>
    private static bool Counts(FormField field) =>
        Typed.Contains(field.Type) && !field.Credential &&
        (field.Autocomplete is null || !field.Autocomplete.Contains("password", StringComparison.OrdinalIgnoreCase)) &&
        !Confirmation().IsMatch(field.Label + " " + field.Name + " " + field.Id);

    /// <summary>A choice on the page to reuse what was entered ("Same as my home address").</summary>
    private static bool OffersReuse(FormsProbe forms) =>
        forms.Fields.Any(f => f.Type is "checkbox" or "radio" && Reuse().IsMatch(f.Label)) ||
        forms.Fields.Any(f => f.Type == "select" && f.Options.Any(o => Reuse().IsMatch(o)));

    private static string Describe(FormField field) =>
        string.IsNullOrWhiteSpace(field.Label) ? field.Selector : $"\"{field.Label}\" ({field.Selector})";

    [GeneratedRegex(@"confirm|repeat|again|re-?enter|retype|verify|confirma|repit|repet|de nuevo|otra vez|vuelva a", RegexOptions.IgnoreCase)]
    private static partial Regex Confirmation();

    [GeneratedRegex(@"\bsame (as|address)\b|\buse (this|the same|my|the)\b|igual (que|a)\b|mism[oa]s? (que|direcci)|usar (la|el|esta|este) |\bcopy\b|copiar", RegexOptions.IgnoreCase)]
    private static partial Regex Reuse();
}
