using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Fluid;
using ServiceStandard.DesignSystem.Components;
using ServiceStandard.DesignSystem.Contracts;
using ServiceStandard.DesignSystem.Contracts.Assertions;
using ServiceStandard.DesignSystem.Docs.Localization;
using ServiceStandard.DesignSystem.Docs.Patterns;
using ServiceStandard.DesignSystem.Docs.Views;
using ServiceStandard.DesignSystem.Engine;
using ServiceStandard.Kernel;
using ServiceStandard.Kernel.Diagnostics;

namespace ServiceStandard.DesignSystem.Docs;

/// <summary>Where the site is built from: the design system's folder, as in the repository.</summary>
/// <param name="ComponentsDirectory">designsystem/components: one folder per component.</param>
/// <param name="DistDirectory">designsystem/dist: the built ds.min.css and tokens.json.</param>
/// <param name="ScriptsDirectory">designsystem/js: the shared ES modules copied into the site (the components' own, components/&lt;id&gt;/&lt;id&gt;.js, come from <paramref name="ComponentsDirectory"/>).</param>
/// <param name="ChangelogPath">designsystem/CHANGELOG.md; a CHANGELOG.es.md next to it is used for Spanish.</param>
public sealed record DocsSiteSource(string ComponentsDirectory, string DistDirectory, string ScriptsDirectory, string ChangelogPath)
{
    public static DocsSiteSource FromDesignSystem(string designSystemDirectory) => new(
        Path.Combine(designSystemDirectory, "components"),
        Path.Combine(designSystemDirectory, "dist"),
        Path.Combine(designSystemDirectory, "js"),
        Path.Combine(designSystemDirectory, "CHANGELOG.md"));

    /// <summary>designsystem/patterns, beside the components: one folder per pattern (pattern.yml and examples/).</summary>
    public string PatternsDirectory => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(ComponentsDirectory)) ?? ".", "patterns");

    /// <summary>The nearest folder at or above <paramref name="start"/> that has designsystem/components; null when there is none.</summary>
    public static string? FindDesignSystem(string start)
    {
        for (var directory = new DirectoryInfo(Path.GetFullPath(start)); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "designsystem");
            if (Directory.Exists(Path.Combine(candidate, "components")))
            {
                return candidate;
            }

            if (Path.GetFileName(directory.FullName) == "designsystem" && Directory.Exists(Path.Combine(directory.FullName, "components")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}

/// <summary>What a build wrote: every file (relative to the output folder, with '/'), the HTML pages among them, and any problems.</summary>
public sealed record DocsSiteResult(IReadOnlyList<string> Files, IReadOnlyList<string> Pages, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// Builds the design system's static docs site: <c>index.html</c> (choose a language), per language
/// <c>&lt;lang&gt;/index.html</c>, <c>foundations.html</c>, <c>changelog.html</c> and
/// <c>components/&lt;id&gt;.html</c>, the live examples in <c>examples/&lt;component&gt;/&lt;example&gt;.html</c>
/// and the assets (the design system's own ds.min.css and JavaScript). Every link is relative, so the
/// folder works from a file system or any web path; nothing is loaded from the network; a strict
/// Content-Security-Policy allows only the site's own files. The same input gives the same bytes.
/// </summary>
public sealed partial class DocsSiteBuilder
{
    /// <summary>Policy of the documentation pages: own styles, scripts and example frames only.</summary>
    public const string PageCsp = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; frame-src 'self'; base-uri 'none'; form-action 'none'";

    /// <summary>Policy of the example pages: as the pages, without frames.</summary>
    public const string ExampleCsp = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly TemplateOptions Options = CreateOptions();
    private static readonly Dictionary<string, Lazy<IFluidTemplate>> Templates =
        new[] { "layout", "index", "foundations", "component", "changelog", "root", "example", "patterns", "pattern" }
            .ToDictionary(n => n, n => new Lazy<IFluidTemplate>(() => Parse(n)), StringComparer.Ordinal);

    private static readonly string[] GuidanceIds = ["when-to-use", "when-not-to-use", "how-it-works", "accessibility", "research"];
    private static readonly string[] GuidanceLabels = ["when_to_use", "when_not_to_use", "how_it_works", "accessibility", "research"];

    /// <summary>Builds the site into <paramref name="outputDirectory"/> (created if needed; files already there are overwritten, others left).</summary>
    /// <param name="languages">Some of <see cref="DocsLabels.Languages"/>; the first is the root page's default.</param>
    public DocsSiteResult Build(DocsSiteSource source, string outputDirectory, IReadOnlyList<string> languages)
    {
        var diagnostics = new List<Diagnostic>();
        var unknown = languages.Where(l => !DocsLabels.Languages.Contains(l, StringComparer.Ordinal)).ToList();
        if (languages.Count == 0 || unknown.Count > 0)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation("--lang", 1, 1), $"the docs site is written in {string.Join(" and ", DocsLabels.Languages)}; '{string.Join(", ", unknown)}' is not one of them"));
            return new DocsSiteResult([], [], diagnostics);
        }

        var loaded = ComponentLibrary.Load(source.ComponentsDirectory);
        diagnostics.AddRange(loaded.Diagnostics);
        var stylesheet = Path.Combine(source.DistDirectory, "ds.min.css");
        var tokensPath = Path.Combine(source.DistDirectory, "tokens.json");
        foreach (var required in new[] { stylesheet, tokensPath, Path.Combine(source.ScriptsDirectory, "init.js") })
        {
            if (!File.Exists(required))
            {
                diagnostics.Add(Diagnostic.Error(new SourceLocation(required, 1, 1), "the file does not exist; build the design system first (dotnet run --project designsystem/ServiceStandard.DesignSystem.Build)"));
            }
        }

        var (patterns, patternDiagnostics) = loaded.Succeeded
            ? PatternLibrary.Load(source.PatternsDirectory, loaded.Value!.Components.Select(c => c.Id).ToHashSet(StringComparer.Ordinal))
            : ([], []);
        diagnostics.AddRange(patternDiagnostics);
        if (!loaded.Succeeded || diagnostics.Any(d => d.IsError))
        {
            return new DocsSiteResult([], [], diagnostics);
        }

        TokenFile tokens;
        try
        {
            tokens = TokenFile.Read(tokensPath);
        }
        catch (Exception ex) when (ex is InvalidDataException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(tokensPath, 1, 1), $"cannot read the tokens: {ex.Message}"));
            return new DocsSiteResult([], [], diagnostics);
        }

        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var site = new Site(loaded.Value!, patterns, tokens, source, languages, files);
        site.Write(stylesheet);

        var root = Path.GetFullPath(outputDirectory);
        foreach (var (path, bytes) in files)
        {
            var target = Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, bytes);
        }

        return new DocsSiteResult([.. files.Keys], [.. files.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal))], diagnostics);
    }

    /// <summary>The link from the page at <paramref name="from"/> to <paramref name="to"/>, both relative to the site root with '/'.</summary>
    public static string Relative(string from, string to)
    {
        var depth = from.Count(c => c == '/');
        return string.Concat(Enumerable.Repeat("../", depth)) + to;
    }

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions { FileProvider = new EmbeddedTemplates() };
        foreach (var type in typeof(PageView).Assembly.GetTypes().Where(t => t.Namespace == typeof(PageView).Namespace && t.Name.EndsWith("View", StringComparison.Ordinal)))
        {
            options.MemberAccessStrategy.Register(type);
        }

        options.MemberAccessStrategy.Register(typeof(InlineView));
        options.MemberAccessStrategy.Register(typeof(BlockView));
        return options;
    }

    private static IFluidTemplate Parse(string name)
    {
        var text = EmbeddedTemplates.Read(name + ".liquid");
        return new FluidParser().TryParse(text, out var template, out var error)
            ? template
            : throw new InvalidOperationException($"The docs template {name}.liquid does not parse: {error}");
    }

    private static string Render(string template, Action<TemplateContext> values)
    {
        var context = new TemplateContext(Options);
        values(context);
        return Templates[template].Value.Render(context, Encoder).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\s*(<!--.*?-->\s*)?(<!DOCTYPE|<html)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex WholePage();

    [GeneratedRegex("^#[0-9a-fA-F]{3,8}$")]
    private static partial Regex HexColour();

    [GeneratedRegex("[^a-z0-9-]+")]
    private static partial Regex NotClassSafe();

    private static string ClassSafe(string name) => NotClassSafe().Replace(name.ToLowerInvariant().Replace('.', '-'), "-");

    private sealed class Site(ComponentLibrary library, IReadOnlyList<PatternDefinition> patterns, TokenFile tokens, DocsSiteSource source, IReadOnlyList<string> languages, SortedDictionary<string, byte[]> files)
    {
        private const string Stylesheet = "assets/ds.min.css";
        private const string SiteStylesheet = "assets/site.css";
        private const string FoundationsStylesheet = "assets/foundations.css";
        private const string SiteScript = "assets/site.js";
        private const string InitScript = "assets/js/init.js";

        private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

        // The header's own items (WriteLayout); a section with another key is added to the header.
        private static readonly string[] HeaderKeys = ["nav_home", "nav_foundations", "nav_components", "nav_changelog"];

        // The documentation pages, kept until every page is known: a page's side navigation lists
        // every page of its section (the pages that share its top navigation item), whatever wrote them.
        private readonly List<SitePage> _pages = [];

        public void Write(string stylesheet)
        {
            files[Stylesheet] = File.ReadAllBytes(stylesheet);
            files[SiteStylesheet] = Utf8.GetBytes(EmbeddedTemplates.Read("site.css"));
            files[SiteScript] = Utf8.GetBytes(EmbeddedTemplates.Read("site.js"));
            foreach (var script in Directory.EnumerateFiles(source.ScriptsDirectory, "*.js", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(source.ScriptsDirectory, script).Replace(Path.DirectorySeparatorChar, '/');
                files["assets/js/" + relative] = File.ReadAllBytes(script);
            }

            // The components' scripts keep their place beside js/, as in the sources, because
            // all.js imports them as ../components/<id>/<id>.js.
            foreach (var folder in Directory.EnumerateDirectories(source.ComponentsDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal))
            {
                var script = Path.Combine(source.ComponentsDirectory, folder!, folder + ".js");
                if (File.Exists(script))
                {
                    files[$"assets/components/{folder}/{folder}.js"] = File.ReadAllBytes(script);
                }
            }

            files[FoundationsStylesheet] = Utf8.GetBytes(FoundationsCss());
            WriteExamples();
            foreach (var language in languages)
            {
                var labels = DocsLabels.For(language);
                WriteIndex(labels);
                WriteFoundations(labels);
                WriteChangelog(labels);
                foreach (var component in library.Components)
                {
                    WriteComponent(labels, component);
                }

                WritePatternIndex(labels);
                foreach (var pattern in patterns)
                {
                    WritePattern(labels, pattern);
                }

                WriteSearchIndex(labels);
            }

            WriteLayouts();
            WriteRoot();
        }

        private static string ExamplePath(ComponentDefinition component, ComponentExample example) => $"examples/{component.Id}/{example.Id}.html";

        private static string ComponentPath(string language, string id) => $"{language}/components/{id}.html";

        private void Add(string path, string html) => files[path] = Utf8.GetBytes(html);

        private void WriteExamples()
        {
            foreach (var component in library.Components)
            {
                foreach (var example in component.Examples)
                {
                    WriteExample(ExamplePath(component, example), component.ExamplePath(example), component.Name, example.Title, language => ComponentPath(language, component.Id));
                }
            }

            foreach (var pattern in patterns)
            {
                foreach (var example in pattern.Examples)
                {
                    WriteExample(PatternExamplePath(pattern, example), pattern.ExamplePath(example), pattern.Name, example.Title, language => PatternPath(language, pattern.Id));
                }
            }
        }

        private static string PatternExamplePath(PatternDefinition pattern, PatternExample example) => $"examples/patterns/{pattern.Id}/{example.Id}.html";

        private static string PatternPath(string language, string id) => $"{language}/patterns/{id}.html";

        /// <summary>An example's own page: a whole page as written (with the site's head added), or a fragment in the example template.</summary>
        private void WriteExample(string path, string file, LocalizedText name, LocalizedText exampleTitle, Func<string, string> docsPage)
        {
            var markup = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
            var title = $"{name.Get("en")}: {exampleTitle.Get("en")} – {DocsLabels.For("en")["page_title_suffix"]}";
            var head = string.Join("\n",
                $"<meta http-equiv=\"Content-Security-Policy\" content=\"{ExampleCsp}\">",
                $"<meta name=\"ds-version\" content=\"{Encoder.Encode(tokens.Version)}\">",
                $"<link rel=\"stylesheet\" href=\"{Relative(path, Stylesheet)}\">",
                $"<link rel=\"stylesheet\" href=\"{Relative(path, SiteStylesheet)}\">",
                $"<script type=\"module\" src=\"{Relative(path, InitScript)}\"></script>");
            if (WholePage().IsMatch(markup))
            {
                var at = markup.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
                Add(path, at < 0 ? markup : markup[..at] + head + "\n" + markup[at..]);
                return;
            }

            Add(path, Render("example", c =>
            {
                c.SetValue("title", title);
                c.SetValue("head", head);
                c.SetValue("fragment", markup.TrimEnd());
                c.SetValue("needs_heading", !markup.Contains("<h1", StringComparison.OrdinalIgnoreCase));
                c.SetValue("docs", languages.Select(language => new LanguageLinkView(
                    DocsLabels.For(language).Format("example_back", name.Get(language)),
                    language,
                    Relative(path, docsPage(language)),
                    false,
                    string.Empty)).ToList());
            }));
        }

        /// <summary>
        /// What the site's search looks through, in one language: every component (its name in both
        /// languages, so a Spanish reader finding "Date input" also finds it, and its guidance on when
        /// to use it), the foundations and the changelog. A script, not JSON, so the site also works
        /// opened from disk; JSON-serialised, so no text can end the script.
        /// </summary>
        private void WriteSearchIndex(DocsLabels labels)
        {
            var language = labels.Language;
            var entries = library.Components
                .OrderBy(c => c.Name.Get(language), StringComparer.Create(labels.Culture, ignoreCase: true))
                .Select(c => new SearchEntry(
                    c.Name.Get(language),
                    ComponentPath(language, c.Id),
                    string.Join(" ", new[] { c.Id.Replace('-', ' '), c.Name.Get("en"), c.Name.Get("es"), c.Guidance?.WhenToUse.Get(language) ?? string.Empty })))
                .Concat(patterns
                    .OrderBy(p => p.Name.Get(language), StringComparer.Create(labels.Culture, ignoreCase: true))
                    .Select(p => new SearchEntry(
                        p.Name.Get(language),
                        PatternPath(language, p.Id),
                        string.Join(" ", [p.Id.Replace('-', ' '), p.Name.Get("en"), p.Name.Get("es"), p.Summary.Get(language)]))))
                .Append(new SearchEntry(labels["nav_patterns"], $"{language}/patterns/index.html", labels["patterns_lead"]))
                .Append(new SearchEntry(labels["nav_foundations"], $"{language}/foundations.html", labels["foundations_lead"]))
                .Append(new SearchEntry(labels["nav_changelog"], $"{language}/changelog.html", labels["nav_changelog"]))
                .ToList();
            var json = System.Text.Json.JsonSerializer.Serialize(entries, SearchJson);
            Add(SearchIndexPath(language), $"// The docs site's search index ({language}); site.js reads it.\nwindow.siteSearchIndex = {json};\n");
        }

        public static string SearchIndexPath(string language) => $"assets/search-{language}.js";

        private static readonly System.Text.Json.JsonSerializerOptions SearchJson = new(System.Text.Json.JsonSerializerDefaults.Web);

        private sealed record SearchEntry(string Title, string Href, string Text);

        /// <summary>A documentation page, written into the layout once every page is known.</summary>
        /// <param name="Section">The label key of its top navigation item (nav_components): the pages sharing it are a section, and each of them lists the others.</param>
        /// <param name="NavTitle">Its name in its section's side navigation.</param>
        /// <param name="Overview">The section's own overview page, listed first.</param>
        private sealed record SitePage(DocsLabels Labels, string Path, string Title, string NavTitle, string Section, bool Overview, string Body, Func<string, string> SamePageIn);

        /// <param name="navKey">The page's section: the label key of its top navigation item. Every page of a section with more than one page gets the side navigation of the section, with no more code.</param>
        /// <param name="navTitle">The page's name in its section's side navigation (default: its title).</param>
        /// <param name="overview">Whether the page is the section's overview, listed first.</param>
        private void WritePage(DocsLabels labels, string path, string title, string navKey, string bodyTemplate, object view, Func<string, string> samePageIn, string? navTitle = null, bool overview = false)
        {
            var body = Render(bodyTemplate, c =>
            {
                c.SetValue("v", view);
                c.SetValue("l", labels.Values);
                c.SetValue("lang", labels.Language);
            });
            _pages.Add(new SitePage(labels, path, title, navTitle ?? title, navKey, overview, body, samePageIn));
        }

        private void WriteLayouts()
        {
            var sections = _pages.ToLookup(p => (p.Labels.Language, p.Section));

            // A section the header does not list yet gets a header item too, before the changelog:
            // its name is the label of its key, its link the section's overview (or first) page.
            var headerSections = _pages
                .GroupBy(p => p.Labels.Language)
                .ToDictionary(
                    g => g.Key,
                    g => g.Select(p => p.Section).Distinct().Where(key => !HeaderKeys.Contains(key))
                        .Select(key => (Key: key, Target: sections[(g.Key, key)].OrderBy(p => p.Overview ? 0 : 1).ThenBy(p => p.Path, StringComparer.Ordinal).First().Path))
                        .ToList(),
                    StringComparer.Ordinal);
            foreach (var page in _pages)
            {
                var labels = page.Labels;
                var siblings = sections[(labels.Language, page.Section)]
                    .OrderBy(p => p.Overview ? 0 : 1)
                    .ThenBy(p => p.NavTitle, StringComparer.Create(labels.Culture, ignoreCase: true))
                    .ThenBy(p => p.Path, StringComparer.Ordinal)
                    .ToList();
                var sideNav = siblings.Count < 2
                    ? null
                    : new SideNavView(labels[page.Section], [.. siblings.Select(p => new NavItemView(p.NavTitle, Relative(page.Path, p.Path), p.Path == page.Path))]);
                WriteLayout(page, sideNav, headerSections[page.Labels.Language]);
            }
        }

        private void WriteLayout(SitePage sitePage, SideNavView? sideNav, IReadOnlyList<(string Key, string Target)> otherSections)
        {
            var (labels, path, title, navKey) = (sitePage.Labels, sitePage.Path, sitePage.Title, sitePage.Section);
            var l = labels.Values;
            var nav = new (string Key, string Target)[]
            {
                ("nav_home", $"{labels.Language}/index.html"),
                ("nav_foundations", $"{labels.Language}/foundations.html"),
                ("nav_components", $"{labels.Language}/index.html#components"),
                ("nav_patterns", $"{labels.Language}/patterns/index.html"),
                ("nav_changelog", $"{labels.Language}/changelog.html"),
            };
            var page = new PageView(
                labels.Language,
                title == labels["site_name"] ? title : $"{title} – {labels["page_title_suffix"]}",
                PageCsp,
                Relative(path, string.Empty),
                [.. nav.Where(n => n.Key != "nav_changelog").Concat(otherSections.Where(o => !nav.Any(n => n.Key == o.Key))).Concat(nav.Where(n => n.Key == "nav_changelog"))
                    .Select(n => new NavItemView(labels[n.Key], Relative(path, n.Target), n.Key == navKey))],
                [.. languages.Select(other => new LanguageLinkView(
                    labels[$"language_name_{other}"],
                    other,
                    Relative(path, sitePage.SamePageIn(other)),
                    other == labels.Language,
                    DocsLabels.For(other)["change_language_to"]))],
                labels.Format("phase_text", tokens.Version),
                labels.Format("footer_text", tokens.Version),
                sitePage.Body)
            {
                SideNav = sideNav,
            };
            Add(path, Render("layout", c =>
            {
                c.SetValue("p", page);
                c.SetValue("l", l);
                c.SetValue("version", tokens.Version);
            }));
        }

        private void WriteIndex(DocsLabels labels)
        {
            var path = $"{labels.Language}/index.html";
            var rows = library.Components
                .OrderBy(c => c.Name.Get(labels.Language), StringComparer.Create(labels.Culture, ignoreCase: true))
                .Select(c => new ComponentRowView(
                    c.Name.Get(labels.Language),
                    Relative(path, ComponentPath(labels.Language, c.Id)),
                    StatusText(labels, c.Status),
                    StatusClass(c.Status),
                    c.Since,
                    c.Examples.Count))
                .ToList();
            var view = new IndexView(
                labels.Format("index_components_caption", rows.Count),
                rows,
                Relative(path, $"{labels.Language}/foundations.html"),
                "/" + Stylesheet,
                "/" + InitScript,
                Relative(path, $"{labels.Language}/patterns/index.html"));
            WritePage(labels, path, labels["site_name"], "nav_home", "index", view, other => $"{other}/index.html");
        }

        private void WriteFoundations(DocsLabels labels)
        {
            var path = $"{labels.Language}/foundations.html";
            var culture = labels.Culture;
            var pairs = tokens.ContrastPairs.Select((p, i) => new PairView(
                    p.Name,
                    p.Foreground,
                    p.Background,
                    p.ForegroundValue,
                    p.BackgroundValue,
                    labels.Values.TryGetValue("use_" + p.Use, out var use) ? use : p.Use,
                    p.Ratio.ToString("0.00", culture) + ":1",
                    p.MinimumRatio.ToString("0.#", culture) + ":1",
                    $"site-pair-{i}",
                    p.Use == "ui"))
                .ToList();
            var colours = tokens.Tokens.Where(t => t.Type == "color")
                .Select(t => new ColourView(t.Name, t.CssVariable, t.Value, t.Description ?? string.Empty, "site-swatch--" + ClassSafe(t.Name)))
                .ToList();
            var typeSizes = tokens.Tokens.Where(t => t.Name.StartsWith("font-size.", StringComparison.Ordinal))
                .Select(t => new TypeSizeView(t.Name, t.CssVariable, t.Value, t.TabletValue ?? string.Empty, t.Description ?? string.Empty, "site-type--" + ClassSafe(t.Name)))
                .ToList();
            var spacing = tokens.Tokens.Where(IsSpacing)
                .Select(t => new SpaceView(t.Name, t.CssVariable, t.Value, t.TabletValue ?? "–", "site-space--" + ClassSafe(t.Name)))
                .ToList();
            var other = tokens.Tokens.Where(t => t.Type != "color" && !t.Name.StartsWith("font-size.", StringComparison.Ordinal) && !IsSpacing(t))
                .Select(t => new TokenRowView(t.Name, t.CssVariable, t.TabletValue is null ? t.Value : $"{t.Value} → {t.TabletValue}", t.Description ?? string.Empty))
                .ToList();
            var view = new FoundationsView(pairs, colours, typeSizes, spacing, other);
            WritePage(labels, path, labels["foundations_title"], "nav_foundations", "foundations", view, o => $"{o}/foundations.html");
        }

        private static bool IsSpacing(DesignToken token) =>
            token.Name.StartsWith("space.", StringComparison.Ordinal) || token.Name.StartsWith("space-responsive.", StringComparison.Ordinal);

        /// <summary>The swatch, sample and bar classes of the foundations page: a stylesheet, because the CSP allows no inline style.</summary>
        private string FoundationsCss()
        {
            var css = new StringBuilder("/* Generated from tokens.json by servicestandard designsystem docs. */\n");
            foreach (var (pair, i) in tokens.ContrastPairs.Select((p, i) => (p, i)))
            {
                if (HexColour().IsMatch(pair.ForegroundValue) && HexColour().IsMatch(pair.BackgroundValue))
                {
                    css.Append(CultureInfo.InvariantCulture, $".site-pair-{i} {{ color: {pair.ForegroundValue}; background-color: {pair.BackgroundValue}; border-color: {pair.ForegroundValue}; }}\n");
                }
            }

            foreach (var token in tokens.Tokens)
            {
                var name = ClassSafe(token.Name);
                if (token.Type == "color" && HexColour().IsMatch(token.Value))
                {
                    css.Append(CultureInfo.InvariantCulture, $".site-swatch--{name} {{ background-color: {token.Value}; }}\n");
                }
                else if (token.Name.StartsWith("font-size.", StringComparison.Ordinal))
                {
                    var step = token.Name["font-size.".Length..];
                    var lineHeight = tokens.Tokens.FirstOrDefault(t => t.Name == "line-height." + step);
                    css.Append(CultureInfo.InvariantCulture, $".site-type--{name} {{ font-size: var({token.CssVariable});{(lineHeight is null ? string.Empty : $" line-height: var({lineHeight.CssVariable});")} }}\n");
                }
                else if (IsSpacing(token))
                {
                    css.Append(CultureInfo.InvariantCulture, $".site-space--{name} {{ width: var({token.CssVariable}); }}\n");
                }
            }

            return css.ToString();
        }

        private void WriteChangelog(DocsLabels labels)
        {
            var path = $"{labels.Language}/changelog.html";
            var localized = Path.Combine(Path.GetDirectoryName(source.ChangelogPath) ?? ".", $"{Path.GetFileNameWithoutExtension(source.ChangelogPath)}.{labels.Language}.md");
            var englishOnly = labels.Language != "en" && !File.Exists(localized);
            var file = labels.Language != "en" && File.Exists(localized) ? localized : source.ChangelogPath;
            var blocks = File.Exists(file) ? ChangelogDocument.Parse(File.ReadAllText(file)) : [];
            WritePage(labels, path, labels["changelog_title"], "nav_changelog", "changelog", new ChangelogView(blocks, englishOnly), o => $"{o}/changelog.html");
        }

        private void WriteComponent(DocsLabels labels, ComponentDefinition component)
        {
            var language = labels.Language;
            var path = ComponentPath(language, component.Id);
            var name = component.Name.Get(language);
            var guidance = new List<GuidanceSectionView>();
            if (component.Guidance is { } g)
            {
                var texts = new[] { g.WhenToUse, g.WhenNotToUse, g.HowItWorks, g.Accessibility, g.Research };
                for (var i = 0; i < texts.Length; i++)
                {
                    if (texts[i] is { } text)
                    {
                        guidance.Add(new GuidanceSectionView(GuidanceIds[i], labels[GuidanceLabels[i]], ChangelogDocument.Parse(text.Get(language))));
                    }
                }
            }

            // The component's own changes, newest first, ending with the version that introduced it.
            var changes = component.Changelog
                .Select(c => new ChangeView(c.Version == ComponentChange.Unreleased ? labels["unreleased"] : c.Version, ChangelogDocument.Inlines(c.Text.Get(language))))
                .ToList();
            if (!component.Changelog.Any(c => c.Version == component.Since))
            {
                changes.Add(new ChangeView(component.Since, [new InlineView("text", labels["changelog_introduced"])]));
            }

            var examples = component.Examples.Select(example =>
            {
                var code = File.ReadAllText(component.ExamplePath(example)).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();
                var title = example.Title.Get(language);
                var razor = ExampleRazor.Read(Path.ChangeExtension(component.ExamplePath(example), ".cshtml"));
                var frameClass = WholePage().IsMatch(code) ? "site-example__frame--page" : code.Count(c => c == '\n') > 30 ? "site-example__frame--tall" : string.Empty;
                return new ExampleView(
                    example.Id,
                    title,
                    labels.Format("example_frame_title", $"{name}: {title}"),
                    Relative(path, ExamplePath(component, example)),
                    code,
                    "code-" + example.Id,
                    labels.Format("example_code_hidden", title),
                    frameClass)
                {
                    Razor = razor?.Markup,
                    RazorFromModelState = razor?.SetsModelState ?? false,
                };
            }).ToList();

            var rules = component.Contract.Rules.Select(rule => new RuleView(
                rule.Id,
                labels["severity_" + rule.Severity.ToString().ToLowerInvariant()],
                SeverityClass(rule.Severity),
                RuleText(rule, labels, component),
                rule.Wcag.Count == 0 ? labels["no_wcag"] : string.Join(", ", rule.Wcag),
                rule.IsPageRule)).ToList();

            var replacement = component.Replacement is { } r && library.Find(r) is { } target
                ? new ReplacementView(target.Name.Get(language), Relative(path, ComponentPath(language, target.Id)))
                : null;

            var view = new ComponentView(
                component.Id,
                name,
                StatusText(labels, component.Status),
                StatusClass(component.Status),
                component.Status == ComponentStatus.Experimental,
                replacement,
                labels.Format("since_text", component.Since),
                guidance,
                examples,
                component.Contract.Root.Text,
                labels.Format("contract_caption", name),
                rules,
                rules.Any(x => x.Text.Any(t => t.Kind == "var")))
            {
                Changes = changes,
            };
            WritePage(labels, path, name, "nav_components", "component", view, o => ComponentPath(o, component.Id));
        }

        private void WritePatternIndex(DocsLabels labels)
        {
            var language = labels.Language;
            var path = $"{language}/patterns/index.html";
            var rows = patterns
                .OrderBy(p => p.Name.Get(language), StringComparer.Create(labels.Culture, ignoreCase: true))
                .Select(p => new PatternRowView(p.Name.Get(language), Relative(path, PatternPath(language, p.Id)), p.Summary.Get(language)))
                .ToList();
            WritePage(labels, path, labels["patterns_title"], "nav_patterns", "patterns", new PatternIndexView(rows), o => $"{o}/patterns/index.html");
        }

        private void WritePattern(DocsLabels labels, PatternDefinition pattern)
        {
            var language = labels.Language;
            var path = PatternPath(language, pattern.Id);
            var name = pattern.Name.Get(language);
            var sections = pattern.Sections
                .Select(s => new GuidanceSectionView(s.Id, s.Heading.Get(language), ChangelogDocument.Parse(s.Text.Get(language))))
                .ToList();
            var examples = pattern.Examples.Select(example =>
            {
                var code = File.ReadAllText(pattern.ExamplePath(example)).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();
                var title = example.Title.Get(language);
                var frameClass = WholePage().IsMatch(code) ? "site-example__frame--page" : code.Count(c => c == '\n') > 30 ? "site-example__frame--tall" : string.Empty;
                return new ExampleView(
                    example.Id,
                    title,
                    labels.Format("example_frame_title", $"{name}: {title}"),
                    Relative(path, PatternExamplePath(pattern, example)),
                    code,
                    "code-" + example.Id,
                    labels.Format("example_code_hidden", title),
                    frameClass);
            }).ToList();
            var components = pattern.Components
                .Select(id => library.Find(id))
                .OfType<ComponentDefinition>()
                .Select(c => new ComponentLinkView(c.Name.Get(language), Relative(path, ComponentPath(language, c.Id))))
                .ToList();
            var view = new PatternView(name, pattern.Summary.Get(language), sections, examples, components, Relative(path, $"{language}/patterns/index.html"));
            WritePage(labels, path, name, "nav_patterns", "pattern", view, o => PatternPath(o, pattern.Id));
        }

        /// <summary>The rule's message in words: placeholders the contract itself can answer are filled in; the rest stand as named variables.</summary>
        private static List<InlineView> RuleText(ContractRule rule, DocsLabels labels, ComponentDefinition component)
        {
            var known = new Dictionary<string, string>(StringComparer.Ordinal) { ["component"] = component.Name.Get(labels.Language) };
            switch (rule.Assertion)
            {
                case ModifiersAssertion modifiers:
                    known["allowed"] = string.Join(", ", modifiers.Allowed.Select(m => $"{modifiers.Block}--{m}"));
                    break;
                case ElementNameAssertion element:
                    known["allowed"] = string.Join(", ", element.Allowed);
                    break;
                case DeprecatedAssertion deprecated when deprecated.Replacement is not null:
                    known["replacement"] = deprecated.Replacement;
                    break;
            }

            var template = rule.Message.Get(labels.Language);
            if (rule.Help is { } help)
            {
                template += " " + help.Get(labels.Language);
            }

            var result = new List<InlineView>();
            var position = 0;
            foreach (var placeholder in MessageText.Placeholders(template))
            {
                var token = "{" + placeholder + "}";
                var at = template.IndexOf(token, position, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                if (at > position)
                {
                    result.Add(new InlineView("text", template[position..at]));
                }

                result.Add(known.TryGetValue(placeholder, out var value)
                    ? new InlineView("text", value)
                    : new InlineView("var", labels.Values.TryGetValue("placeholder_" + placeholder, out var word) ? word : placeholder));
                position = at + token.Length;
            }

            if (position < template.Length)
            {
                result.Add(new InlineView("text", template[position..]));
            }

            return result;
        }

        private void WriteRoot()
        {
            var links = languages.Select(language => new LanguageLinkView(DocsLabels.For(language)[$"language_name_{language}"], language, $"{language}/index.html", false, string.Empty)).ToList();
            Add("index.html", Render("root", c =>
            {
                c.SetValue("v", new RootView(links, PageCsp, DocsLabels.For("en")["root_title"]));
                c.SetValue("version", tokens.Version);
            }));
        }

        private static string StatusText(DocsLabels labels, ComponentStatus status) => labels["status_" + status.ToString().ToLowerInvariant()];

        private static string StatusClass(ComponentStatus status) => status switch
        {
            ComponentStatus.Stable => "ds-tag--green",
            ComponentStatus.Experimental => "ds-tag--blue",
            _ => "ds-tag--red",
        };

        private static string SeverityClass(ContractSeverity severity) => severity switch
        {
            ContractSeverity.Critical => "ds-tag--red",
            ContractSeverity.Serious => "ds-tag--orange",
            ContractSeverity.Moderate => "ds-tag--yellow",
            _ => "ds-tag--grey",
        };
    }
}
