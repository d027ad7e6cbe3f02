using System.Text.RegularExpressions;
using ServiceStandard.Index.Server.Site;

namespace ServiceStandard.Index.Tests;

/// <summary>The public site as a visitor's browser receives it: both languages, every name escaped, charts with their numbers in a table.</summary>
public sealed partial class SiteTests
{
    [Fact]
    public async Task Every_page_is_served_in_english_and_spanish_naming_the_method_version()
    {
        await using var index = await SeededIndex.StartAsync("sqlite");
        var pages = IndexSite.Pages(await index.SnapshotAsync());

        Assert.Equal(2 * (2 + 3 + 4), pages.Count);
        foreach (var page in pages)
        {
            var html = await index.GetTextAsync(page[..^"index.html".Length]);
            var language = page[..2];
            Assert.Contains($"<html lang=\"{language}\" class=\"ds-template\">", html, StringComparison.Ordinal);
            Assert.Contains(language == "es" ? "Calculado con el método 1.0.0" : "Computed by method 1.0.0", html, StringComparison.Ordinal);
            Assert.Single(H1().Matches(html));
        }

        Assert.Contains("<h1 class=\"ds-heading-xl\">Índice de implementación del estándar de servicio, 2026</h1>", await index.GetTextAsync("es/"), StringComparison.Ordinal);
        Assert.Contains("href=\"../../es/heat-map/\" hreflang=\"es\"", await index.GetTextAsync("en/heat-map/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_institutions_supply_is_escaped_and_their_scripts_never_become_links()
    {
        await using var index = await SeededIndex.StartAsync("sqlite");
        foreach (var path in new[] { "en/", "es/", "en/heat-map/", "en/institutions/hostile/", "en/institutions/hostile/services/tramites/", "en/institutions/mop/services/permisos/" })
        {
            var html = await index.GetTextAsync(path);
            Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
            Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        }

        var hostile = await index.GetTextAsync("en/institutions/hostile/");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", hostile, StringComparison.Ordinal);
        var service = await index.GetTextAsync("en/institutions/mop/services/permisos/");
        Assert.Contains("<a class=\"ds-link\" href=\"https://permisos.example.gob/\" rel=\"nofollow noopener\">", service, StringComparison.Ordinal);
        Assert.Contains("<dd class=\"ds-summary-list__value\">javascript:alert(1)</dd>", service, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "87.3", "73.2", "31.0")]
    [InlineData("es", "87,3", "73,2", "31,0")]
    public async Task The_ranking_chart_draws_the_numbers_of_the_table_beside_it(string language, params string[] scores)
    {
        await using var index = await SeededIndex.StartAsync("sqlite");
        var html = await index.GetTextAsync(language + "/");
        var svg = Svg().Match(html).Value;
        var table = html[html.IndexOf("<table", StringComparison.Ordinal)..];

        var drawn = SvgValue().Matches(svg).Select(m => m.Groups[1].Value).Where(v => Score().IsMatch(v)).ToList();
        Assert.Equal(scores, drawn);
        Assert.Equal(3, Bar().Matches(svg).Count);
        Assert.All(scores, s => Assert.Contains($"<td class=\"ds-table__cell ds-table__cell--numeric\">{s}</td>", table, StringComparison.Ordinal));
        Assert.Contains("role=\"img\" aria-labelledby=\"chart-ranking\"", svg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_history_chart_of_an_institution_has_its_table()
    {
        await using var index = await SeededIndex.StartAsync("sqlite");
        var html = await index.GetTextAsync("en/institutions/mop/");

        var svg = Svg().Match(html).Value;
        Assert.Equal(2, Bar().Matches(svg).Count);
        Assert.Contains(">49.8</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">73.2</text>", svg, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\" class=\"ds-table__header\">2025</th>\n<td class=\"ds-table__cell ds-table__cell--numeric\">49.8</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_root_and_folders_without_a_slash_redirect_and_an_unknown_page_is_a_404_page()
    {
        await using var index = await SeededIndex.StartAsync("sqlite");
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        using var root = await client.GetAsync(index.BaseUrl);
        Assert.Equal("/en/", root.Headers.Location?.OriginalString);
        using var folder = await client.GetAsync(new Uri(index.BaseUrl, "es/institutions/mop"));
        Assert.Equal("/es/institutions/mop/", folder.Headers.Location?.OriginalString);
        using var missing = await client.GetAsync(new Uri(index.BaseUrl, "es/institutions/nobody/"));
        Assert.Equal(404, (int)missing.StatusCode);
        Assert.Contains("Página no encontrada", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_index_with_nothing_registered_says_so_instead_of_a_zero()
    {
        await using var store = await TestDatabases.OpenAsync("sqlite");
        var snapshot = await ServiceStandard.Index.Publishing.IndexSnapshot.LoadAsync(store, ServiceStandard.Index.Method.IndexMethodFile.Shipped(), SeededIndex.Period, CancellationToken.None);

        Assert.Equal(["en/index.html", "en/heat-map/index.html", "es/index.html", "es/heat-map/index.html"], IndexSite.Pages(snapshot));
        var ranking = System.Text.Encoding.UTF8.GetString(IndexSite.Render(snapshot, "en/")!.Content);
        Assert.Contains("No institution is registered yet.", ranking, StringComparison.Ordinal);
        Assert.Contains("No criterion was found not met in this period.", ranking, StringComparison.Ordinal);
        Assert.Contains("Todavía no hay evaluaciones en este período.", System.Text.Encoding.UTF8.GetString(IndexSite.Render(snapshot, "es/heat-map/")!.Content), StringComparison.Ordinal);
        Assert.All(IndexSite.Paths(snapshot), p => Assert.NotNull(IndexSite.Render(snapshot, p)));
    }

    [GeneratedRegex("<h1[ >]")]
    private static partial Regex H1();

    [GeneratedRegex("<svg.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Svg();

    [GeneratedRegex(">([^<]+)</text>")]
    private static partial Regex SvgValue();

    [GeneratedRegex(@"^[0-9]+[.,][0-9]$")]
    private static partial Regex Score();

    [GeneratedRegex("<rect class=\"index-chart__bar\"")]
    private static partial Regex Bar();

    [Fact]
    public async Task Criterion_titles_are_the_standards_own_in_each_language_of_the_site()
    {
        await using var index = await SeededIndex.StartAsync("sqlite");

        // The uploaded assessments ran in English; the Spanish pages still title criteria in Spanish.
        Assert.Contains("Asegurar que todas las personas puedan usar el servicio", await index.GetTextAsync("es/heat-map/"), StringComparison.Ordinal);
        Assert.Contains("DSS-05 Asegurar que todas las personas puedan usar el servicio", await index.GetTextAsync("es/institutions/mop/services/permisos/"), StringComparison.Ordinal);
        Assert.Contains("DSS-05 Asegurar que todas las personas puedan usar el servicio", await index.GetTextAsync("es/"), StringComparison.Ordinal);
        var english = await index.GetTextAsync("en/institutions/mop/services/permisos/");
        Assert.Contains("DSS-05 Make sure everyone can use the service", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Asegurar", english, StringComparison.Ordinal);
    }
}
