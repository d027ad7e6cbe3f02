namespace ServiceStandard.DesignSystem.Docs.Views;

// What the Liquid templates print. Every value is plain text that the template HTML-encodes;
// only PageView.Body (the already rendered, already encoded body template) is printed raw.

public sealed record NavItemView(string Text, string Href, bool Current);

public sealed record LanguageLinkView(string Name, string Lang, string Href, bool Current, string HiddenPrefix);

public sealed record PageView(
    string Lang,
    string Title,
    string Csp,
    string Root,
    IReadOnlyList<NavItemView> Nav,
    IReadOnlyList<LanguageLinkView> Languages,
    string PhaseText,
    string FooterText,
    string Body)
{
    /// <summary>The pages of this page's section, when it has more than one (null otherwise).</summary>
    public SideNavView? SideNav { get; init; }
}

/// <param name="Label">The nav landmark's name: the section's name.</param>
/// <param name="Items">Every page of the section, the current one marked.</param>
public sealed record SideNavView(string Label, IReadOnlyList<NavItemView> Items);

public sealed record ComponentRowView(string Name, string Href, string StatusText, string StatusClass, string Since, int ExampleCount);

public sealed record IndexView(string Caption, IReadOnlyList<ComponentRowView> Components, string FoundationsHref, string Stylesheet, string Script, string PatternsHref);

public sealed record PairView(string Name, string Foreground, string Background, string ForegroundValue, string BackgroundValue, string UseText, string Ratio, string Minimum, string SampleClass, bool IsUi);

public sealed record ColourView(string Name, string CssVariable, string Value, string Description, string SwatchClass);

public sealed record TypeSizeView(string Name, string CssVariable, string Small, string Tablet, string Description, string SampleClass);

public sealed record SpaceView(string Name, string CssVariable, string Small, string Tablet, string BarClass);

public sealed record TokenRowView(string Name, string CssVariable, string Value, string Description);

public sealed record FoundationsView(
    IReadOnlyList<PairView> Pairs,
    IReadOnlyList<ColourView> Colours,
    IReadOnlyList<TypeSizeView> TypeSizes,
    IReadOnlyList<SpaceView> Spacing,
    IReadOnlyList<TokenRowView> Other);

/// <param name="Blocks">The text: paragraphs, lists and subheadings (the Markdown subset of <see cref="ChangelogDocument"/>).</param>
public sealed record GuidanceSectionView(string Id, string Heading, IReadOnlyList<BlockView> Blocks);

/// <param name="Version">The version as printed (a number, or the word for unreleased).</param>
public sealed record ChangeView(string Version, IReadOnlyList<InlineView> Text);

/// <param name="Razor">The example written with the tag helpers (examples/&lt;id&gt;.cshtml), or null when it has none.</param>
/// <param name="RazorFromModelState">Whether the Razor's error state comes from ModelState (the file sets it up; the page shows only the markup).</param>
public sealed record ExampleView(string Id, string Title, string FrameTitle, string Src, string Code, string CodeId, string CodeHidden, string FrameClass, string? Razor = null, bool RazorFromModelState = false);

public sealed record RuleView(string Id, string SeverityText, string SeverityClass, IReadOnlyList<InlineView> Text, string Wcag, bool IsPageRule);

public sealed record ReplacementView(string Name, string Href);

public sealed record ComponentView(
    string Id,
    string Name,
    string StatusText,
    string StatusClass,
    bool Experimental,
    ReplacementView? Replacement,
    string SinceText,
    IReadOnlyList<GuidanceSectionView> Guidance,
    IReadOnlyList<ExampleView> Examples,
    string RootSelector,
    string ContractCaption,
    IReadOnlyList<RuleView> Rules,
    bool HasPlaceholders)
{
    /// <summary>The example shown first, under the title, before any guidance.</summary>
    public ExampleView? FirstExample => Examples.Count > 0 ? Examples[0] : null;

    /// <summary>The other examples, shown after how it works.</summary>
    public IReadOnlyList<ExampleView> MoreExamples => [.. Examples.Skip(1)];

    /// <summary>The guidance shown before the other examples: when to use it, when not, how it works.</summary>
    public IReadOnlyList<GuidanceSectionView> GuidanceBefore => [.. Guidance.Where(g => !AfterExamples.Contains(g.Id))];

    /// <summary>The guidance shown after the other examples: accessibility, research and known issues.</summary>
    public IReadOnlyList<GuidanceSectionView> GuidanceAfter => [.. Guidance.Where(g => AfterExamples.Contains(g.Id))];

    /// <summary>The component's changes, newest first; the last is the version that introduced it.</summary>
    public IReadOnlyList<ChangeView> Changes { get; init; } = [];

    private static readonly string[] AfterExamples = ["accessibility", "research"];
}

public sealed record ChangelogView(IReadOnlyList<BlockView> Blocks, bool EnglishOnly);

public sealed record RootView(IReadOnlyList<LanguageLinkView> Languages, string Csp, string Title);

public sealed record PatternRowView(string Name, string Href, string Summary);

public sealed record PatternIndexView(IReadOnlyList<PatternRowView> Patterns);

public sealed record ComponentLinkView(string Name, string Href);

public sealed record PatternView(
    string Name,
    string Summary,
    IReadOnlyList<GuidanceSectionView> Sections,
    IReadOnlyList<ExampleView> Examples,
    IReadOnlyList<ComponentLinkView> Components,
    string IndexHref);
