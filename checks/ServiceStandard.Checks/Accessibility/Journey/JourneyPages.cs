using System.Text.RegularExpressions;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Accessibility.Journey;

/// <summary>The pages of each journey in step order, and what the rules read from a page's text.</summary>
internal static partial class JourneyPages
{
    /// <summary>Each journey's pages, in step order.</summary>
    public static IEnumerable<IReadOnlyList<PageSnapshot>> Journeys(IReadOnlyList<PageSnapshot> pages) =>
        pages.Where(p => p.Origin.Journey is not null)
            .GroupBy(p => p.Origin.Journey!, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<PageSnapshot>)[.. g.OrderBy(p => p.Origin.Step ?? 0)]);

    /// <summary>The page's path, to tell one page of a journey from another.</summary>
    public static string PathOf(PageSnapshot page) =>
        Uri.TryCreate(page.FinalUrl, UriKind.Absolute, out var url) ? url.AbsolutePath : page.FinalUrl;

    /// <summary>The text of the page's first h1, tags removed; empty when it has none.</summary>
    public static string FirstHeading(PageSnapshot page)
    {
        var match = H1().Match(page.Html);
        return match.Success ? System.Net.WebUtility.HtmlDecode(Tags().Replace(match.Groups[1].Value, " ")).ReplaceLineEndings(" ").Trim() : string.Empty;
    }

    /// <summary>The page's first h1 element as written in its HTML, or empty: all <see cref="FirstHeading"/> reads of it.</summary>
    public static string FirstHeadingElement(PageSnapshot page)
    {
        var match = H1().Match(page.Html);
        return match.Success ? match.Value : string.Empty;
    }

    /// <summary>Lower case, accents and punctuation removed, spaces collapsed: how labels are compared.</summary>
    public static string Normalise(string text)
    {
        var decomposed = text.Normalize(System.Text.NormalizationForm.FormD);
        var kept = new System.Text.StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            kept.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return Spaces().Replace(kept.ToString(), " ").Trim();
    }

    [GeneratedRegex("<h1\\b[^>]*>(.*?)</h1>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex H1();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
