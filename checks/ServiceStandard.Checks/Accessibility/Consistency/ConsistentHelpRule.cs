using System.Text.RegularExpressions;
using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Accessibility.Consistency;

/// <summary>
/// WCAG 3.2.6: help offered on several pages of a set in a different order relative to the rest of
/// the page. Help is recognised by links and buttons outside the main content (the help of a page's
/// own content is not a repeated mechanism):
/// <list type="bullet">
/// <item>human contact details: <c>tel:</c> and <c>mailto:</c> links;</item>
/// <item>a contact page: a name or path with contact, get in touch, contacto, contáctenos, contacte, contactar;</item>
/// <item>a help or support page or FAQ: help, support, FAQ, frequently asked, ayuda, soporte, asistencia, preguntas frecuentes;</item>
/// <item>a chat: a link or button named chat, webchat, live chat, chat en vivo, chatear.</item>
/// </list>
/// Each mechanism is one item (its kind and destination); the main landmark is another. The order
/// of shared items that most pages show is the usual one, and a page that shows another order (a
/// contact link in the header here, in the footer elsewhere) is reported. Contact details written as
/// plain text are not recognised.
/// </summary>
internal sealed partial class ConsistentHelpRule(RuleDescriptor rule) : ISiteRule
{
    public const string Id = "accessibility/consistency/consistent-help";

    private const string Main = "main";

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(IReadOnlyList<PageSnapshot> pages, CheckContext context)
    {
        foreach (var set in PageSet.Of(pages))
        {
            var positions = new List<RelativeOrder.Positions>();
            var first = new List<Dictionary<string, StructureControl>>();
            foreach (var layout in set.Pages)
            {
                var found = new RelativeOrder.Positions();
                var controls = new Dictionary<string, StructureControl>(StringComparer.Ordinal);
                foreach (var control in layout.Structure.Controls.Where(c => c.Visible && !layout.InMain(c)))
                {
                    if (Mechanism(control) is { } item)
                    {
                        found.Add(item, control.Order);
                        controls.TryAdd(item, control);
                    }
                }

                if (found.Count > 0 && layout.MainOrder is { } main)
                {
                    found.Add(Main, main);
                }

                positions.Add(found);
                first.Add(controls);
            }

            // Only mechanisms on at least two pages are repeated; the main landmark alone is not help.
            var repeated = positions.SelectMany(p => p.Keys).Where(k => k != Main).GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() >= 2).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var p in positions)
            {
                foreach (var key in p.Keys.Where(k => k != Main && !repeated.Contains(k)).ToList())
                {
                    p.Remove(key);
                }
            }

            foreach (var (index, conflict) in RelativeOrder.Conflicts(positions).OrderBy(c => c.Key))
            {
                var layout = set.Pages[index];
                var controls = first[index];
                var (item, other, itemFirst) = conflict.After == Main
                    ? (conflict.Before, conflict.After, false)
                    : (conflict.After, conflict.Before, true);
                var control = controls[item];
                var otherText = other == Main ? rule.Message("main-content", context.Language) : $"\"{controls[other].Name}\"";
                var message = rule.Message(
                    itemFirst ? "before" : "after",
                    context.Language,
                    ("name", control.Name),
                    ("other", otherText),
                    ("others", ConsistentNavigationRule.Others(set, conflict.Agreeing)));
                yield return PageFinding.Create(rule, context, layout.Page, message, control.Selector, discriminator: Destinations.Stable($"{conflict.Before}:{conflict.After}", layout.Page.FinalUrl));
            }
        }
    }

    /// <summary>The help mechanism <paramref name="control"/> offers (its kind and destination), or null when it is not one.</summary>
    internal static string? Mechanism(StructureControl control)
    {
        var href = control.Href ?? string.Empty;
        if (href.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            return "tel:" + new string([.. href[4..].Where(char.IsDigit)]);
        }

        if (href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return "mailto:" + href[7..].Split('?')[0].Trim().ToLowerInvariant();
        }

        var name = control.Name;
        if (Chat().IsMatch(name))
        {
            return control.Href is null ? "chat" : "chat:" + Destinations.Of(href);
        }

        if (control.Href is null || !Uri.TryCreate(href, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var path = Uri.UnescapeDataString(uri.AbsolutePath);
        return Contact().IsMatch(name) || ContactPath().IsMatch(path) || Help().IsMatch(name) || HelpPath().IsMatch(path)
            ? "page:" + Destinations.Of(href)
            : null;
    }

    [GeneratedRegex(@"\b(contact|get in touch|contacto|cont[aá]ctenos|contacte|contactar|cont[aá]ctanos)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Contact();

    [GeneratedRegex(@"(^|[/_-])(contact|contact-us|contacto|contactenos|contactanos)([/_.-]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContactPath();

    [GeneratedRegex(@"\b(help|support|faqs?|frequently asked|ayuda|soporte|asistencia|preguntas frecuentes)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Help();

    [GeneratedRegex(@"(^|[/_-])(help|support|faqs?|ayuda|soporte|preguntas-frecuentes)([/_.-]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HelpPath();

    [GeneratedRegex(@"\b(chat|web ?chat|live chat|chat en (vivo|l[ií]nea)|chatear|chatea)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Chat();
}
