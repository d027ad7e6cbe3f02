using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.DesignSystem;

/// <summary>
/// Whether a page loads a pack's assets and which version it declares, from (in order) the version
/// meta element, versioned asset URLs and stylesheet banners (gathered in the browser, or inline
/// style elements in the HTML).
/// </summary>
/// <param name="Version">The declared version, or null when the page does not say.</param>
/// <param name="Source">Where the version was read: meta, asset, banner.</param>
/// <param name="Selector">The element the version was read from, when there is one.</param>
public sealed record PackUsage(bool LoadsAssets, string? Version, string? Source, string? Selector)
{
    public static PackUsage Of(DesignSystemPack pack, PageAnalysis analysis, PageSnapshot page) => analysis.Usage;

    public static PackUsage Of(DesignSystemPack pack, AngleSharp.Dom.IDocument document, PageSnapshot page)
    {
        var detection = pack.Detection;
        string? version = null, source = null, selector = null;
        if (detection.Meta is { } metaName)
        {
            var meta = document.QuerySelectorAll("meta[name]").FirstOrDefault(m => string.Equals(m.GetAttribute("name"), metaName, StringComparison.OrdinalIgnoreCase));
            if (meta?.GetAttribute("content") is { Length: > 0 } content)
            {
                (version, source, selector) = (content.Trim(), "meta", $"meta[name=\"{metaName}\"]");
            }
        }

        var urls = document.QuerySelectorAll("link[href]").Select(l => l.GetAttribute("href")!)
            .Concat(document.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!))
            .Concat(page.Design?.Stylesheets.Select(s => s.Href).OfType<string>() ?? [])
            .ToList();
        var loads = urls.Any(url => detection.Assets.Any(r => r.IsMatch(url)));
        if (version is null)
        {
            foreach (var url in urls)
            {
                var match = detection.Versions.Select(r => r.Match(url)).FirstOrDefault(m => m.Success && m.Groups["version"].Success);
                if (match is not null)
                {
                    (version, source, selector) = (match.Groups["version"].Value, "asset", null);
                    break;
                }
            }
        }

        if (detection.Banner is { } banner)
        {
            var heads = (page.Design?.Stylesheets.Select(s => s.Head) ?? [])
                .Concat(document.QuerySelectorAll("style").Select(s => s.TextContent.Length > 400 ? s.TextContent[..400] : s.TextContent));
            var match = heads.Select(h => banner.Match(h)).FirstOrDefault(m => m.Success);
            if (match is not null)
            {
                loads = true;
                if (version is null && match.Groups["version"].Success)
                {
                    (version, source) = (match.Groups["version"].Value, "banner");
                }
            }
        }

        return new PackUsage(loads || source == "meta", version, source, selector);
    }
}

/// <summary>Compares <c>MAJOR.MINOR.PATCH[-pre]</c> versions; the pre-release part is ignored.</summary>
public static class SemanticVersion
{
    public static bool TryParse(string? text, out Version version)
    {
        version = new Version(0, 0, 0);
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var core = text.Trim().TrimStart('v', 'V').Split('-', '+')[0];
        var parts = core.Split('.');
        while (parts.Length < 3)
        {
            parts = [.. parts, "0"];
        }

        if (parts.Length == 3 && parts.All(p => int.TryParse(p, out _)))
        {
            version = new Version(int.Parse(parts[0]), int.Parse(parts[1]), int.Parse(parts[2]));
            return true;
        }

        return false;
    }

    /// <summary>Negative when <paramref name="a"/> is older; null when either is not a version.</summary>
    public static int? Compare(string? a, string? b) =>
        TryParse(a, out var x) && TryParse(b, out var y) ? x.CompareTo(y) : null;
}
