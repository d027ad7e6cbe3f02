using ServiceStandard.Checks.DesignSystem;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Checks.Tests.Accessibility;
using ServiceStandard.Gathering.Web;
using ServiceStandard.Testing;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Tests.DesignSystem;

/// <summary>Evidence literals for the design-system checks: a page built correctly with the design system, and ways to spoil it.</summary>
internal static class DesignPages
{
    private static readonly Lazy<DesignSystemPack> Shipped = new(() => Load(RepositoryPaths.Combine("designsystem")));

    public static DesignSystemPack Pack => Shipped.Value;

    public static DesignSystemPack Load(string directory)
    {
        var result = DesignSystemPack.Load(directory);
        return result.Succeeded ? result.Value! : throw new InvalidOperationException(string.Join('\n', result.Diagnostics));
    }

    public const string Head = """
        <meta charset="utf-8"><title>Apply</title>
        <meta name="ds-version" content="{version}">
        <link rel="stylesheet" href="/ds/ds.css">
        """;

    public const string Header = """
        <a href="#main-content" class="ds-skip-link" data-module="ds-skip-link">Skip to main content</a>
        <header class="ds-header" data-module="ds-header">
          <div class="ds-header__container ds-width-container">
            <div class="ds-header__logo"><a href="/" class="ds-header__link ds-header__link--homepage"><span class="ds-header__logotype-text">Government</span></a></div>
            <div class="ds-header__content"><a href="/apply" class="ds-header__link ds-header__service-name">Apply for a fishing permit</a></div>
          </div>
        </header>
        <div class="ds-width-container">
        <div class="ds-phase-banner">
          <p class="ds-phase-banner__content">
            <strong class="ds-tag ds-phase-banner__content__tag">Beta</strong>
            <span class="ds-phase-banner__text">This is a new service. Help us improve it and <a class="ds-link" href="/feedback">give your feedback</a>.</span>
          </p>
        </div>
        <nav class="ds-language-switcher" aria-label="Language">
          <ul class="ds-language-switcher__list">
            <li class="ds-language-switcher__item ds-language-switcher__item--current"><span aria-current="true">English</span></li>
            <li class="ds-language-switcher__item"><a class="ds-language-switcher__link" href="?lang=es" hreflang="es" lang="es"><span class="ds-visually-hidden">Cambiar el idioma a </span>Español</a></li>
          </ul>
        </nav>
        """;

    public const string Footer = """
        </div>
        <footer class="ds-footer">
          <div class="ds-width-container">
            <div class="ds-footer__meta">
              <div class="ds-footer__meta-item ds-footer__meta-item--grow">
                <h2 class="ds-visually-hidden">Support links</h2>
                <ul class="ds-footer__inline-list">
                  <li class="ds-footer__inline-list-item"><a class="ds-footer__link" href="/help">Help</a></li>
                </ul>
              </div>
            </div>
          </div>
        </footer>
        """;

    /// <summary>A whole page built with the design system around <paramref name="main"/>.</summary>
    public static string Html(string main, string version = "0.1.0", string? head = null, string? header = null, string? footer = null) =>
        $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>{head ?? Head.Replace("{version}", version)}</head>
        <body>
        {header ?? Header}
        <main class="ds-main-wrapper" id="main-content">
        {main}
        </main>
        {footer ?? Footer}
        </body>
        </html>
        """;

    public const string GoodMain = """
        <h1 class="ds-heading-l">What is your name?</h1>
        <button type="submit" class="ds-button" data-module="ds-button">Continue</button>
        """;

    public static PageSnapshot Page(string html, DesignProbe? design = null, string url = Snapshots.Start) =>
        Snapshots.Page(url) with { Html = html, Design = design ?? Probe() };

    public static DesignProbe Probe(IReadOnlyList<ColourUse>? colours = null, IReadOnlyList<ControlProbe>? controls = null, IReadOnlyList<StylesheetHead>? stylesheets = null) =>
        new(colours ?? [new ColourUse("#0b0c0c", "color", 12, "p", "<p>"), new ColourUse("#ffffff", "background-color", 3, "body", "<body>")], controls ?? [], stylesheets ?? []);

    public static CheckContext Context(string? phase = "beta", string[]? languages = null, string language = "en") =>
        new() { Language = language, ServicePhase = phase, ServiceLanguages = languages ?? ["en", "es"] };

    public static IWebCheck Check(string id, DesignSystemPack? pack = null, string? minimumVersion = null, double tolerance = 2.3) =>
        DesignSystemChecks.Create(pack ?? Pack, ServiceStandard.Configuration.ConfigDefaults.DesignSystem with { MinimumVersion = minimumVersion, PaletteTolerance = tolerance }, catalog: TestCatalog.Instance)
            .Single(c => c.Id == id);

    public static List<Finding> Run(IWebCheck check, CheckContext? context = null, params PageSnapshot[] pages) =>
        [.. check.Run(new WebEvidence(pages), context ?? Context())];
}
