using System.Net;
using System.Text.RegularExpressions;

namespace ServiceStandard.DesignSystem.Tests;

/// <summary>
/// Puts an example (or a fixture) in the smallest page that is itself correct: a language, a
/// title, a main landmark with the id skip links point at, and an h1 unless the fragment has one
/// (after the fragment, so an error summary is still first in main). A whole page stays as it is.
/// </summary>
public static partial class ExamplePage
{
    public static bool IsWholePage(string html) => WholePage().IsMatch(html);

    /// <param name="head">Markup for the head (a stylesheet link, a script); a whole page gets it before its &lt;/head&gt;.</param>
    public static string Wrap(string fragment, string title, string? head = null)
    {
        if (IsWholePage(fragment))
        {
            return head is null ? fragment : fragment.Replace("</head>", head + "\n</head>", StringComparison.OrdinalIgnoreCase);
        }

        var heading = fragment.Contains("<h1", StringComparison.OrdinalIgnoreCase) ? string.Empty : $"\n<h1 class=\"ds-heading-l\">{WebUtility.HtmlEncode(title)}</h1>";
        var link = head is null ? string.Empty : "\n" + head;
        return $"""
            <!DOCTYPE html>
            <html lang="en" class="ds-template">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{WebUtility.HtmlEncode(title)}</title>{link}
            </head>
            <body class="ds-template__body">
            <main class="ds-main-wrapper" id="main-content">
            {fragment}{heading}
            </main>
            </body>
            </html>
            """;
    }

    /// <summary>The rule ids a fixture declares in its first comment: <c>&lt;!-- expect: button/element, label/for --&gt;</c>.</summary>
    public static IReadOnlySet<string> ExpectedRules(string fixture)
    {
        var match = Expect().Match(fixture);
        return match.Success
            ? match.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^\s*(<!--.*?-->\s*)?(<!DOCTYPE|<html)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex WholePage();

    [GeneratedRegex(@"<!--\s*expect:\s*([^>]*?)\s*-->")]
    private static partial Regex Expect();
}
