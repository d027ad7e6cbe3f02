using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ServiceStandard.Assessing.Sampling;

/// <summary>
/// WCAG-EM 1.0 step 2.a's common web pages: the home page (the base URL, or the site's root), and
/// the contact, help, accessibility statement, legal, site map and search pages, found by the words
/// (en, es; <c>common-pages.json</c>) of their address, their title or the text of links to them.
/// </summary>
public static class CommonPages
{
    public const string Home = "home";

    private static readonly Lazy<IReadOnlyList<(string Kind, IReadOnlyList<string> Words)>> Shipped = new(Load);

    /// <summary>Each common kind in report order, home first.</summary>
    public static IReadOnlyList<string> Kinds => [Home, .. Shipped.Value.Select(k => k.Kind)];

    /// <summary>
    /// The common kind each page is, at most one page per kind: the home page by address; any other
    /// kind by its words in the link texts leading to the page (weight 3), its address (2) or title
    /// (1), the highest total first, then the order of <paramref name="pages"/>.
    /// </summary>
    public static IReadOnlyList<(string Kind, SamplePage Page)> Find(IReadOnlyList<SamplePage> pages, Uri baseUrl)
    {
        var found = new List<(string, SamplePage)>();
        var home = pages.FirstOrDefault(p => SameAddress(p.Url, baseUrl)) ?? pages.FirstOrDefault(p => p.Url.AbsolutePath == "/");
        if (home is not null)
        {
            found.Add((Home, home));
        }

        // The words of every link to a page, from every page (a footer names the privacy page everywhere).
        // In-page links (#accessibility on a component's page) name a section, not a page.
        var linkTexts = pages.SelectMany(p => p.Outline.Links).Where(l => !l.Href.Contains('#', StringComparison.Ordinal))
            .GroupBy(l => Key(l.Href), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(l => Normalise(l.Text)).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var taken = new HashSet<SamplePage>(found.Select(f => f.Item2));
        foreach (var (kind, words) in Shipped.Value)
        {
            var best = pages
                .Where(p => !taken.Contains(p))
                .Select((p, i) => (Page: p, Order: i, Score: Score(p, words, linkTexts)))
                .Where(s => s.Score > 0)
                .OrderByDescending(s => s.Score).ThenBy(s => s.Order)
                .FirstOrDefault();
            if (best.Page is not null)
            {
                found.Add((kind, best.Page));
                taken.Add(best.Page);
            }
        }

        return found;
    }

    private static int Score(SamplePage page, IReadOnlyList<string> words, Dictionary<string, List<string>> linkTexts)
    {
        var score = 0;
        if (linkTexts.TryGetValue(Key(page.Url.AbsoluteUri), out var texts) && texts.Any(t => Matches(t, words, whole: true)))
        {
            score += 3;
        }

        // The last segment of the path names the page (/about/contact, /es/ayuda, /privacy-policy.html).
        var segment = page.Url.AbsolutePath.TrimEnd('/');
        segment = Path.GetFileNameWithoutExtension(segment[(segment.LastIndexOf('/') + 1)..]);
        if (Matches(Normalise(segment), words, whole: true))
        {
            score += 2;
        }

        // A title names the page before the site's name: "Help – Service", "Ayuda | Servicio".
        var title = page.Title.Split([" – ", " — ", " - ", " | ", " · "], 2, StringSplitOptions.None)[0];
        if (Matches(Normalise(title), words, whole: true))
        {
            score += 1;
        }

        return score;
    }

    /// <summary>Whether the text is one of the words, whole: a link text, address or title that is only the name ("Contact us").</summary>
    private static bool Matches(string text, IReadOnlyList<string> words, bool whole) =>
        whole && text.Length > 0 && words.Contains(text, StringComparer.Ordinal);

    /// <summary>Lowercase words without accents, joined by single spaces: "Contáctenos", "contactenos" and "contactenos" alike.</summary>
    internal static string Normalise(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (!space)
            {
                builder.Append(' ');
                space = true;
            }
        }

        return builder.ToString().TrimEnd();
    }

    private static bool SameAddress(Uri a, Uri b) => Key(a.AbsoluteUri) == Key(b.AbsoluteUri);

    private static string Key(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Path).TrimEnd('/') : url;

    private static IReadOnlyList<(string, IReadOnlyList<string>)> Load()
    {
        using var stream = typeof(CommonPages).Assembly.GetManifestResourceStream("assessment/common-pages.json")
            ?? throw new InvalidOperationException("Missing embedded resource assessment/common-pages.json.");
        using var document = JsonDocument.Parse(stream);
        return [.. document.RootElement.GetProperty("kinds").EnumerateObject()
            .Select(k => (k.Name, (IReadOnlyList<string>)[.. k.Value.EnumerateArray().Select(w => Normalise(w.GetString()!))]))];
    }
}
