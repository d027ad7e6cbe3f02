using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ServiceStandard.Index.Catalogue;
using ServiceStandard.Index.Computation;
using ServiceStandard.Index.Publishing;
using ServiceStandard.Kernel.Text;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Index.Server.Site;

/// <summary>
/// The public index site as files: pages in English and Spanish (<c>en/…</c>, <c>es/…</c>, like the
/// design system's documentation site), the open data and the design system's assets. One function
/// (<see cref="Render"/>) makes every file from a snapshot, and both <c>index serve</c> and
/// <c>index build</c> call it, so the served site and the static export are the same bytes. Links are
/// relative, so the export works under any sub-path of any static host.
/// Every text an institution or team supplied (names, regions, URLs) is HTML-encoded and stripped
/// of hidden characters before it reaches a page; only their http(s) URLs become links.
/// </summary>
public static class IndexSite
{
    /// <summary>How many institutions the ranking chart draws; the table beside it has all of them.</summary>
    public const int ChartInstitutions = 20;

    private const string Csp = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The pages of the site, in a stable order (both languages).</summary>
    public static IReadOnlyList<string> Pages(IndexSnapshot s)
    {
        var pages = new List<string>();
        foreach (var lang in SiteLabels.Languages)
        {
            pages.Add($"{lang}/index.html");
            pages.Add($"{lang}/heat-map/index.html");
            foreach (var institution in s.Catalogue.Institutions.OrderBy(i => i.Id, StringComparer.Ordinal))
            {
                pages.Add($"{lang}/institutions/{institution.Id}/index.html");
                pages.AddRange(s.ServicesOf(institution.Id).OrderBy(x => x.Id, StringComparer.Ordinal)
                    .Select(x => $"{lang}/institutions/{institution.Id}/services/{x.Id}/index.html"));
            }
        }

        return pages;
    }

    /// <summary>The open data files of the snapshot's period.</summary>
    public static IReadOnlyList<string> DataFiles(IndexSnapshot s) =>
        [JsonPath(s.Current.Period), InstitutionsCsvPath(s.Current.Period), ServicesCsvPath(s.Current.Period)];

    /// <summary>Every file of the site: the redirecting root page, the pages, the open data and the assets.</summary>
    public static IReadOnlyList<string> Paths(IndexSnapshot s) => ["index.html", .. Pages(s), .. DataFiles(s), .. SiteAssets.Paths];

    public static string JsonPath(string period) => $"data/index-{period}.json";

    public static string InstitutionsCsvPath(string period) => $"data/institutions-{period}.csv";

    public static string ServicesCsvPath(string period) => $"data/services-{period}.csv";

    /// <summary>The file at <paramref name="path"/> (relative, no leading slash; a folder means its index.html), or null when the site has none.</summary>
    public static SiteFile? Render(IndexSnapshot s, string path)
    {
        if (path.Length == 0 || path.EndsWith('/'))
        {
            path += "index.html";
        }

        if (SiteAssets.Get(path) is { } asset)
        {
            return asset;
        }

        if (path == "index.html")
        {
            return Html(path, Redirect());
        }

        var data = OpenData(s, path);
        if (data is not null)
        {
            return data;
        }

        var parts = path.Split('/');
        if (parts.Length < 2 || !SiteLabels.Languages.Contains(parts[0]) || parts[^1] != "index.html")
        {
            return null;
        }

        var page = new PageContext(s, SiteLabels.For(parts[0]), path);
        var html = parts[1..^1] switch
        {
            [] => RankingPage(page),
            ["heat-map"] => HeatMapPage(page),
            ["institutions", var id] when s.Institution(id) is not null => InstitutionPage(page, id),
            ["institutions", var id, "services", var service] when s.Service(id, service) is not null => ServicePage(page, id, service),
            _ => null,
        };
        return html is null ? null : Html(path, html);
    }

    /// <summary>The page a request for a path the site does not have is answered with (404).</summary>
    public static string NotFound(IndexSnapshot s, string language)
    {
        var page = new PageContext(s, SiteLabels.For(language), $"{language}/index.html");
        var l = page.L;
        var body = new StringBuilder();
        body.Append("<h1 class=\"ds-heading-l\">").Append(H(l["NotFoundTitle"])).Append("</h1>\n");
        body.Append("<p class=\"ds-body\"><a class=\"ds-link\" href=\"").Append(page.Link("")).Append("\">").Append(H(l["NotFoundText"])).Append("</a></p>\n");
        return Layout(page, l["NotFoundTitle"], null, [], body.ToString());
    }

    private static SiteFile Html(string path, string html) => new(path, Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8");

    private static SiteFile? OpenData(IndexSnapshot s, string path)
    {
        var period = s.Current.Period;
        if (path == JsonPath(period))
        {
            return new SiteFile(path, JsonSerializer.SerializeToUtf8Bytes(IndexDocuments.OpenData(s), IndexDocuments.Json), "application/json; charset=utf-8");
        }

        if (path == InstitutionsCsvPath(period))
        {
            return new SiteFile(path, Encoding.UTF8.GetBytes(OpenDataCsv.Institutions(IndexDocuments.OpenData(s))), "text/csv; charset=utf-8");
        }

        return path == ServicesCsvPath(period)
            ? new SiteFile(path, Encoding.UTF8.GetBytes(OpenDataCsv.Services(IndexDocuments.OpenData(s))), "text/csv; charset=utf-8")
            : null;
    }

    /// <summary>The root sends a browser to the English ranking (a static host cannot redirect).</summary>
    private static string Redirect() =>
        "<!DOCTYPE html>\n<html lang=\"en\" class=\"ds-template\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
        "<meta http-equiv=\"refresh\" content=\"0; url=en/\">\n<title>Index</title>\n</head>\n<body class=\"ds-template__body\">\n<main id=\"main-content\">\n" +
        "<p><a href=\"en/\" hreflang=\"en\">English</a> · <a href=\"es/\" hreflang=\"es\" lang=\"es\">Español</a></p>\n</main>\n</body>\n</html>\n";

    private static string RankingPage(PageContext page)
    {
        var (s, l) = (page.S, page.L);
        var period = s.Current.Period;
        var body = new StringBuilder();
        body.Append("<h1 class=\"ds-heading-xl\">").Append(H(l["RankingHeading", s.Method.Title.Get(l.Language), period])).Append("</h1>\n");
        body.Append("<p class=\"ds-body-lead\">").Append(H(s.Method.Summary.Get(l.Language))).Append("</p>\n");
        body.Append("<p class=\"ds-body\"><strong class=\"ds-tag ds-tag--blue\">").Append(H(l["MethodVersion", s.Method.Version])).Append("</strong></p>\n");

        var rows = IndexDocuments.Institutions(s);
        if (rows.Count == 0)
        {
            body.Append("<p class=\"ds-body\">").Append(H(l["NoInstitutions"])).Append("</p>\n");
        }
        else
        {
            // The chart above its table rather than beside it: the ranking table needs the width.
            var ranked = rows.Where(r => r.Rank is not null).Take(ChartInstitutions).ToList();
            if (ranked.Count == 0)
            {
                body.Append("<p class=\"ds-body\">").Append(H(l["NothingRanked"])).Append("</p>\n");
            }
            else
            {
                var bars = ranked.Select(r => (Label: $"{r.Rank}. {r.Name(l.Language)}", Value: r.Score!.Value)).ToList();
                body.Append(HorizontalBars("chart-ranking", l["ChartRankingCaption", period], bars, l, s.Method.Decimals));
                if (rows.Count(r => r.Rank is not null) > ChartInstitutions)
                {
                    body.Append("<p class=\"ds-body-s\">").Append(H(l["ChartTopNote", ChartInstitutions])).Append("</p>\n");
                }
            }

            var previous = s.History.Count > 1 ? s.History[^2].Period : period;
            var table = new Table(l["RankingTableCaption", period], [l["ColumnRank"], l["ColumnInstitution"], l["ColumnLevel"], l["ColumnScore"], l["ColumnChange", previous], l["ColumnServicesRanked"]], [0, 3, 4, 5]);
            foreach (var r in rows)
            {
                table.Row(
                    r.Rank is { } rank ? Num(rank, l) : H(StatusText(r.Status, l)),
                    $"<a class=\"ds-link\" href=\"{page.Link($"institutions/{r.Id}/")}\">{H(r.Name(l.Language))}</a>",
                    H(LevelText(r.Level, l)),
                    Score(r.Score, s, l),
                    H(Change(r, s, l)),
                    H(l["ServicesOf", r.ServicesRanked, r.ServicesRegistered]));
            }

            body.Append(table.ToHtml(l));
        }

        body.Append("<h2 class=\"ds-heading-m\">").Append(H(l["LevelsHeading"])).Append("</h2>\n");
        var levels = new Table(l["LevelsCaption", period], [l["ColumnLevel"], l["ColumnMeanScore"], l["ColumnInstitutions"]], [1, 2]);
        foreach (var level in IndexDocuments.Levels(s))
        {
            levels.Row(H(LevelText(level.Level, l)), Score(level.Score, s, l), H(l["ServicesOf", level.InstitutionsRanked, level.Institutions]));
        }

        body.Append(levels.ToHtml(l));
        body.Append(NotMetSection(page));
        body.Append("<h2 class=\"ds-heading-m\">").Append(H(l["OpenDataHeading"])).Append("</h2>\n");
        body.Append("<p class=\"ds-body\">").Append(H(l["OpenDataIntro"])).Append("</p>\n<ul class=\"ds-list ds-list--bullet\">\n");
        foreach (var (file, label) in new[] { (JsonPath(period), "OpenDataJson"), (InstitutionsCsvPath(period), "OpenDataInstitutionsCsv"), (ServicesCsvPath(period), "OpenDataServicesCsv") })
        {
            body.Append("<li><a class=\"ds-link\" href=\"").Append(page.Root).Append(file).Append("\">").Append(H(l[label, period])).Append("</a></li>\n");
        }

        body.Append("</ul>\n");
        return Layout(page, l["RankingHeading", s.Method.Title.Get(l.Language), period], "ranking", [], body.ToString());
    }

    private static string NotMetSection(PageContext page)
    {
        var (s, l) = (page.S, page.L);
        var body = new StringBuilder();
        body.Append("<h2 class=\"ds-heading-m\">").Append(H(l["NotMetHeading"])).Append("</h2>\n");
        var notMet = IndexDocuments.NotMet(s);
        if (notMet.Count == 0)
        {
            body.Append("<p class=\"ds-body\">").Append(H(l["NotMetNone"])).Append("</p>\n");
            return body.ToString();
        }

        body.Append("<p class=\"ds-body\">").Append(H(l["NotMetIntro"])).Append("</p>\n");
        var table = new Table(l["NotMetHeading"], [l["ColumnCriterion"], l["ColumnNotMet"], l["ColumnAssessed"], l["ColumnShare"]], [1, 2, 3]);
        foreach (var c in notMet)
        {
            table.Row(H($"{c.CriterionId} {s.CriterionTitle(c.CriterionId, l.Language)}"), Num(c.NotMet, l), Num(c.Assessed, l), H(Percent(c.Share, l)));
        }

        body.Append(table.ToHtml(l));
        return body.ToString();
    }

    private static string InstitutionPage(PageContext page, string id)
    {
        var (s, l) = (page.S, page.L);
        var document = IndexDocuments.Institution(s, id);
        var row = document.Institution;
        var name = row.Name(l.Language);
        var body = new StringBuilder();
        body.Append("<h1 class=\"ds-heading-xl\">").Append(H(name)).Append("</h1>\n");
        body.Append("<h2 class=\"ds-heading-m\">").Append(H(l["ServiceSummaryHeading", document.Period])).Append("</h2>\n");
        var summary = new SummaryList()
            .Add(l["ColumnLevel"], H(LevelText(row.Level, l)))
            .Add(l["ColumnStatus"], H(StatusText(row.Status, l)))
            .Add(l["ColumnScore"], Score(row.Score, s, l))
            .Add(l["ColumnRank"], row.Rank is { } rank ? Num(rank, l) : H(l["NotApplicable"]))
            .Add(l["RankInLevel"], row.RankInLevel is { } inLevel ? Num(inLevel, l) : H(l["NotApplicable"]))
            .Add(l["ColumnChange", s.History.Count > 1 ? s.History[^2].Period : document.Period], H(Change(row, s, l)))
            .Add(l["ColumnServicesRanked"], H(l["ServicesOf", row.ServicesRanked, row.ServicesRegistered]));
        if (row.Region is not null)
        {
            summary.Add(l["Region"], H(row.Region));
        }

        body.Append(summary.ToHtml());
        body.Append("<h2 class=\"ds-heading-m\">").Append(H(l["ServicesHeading"])).Append("</h2>\n");
        if (document.Services.Count == 0)
        {
            body.Append("<p class=\"ds-body\">").Append(H(l["NoServices"])).Append("</p>\n");
        }
        else
        {
            var services = new Table(l["ServicesCaption", name, document.Period], [l["ColumnService"], l["ColumnStatus"], l["ColumnScore"], l["ColumnCoverage"], l["ColumnRank"]], [2, 3, 4]);
            foreach (var service in document.Services)
            {
                services.Row(
                    $"<a class=\"ds-link\" href=\"{page.Link($"institutions/{id}/services/{service.Id}/")}\">{H(service.Name)}</a>",
                    H(StatusText(service.Status, l)),
                    Score(service.Score, s, l),
                    H(Percent(service.Coverage, l)),
                    service.Rank is { } r ? Num(r, l) : H(l["NotApplicable"]));
            }

            body.Append(services.ToHtml(l));
        }

        body.Append("<h2 class=\"ds-heading-m\">").Append(H(l["HistoryHeading"])).Append("</h2>\n");
        body.Append("<p class=\"ds-body\">").Append(H(l["HistoryIntro", s.Method.Version])).Append("</p>\n");
        body.Append("<div class=\"ds-grid-row\">\n<div class=\"ds-grid-column-one-half\">\n");
        body.Append(VerticalBars("chart-history", l["ChartHistoryCaption"], [.. document.History.Select(h => (h.Period, h.Score))], l, s.Method.Decimals));
        body.Append("</div>\n<div class=\"ds-grid-column-one-half\">\n");
        var history = new Table(l["HistoryCaption", name], [l["ColumnPeriod"], l["ColumnScore"], l["ColumnRank"], l["ColumnStatus"]], [1, 2]);
        foreach (var h in document.History)
        {
            history.Row(H(h.Period), Score(h.Score, s, l), h.Rank is { } r ? Num(r, l) : H(l["NotApplicable"]), H(StatusText(h.Status, l)));
        }

        body.Append(history.ToHtml(l)).Append("</div>\n</div>\n");
        return Layout(page, name, null, [(l["NavRanking"], page.Link(""))], body.ToString());
    }

    private static string ServicePage(PageContext page, string institutionId, string serviceId)
    {
        var (s, l) = (page.S, page.L);
        var document = IndexDocuments.Service(s, institutionId, serviceId);
        var service = document.Service;
        var institutionName = l.Language == "es" ? document.InstitutionNameEs : document.InstitutionNameEn;
        var body = new StringBuilder();
        body.Append("<span class=\"ds-caption-l\">").Append(H(institutionName)).Append("</span>\n");
        body.Append("<h1 class=\"ds-heading-xl\">").Append(H(service.Name)).Append("</h1>\n");
        body.Append("<h2 class=\"ds-heading-m\">").Append(H(l["ServiceSummaryHeading", document.Period])).Append("</h2>\n");
        var summary = new SummaryList()
            .Add(l["ColumnStatus"], H(StatusText(service.Status, l)))
            .Add(l["ColumnScore"], Score(service.Score, s, l))
            .Add(l["ColumnRank"], service.Rank is { } rank ? Num(rank, l) : H(l["NotApplicable"]))
            .Add(l["CriteriaScore"], service.CriteriaScore is { } cs ? H(Percent(cs, l)) : H(l["NoScore"]))
            .Add(l["FindingsScore"], service.FindingsScore is { } fs ? H(Percent(fs, l)) : H(l["NoScore"]))
            .Add(l["ColumnCoverage"], H(Percent(service.Coverage, l)));
        if (service.Url is not null)
        {
            summary.Add(l["ServiceUrl"], Url(service.Url));
        }

        if (service.Repository is not null)
        {
            summary.Add(l["Repository"], Url(service.Repository));
        }

        body.Append(summary.ToHtml());
        body.Append("<h2 class=\"ds-heading-m\">").Append(H(l["LatestHeading"])).Append("</h2>\n");
        if (document.LatestAssessment is not { } a)
        {
            body.Append("<p class=\"ds-body\">").Append(H(l["NoAssessment"])).Append("</p>\n");
        }
        else
        {
            var latest = new SummaryList()
                .Add(l["AssessedOn"], H(Date(a.StartedAt)))
                .Add(l["Received"], H(Date(a.ReceivedAt)))
                .Add(l["Standard"], H($"{a.StandardId} {a.StandardVersion}"))
                .Add(l["ToolVersion"], H(a.ToolVersion))
                .Add(l["PagesAssessed"], Num(a.PagesAssessed, l))
                .Add(l["Violations"], Num(a.Violations, l))
                .Add(l["CriteriaOutcomes"], H(l["OutcomeCounts", a.Met, a.NeedsReview, a.NotMet, a.NotAssessed]));
            if (a.Commit is not null)
            {
                latest.Add(l["Commit"], "<code>" + H(a.Commit) + "</code>");
            }

            body.Append(latest.ToHtml());
            var criteria = new Table(l["CriteriaCaption", a.Id], [l["ColumnCriterion"], l["ColumnOutcome"]], []);
            foreach (var c in a.Criteria)
            {
                criteria.Row(H($"{c.Id} {s.CriterionTitle(a.StandardId, c.Id, c.Title, l.Language)}"), OutcomeTag(c.Outcome, l));
            }

            body.Append(criteria.ToHtml(l));
        }

        return Layout(page, service.Name, null, [(l["NavRanking"], page.Link("")), (institutionName, page.Link($"institutions/{institutionId}/"))], body.ToString());
    }

    private static string HeatMapPage(PageContext page)
    {
        var (s, l) = (page.S, page.L);
        var document = IndexDocuments.HeatMap(s);
        var body = new StringBuilder();
        var heading = l["HeatMapHeading", document.Period];
        body.Append("<h1 class=\"ds-heading-xl\">").Append(H(heading)).Append("</h1>\n");
        body.Append("<p class=\"ds-body\">").Append(H(l["HeatMapIntro"])).Append("</p>\n");
        body.Append("<p class=\"ds-body\"><strong class=\"ds-tag ds-tag--blue\">").Append(H(l["MethodVersion", s.Method.Version])).Append("</strong></p>\n");
        var institutions = document.Cells.Select(c => c.InstitutionId).Distinct().ToList();
        if (institutions.Count == 0 || document.Criteria.Count == 0)
        {
            body.Append("<p class=\"ds-body\">").Append(H(l["HeatMapEmpty"])).Append("</p>\n");
        }
        else
        {
            var cells = document.Cells.ToDictionary(c => (c.InstitutionId, c.CriterionId));
            var table = new Table(l["HeatMapCaption", document.Period], [l["ColumnInstitution"], .. document.Criteria.Select(c => c.Id)], []);
            foreach (var id in institutions)
            {
                var institution = s.Institution(id)!;
                var values = new List<string> { $"<a class=\"ds-link\" href=\"{page.Link($"institutions/{id}/")}\">{H(institution.Name(l.Language))}</a>" };
                foreach (var criterion in document.Criteria)
                {
                    var cell = cells[(id, criterion.Id)];
                    values.Add(cell.Score is { } score
                        ? $"<span class=\"ds-visually-hidden\">{H(criterion.Id)}: </span>{H(Percent(score, l))}"
                        : $"<span aria-hidden=\"true\">–</span><span class=\"ds-visually-hidden\">{H(criterion.Id)}: {H(l["HeatMapNotAssessed"])}</span>");
                }

                table.Row(values, [.. document.Criteria.Select(c => cells[(id, c.Id)].Score is { } v ? $"index-heat index-heat--{Bucket(v)}" : "index-heat index-heat--none").Prepend(string.Empty)]);
            }

            body.Append(table.ToHtml(l));
            body.Append("<h2 class=\"ds-heading-m\">").Append(H(l["CriteriaKeyHeading"])).Append("</h2>\n");
            var key = new Table(l["CriteriaKeyCaption"], [l["ColumnCriterion"], l["ColumnTitle"]], []);
            foreach (var criterion in document.Criteria)
            {
                key.Row(H(criterion.Id), H(s.CriterionTitle(criterion.Id, l.Language)));
            }

            body.Append(key.ToHtml(l));
        }

        body.Append(NotMetSection(page));
        return Layout(page, heading, "heat-map", [(l["NavRanking"], page.Link(""))], body.ToString());
    }

    private static string Layout(PageContext page, string heading, string? current, IReadOnlyList<(string Text, string Href)> breadcrumbs, string body)
    {
        var (s, l) = (page.S, page.L);
        var title = l["PageTitle", heading, s.Method.Title.Get(l.Language)];
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(l.Language).Append("\" class=\"ds-template\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(Csp).Append("\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"referrer\" content=\"no-referrer\">\n");
        html.Append("<meta name=\"servicestandard-index-method\" content=\"").Append(H(s.Method.Version)).Append("\">\n");
        html.Append("<title>").Append(H(title)).Append("</title>\n");
        html.Append("<link rel=\"stylesheet\" href=\"").Append(page.Root).Append("assets/ds.min.css\">\n");
        html.Append("<link rel=\"stylesheet\" href=\"").Append(page.Root).Append("assets/index-site.css\">\n");
        html.Append("<script type=\"module\" src=\"").Append(page.Root).Append("assets/js/init.js\"></script>\n</head>\n");
        html.Append("<body class=\"ds-template__body\">\n<a href=\"#main-content\" class=\"ds-skip-link\" data-module=\"ds-skip-link\">").Append(H(l["SkipLink"])).Append("</a>\n");
        html.Append("<header class=\"ds-header\" data-module=\"ds-header\">\n  <div class=\"ds-header__container ds-width-container\">\n    <div class=\"ds-header__logo\">\n");
        html.Append("      <a href=\"").Append(page.Link("")).Append("\" class=\"ds-header__link ds-header__link--homepage\"><span class=\"ds-header__logotype-text\">").Append(H(l["OrgName"])).Append("</span></a>\n    </div>\n");
        html.Append("    <div class=\"ds-header__content\">\n      <a href=\"").Append(page.Link("")).Append("\" class=\"ds-header__link ds-header__service-name\">").Append(H(s.Method.Title.Get(l.Language))).Append("</a>\n");
        html.Append("      <nav aria-label=\"").Append(H(l["NavigationLabel"])).Append("\" class=\"ds-header__navigation\">\n");
        html.Append("        <button type=\"button\" class=\"ds-header__menu-button ds-js-header-toggle\" aria-controls=\"navigation\" aria-expanded=\"false\" hidden>").Append(H(l["Menu"])).Append("</button>\n");
        html.Append("        <ul id=\"navigation\" class=\"ds-header__navigation-list\">\n");
        foreach (var (key, target) in new[] { ("ranking", ""), ("heat-map", "heat-map/") })
        {
            var isCurrent = current == key;
            html.Append("          <li class=\"ds-header__navigation-item").Append(isCurrent ? " ds-header__navigation-item--active" : string.Empty).Append("\"><a class=\"ds-header__link\" href=\"")
                .Append(page.Link(target)).Append('"').Append(isCurrent ? " aria-current=\"page\"" : string.Empty).Append('>')
                .Append(H(l[key == "ranking" ? "NavRanking" : "NavHeatMap"])).Append("</a></li>\n");
        }

        html.Append("        </ul>\n      </nav>\n");
        html.Append("      <nav class=\"ds-language-switcher\" aria-label=\"").Append(H(l["LanguageLabel"])).Append("\">\n        <ul class=\"ds-language-switcher__list\">\n");
        foreach (var language in SiteLabels.Languages)
        {
            var other = SiteLabels.For(language);
            if (language == l.Language)
            {
                html.Append("          <li class=\"ds-language-switcher__item ds-language-switcher__item--current\"><span aria-current=\"true\">").Append(H(other["LanguageName"])).Append("</span></li>\n");
            }
            else
            {
                html.Append("          <li class=\"ds-language-switcher__item\"><a class=\"ds-language-switcher__link\" href=\"").Append(page.Root).Append(language).Append('/').Append(page.InLanguage)
                    .Append("\" hreflang=\"").Append(language).Append("\" lang=\"").Append(language).Append("\" rel=\"alternate\"><span class=\"ds-visually-hidden\">")
                    .Append(H(other["ChangeLanguagePrefix"])).Append("</span>").Append(H(other["LanguageName"])).Append("</a></li>\n");
            }
        }

        html.Append("        </ul>\n      </nav>\n    </div>\n  </div>\n</header>\n<div class=\"ds-width-container\">\n");
        html.Append("  <div class=\"ds-phase-banner\">\n    <p class=\"ds-phase-banner__content\">\n      <strong class=\"ds-tag ds-phase-banner__content__tag\">").Append(H(l["PhaseTag"]))
            .Append("</strong>\n      <span class=\"ds-phase-banner__text\">").Append(H(l["PhaseText"])).Append("</span>\n    </p>\n  </div>\n");
        if (breadcrumbs.Count > 0)
        {
            html.Append("  <nav class=\"ds-breadcrumbs\" aria-label=\"").Append(H(l["BreadcrumbLabel"])).Append("\">\n    <ol class=\"ds-breadcrumbs__list\">\n");
            foreach (var (text, href) in breadcrumbs)
            {
                html.Append("      <li class=\"ds-breadcrumbs__list-item\"><a class=\"ds-breadcrumbs__link\" href=\"").Append(href).Append("\">").Append(H(text)).Append("</a></li>\n");
            }

            html.Append("    </ol>\n  </nav>\n");
        }

        html.Append("  <main class=\"ds-main-wrapper\" id=\"main-content\" tabindex=\"-1\">\n").Append(body).Append("  </main>\n</div>\n");
        html.Append("<footer class=\"ds-footer\">\n  <div class=\"ds-width-container\">\n    <div class=\"ds-footer__meta\">\n      <div class=\"ds-footer__meta-item ds-footer__meta-item--grow\">\n");
        html.Append("        <h2 class=\"ds-visually-hidden\">").Append(H(l["FooterHeading"])).Append("</h2>\n");
        html.Append("        <p class=\"ds-footer__licence-description\">").Append(H(l["FooterMethod", s.Method.Version, s.Method.Title.Get(l.Language)])).Append("</p>\n");
        html.Append("      </div>\n      <div class=\"ds-footer__meta-item\"><p class=\"ds-footer__copyright\">© ").Append(H(l["OrgName"])).Append("</p></div>\n    </div>\n  </div>\n</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>A horizontal bar chart (0–100) as SVG, named by its caption; the table beside it has the same numbers.</summary>
    private static string HorizontalBars(string id, string caption, IReadOnlyList<(string Label, double Value)> bars, SiteLabels l, int decimals)
    {
        const int labelWidth = 300, barWidth = 250, rowHeight = 32, top = 8;
        var height = top + (bars.Count * rowHeight) + 8;
        var svg = new StringBuilder();
        svg.Append("<figure class=\"index-chart\">\n<figcaption class=\"ds-body-s\" id=\"").Append(id).Append("\">").Append(H(caption)).Append("</figcaption>\n");
        svg.Append("<svg role=\"img\" aria-labelledby=\"").Append(id).Append("\" focusable=\"false\" viewBox=\"0 0 640 ").Append(height).Append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        for (var i = 0; i < bars.Count; i++)
        {
            var y = top + (i * rowHeight);
            var width = Math.Max(1, bars[i].Value / 100 * barWidth);
            svg.Append("<text class=\"index-chart__label\" x=\"0\" y=\"").Append(y + 20).Append("\">").Append(H(Shorten(bars[i].Label, 30))).Append("</text>\n");
            svg.Append("<rect class=\"index-chart__bar\" x=\"").Append(labelWidth).Append("\" y=\"").Append(y + 4).Append("\" width=\"").Append(F(width)).Append("\" height=\"22\"></rect>\n");
            svg.Append("<text class=\"index-chart__label\" x=\"").Append(F(labelWidth + width + 6)).Append("\" y=\"").Append(y + 20).Append("\">").Append(H(Number(bars[i].Value, decimals, l))).Append("</text>\n");
        }

        svg.Append("<line class=\"index-chart__axis\" x1=\"").Append(labelWidth).Append("\" y1=\"0\" x2=\"").Append(labelWidth).Append("\" y2=\"").Append(height).Append("\"></line>\n</svg>\n</figure>\n");
        return svg.ToString();
    }

    /// <summary>A column per period (0–100) as SVG; a period with no score has no column and says so.</summary>
    private static string VerticalBars(string id, string caption, IReadOnlyList<(string Label, double? Value)> bars, SiteLabels l, int decimals)
    {
        const int chartHeight = 200, top = 30, columnWidth = 110;
        var svg = new StringBuilder();
        svg.Append("<figure class=\"index-chart\">\n<figcaption class=\"ds-body-s\" id=\"").Append(id).Append("\">").Append(H(caption)).Append("</figcaption>\n");
        svg.Append("<svg role=\"img\" aria-labelledby=\"").Append(id).Append("\" focusable=\"false\" viewBox=\"0 0 ").Append(bars.Count * columnWidth).Append(' ').Append(top + chartHeight + 30).Append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        for (var i = 0; i < bars.Count; i++)
        {
            var x = i * columnWidth;
            var baseline = top + chartHeight;
            if (bars[i].Value is { } value)
            {
                var height = Math.Max(1, value / 100 * chartHeight);
                svg.Append("<rect class=\"index-chart__bar\" x=\"").Append(x + 20).Append("\" y=\"").Append(F(baseline - height)).Append("\" width=\"70\" height=\"").Append(F(height)).Append("\"></rect>\n");
                svg.Append("<text class=\"index-chart__label\" x=\"").Append(x + 20).Append("\" y=\"").Append(F(baseline - height - 8)).Append("\">").Append(H(Number(value, decimals, l))).Append("</text>\n");
            }
            else
            {
                svg.Append("<text class=\"index-chart__label\" x=\"").Append(x + 20).Append("\" y=\"").Append(baseline - 8).Append("\">–</text>\n");
            }

            svg.Append("<text class=\"index-chart__label\" x=\"").Append(x + 20).Append("\" y=\"").Append(baseline + 22).Append("\">").Append(H(bars[i].Label)).Append("</text>\n");
        }

        svg.Append("<line class=\"index-chart__axis\" x1=\"0\" y1=\"").Append(top + chartHeight).Append("\" x2=\"").Append(bars.Count * columnWidth).Append("\" y2=\"").Append(top + chartHeight).Append("\"></line>\n</svg>\n</figure>\n");
        return svg.ToString();
    }

    private static string OutcomeTag(string outcome, SiteLabels l) => outcome switch
    {
        "met" => $"<strong class=\"ds-tag ds-tag--green\">{H(l["OutcomeMet"])}</strong>",
        "not-met" => $"<strong class=\"ds-tag ds-tag--red\">{H(l["OutcomeNotMet"])}</strong>",
        "needs-review" => $"<strong class=\"ds-tag ds-tag--yellow\">{H(l["OutcomeNeedsReview"])}</strong>",
        _ => $"<strong class=\"ds-tag ds-tag--grey\">{H(l["OutcomeNotAssessed"])}</strong>",
    };

    private static int Bucket(double score) => score switch
    {
        < 0.25 => 0,
        < 0.5 => 1,
        < 0.75 => 2,
        _ => 3,
    };

    private static string StatusText(string status, SiteLabels l) => status switch
    {
        "ranked" => l["StatusRanked"],
        "below-coverage" => l["StatusBelowCoverage"],
        "unscored" => l["StatusUnscored"],
        _ => l["StatusNotAssessed"],
    };

    private static string LevelText(string level, SiteLabels l) => level switch
    {
        "central" => l["LevelCentral"],
        "regional" => l["LevelRegional"],
        _ => l["LevelMunicipal"],
    };

    private static string Change(InstitutionRow r, IndexSnapshot s, SiteLabels l)
    {
        if (r.IsNew)
        {
            return l["New"];
        }

        if (r.ScoreChange is not { } change)
        {
            return l["NotApplicable"];
        }

        return change == 0 ? l["NoChange"] : (change > 0 ? "+" : "−") + Number(Math.Abs(change), s.Method.Decimals, l);
    }

    private static string Score(double? score, IndexSnapshot s, SiteLabels l) => score is { } value ? H(Number(value, s.Method.Decimals, l)) : H(l["NoScore"]);

    private static string Number(double value, int decimals, SiteLabels l) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), l.Culture);

    private static string Num(long value, SiteLabels l) => H(value.ToString("N0", l.Culture));

    private static string Percent(double share, SiteLabels l) => Math.Round(share * 100, MidpointRounding.AwayFromZero).ToString("0", l.Culture) + " %";

    private static string Date(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>A team's URL: a link when it is http(s), otherwise shown as text (never a javascript: or data: link).</summary>
    private static string Url(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? $"<a class=\"ds-link\" href=\"{H(uri.AbsoluteUri)}\" rel=\"nofollow noopener\">{H(url)}</a>"
            : H(url);

    /// <summary>Text for HTML: hidden characters made visible, then encoded (attribute-safe too).</summary>
    internal static string H(string? text) => Encoder.Encode(UntrustedText.Reveal(text ?? string.Empty));

    private static string Name(this InstitutionRow row, string language) => language == "es" ? row.NameEs : row.NameEn;

    /// <summary>One page being rendered: its snapshot, language and where it sits (for relative links).</summary>
    private sealed class PageContext
    {
        public PageContext(IndexSnapshot s, SiteLabels l, string path)
        {
            (S, L) = (s, l);
            var depth = path.Count(c => c == '/');
            Root = string.Concat(Enumerable.Repeat("../", depth));
            var inLanguage = path[(path.IndexOf('/', StringComparison.Ordinal) + 1)..];
            InLanguage = inLanguage.EndsWith("index.html", StringComparison.Ordinal) ? inLanguage[..^"index.html".Length] : inLanguage;
        }

        public IndexSnapshot S { get; }

        public SiteLabels L { get; }

        /// <summary>"../" as many times as the page is deep: the site's root, relative.</summary>
        public string Root { get; }

        /// <summary>The page's path within its language folder, for the language switcher.</summary>
        public string InLanguage { get; }

        /// <summary>A page of this language, relative from here.</summary>
        public string Link(string inLanguage) => $"{Root}{L.Language}/{inLanguage}";
    }

    /// <summary>A design-system table (<c>ds-table</c>) in a box that scrolls sideways on its own, focusable so keyboard users can scroll it.</summary>
    private sealed class Table(string caption, IReadOnlyList<string> headers, IReadOnlyList<int> numeric)
    {
        private readonly List<(IReadOnlyList<string> Cells, IReadOnlyList<string>? Classes)> _rows = [];

        public void Row(params string[] cells) => _rows.Add((cells, null));

        public void Row(IReadOnlyList<string> cells, IReadOnlyList<string> classes) => _rows.Add((cells, classes));

        public string ToHtml(SiteLabels l)
        {
            var html = new StringBuilder();
            html.Append("<div class=\"index-table-wrapper\" role=\"region\" aria-label=\"").Append(H(l["TableScrollLabel", caption])).Append("\" tabindex=\"0\">\n");
            html.Append("<table class=\"ds-table\">\n<caption class=\"ds-table__caption ds-table__caption--s\">").Append(H(caption)).Append("</caption>\n");
            html.Append("<thead class=\"ds-table__head\">\n<tr class=\"ds-table__row\">\n");
            for (var i = 0; i < headers.Count; i++)
            {
                html.Append("<th scope=\"col\" class=\"ds-table__header").Append(numeric.Contains(i) ? " ds-table__header--numeric" : string.Empty).Append("\">").Append(H(headers[i])).Append("</th>\n");
            }

            html.Append("</tr>\n</thead>\n<tbody class=\"ds-table__body\">\n");
            foreach (var (cells, classes) in _rows)
            {
                html.Append("<tr class=\"ds-table__row\">\n");
                for (var i = 0; i < cells.Count; i++)
                {
                    if (i == 0)
                    {
                        html.Append("<th scope=\"row\" class=\"ds-table__header\">").Append(cells[i]).Append("</th>\n");
                        continue;
                    }

                    var extra = classes is not null && classes[i].Length > 0 ? " " + classes[i] : string.Empty;
                    html.Append("<td class=\"ds-table__cell").Append(numeric.Contains(i) ? " ds-table__cell--numeric" : string.Empty).Append(extra).Append("\">").Append(cells[i]).Append("</td>\n");
                }

                html.Append("</tr>\n");
            }

            return html.Append("</tbody>\n</table>\n</div>\n").ToString();
        }
    }

    /// <summary>A design-system summary list without actions; values are HTML already encoded.</summary>
    private sealed class SummaryList
    {
        private readonly List<(string Key, string Value)> _rows = [];

        public SummaryList Add(string key, string valueHtml)
        {
            _rows.Add((key, valueHtml));
            return this;
        }

        public string ToHtml()
        {
            var html = new StringBuilder("<dl class=\"ds-summary-list\">\n");
            foreach (var (key, value) in _rows)
            {
                html.Append("  <div class=\"ds-summary-list__row\">\n    <dt class=\"ds-summary-list__key\">").Append(H(key)).Append("</dt>\n    <dd class=\"ds-summary-list__value\">").Append(value).Append("</dd>\n  </div>\n");
            }

            return html.Append("</dl>\n").ToString();
        }
    }
}
