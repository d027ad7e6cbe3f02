using AngleSharp.Html.Parser;
using ServiceStandard.DesignSystem.Tests;
using ServiceStandard.Testing;

namespace ServiceStandard.DesignSystem.AspNetCore.Tests;

/// <summary>
/// Every example's Razor (designsystem/components/&lt;id&gt;/examples/&lt;example&gt;.cshtml, the tag
/// helpers as a team writes them and as the docs site shows them) renders the component's example
/// file exactly, as a DOM, and meets every contract.
/// </summary>
[Collection(TagHelperHostCollection.Name)]
public sealed class ExampleRenderingTests(TagHelperHost host)
{
    /// <summary>The components whose every example must have a tag helper page.</summary>
    private static readonly string[] Covered =
    [
        "text-input", "error-message", "hint", "label", "form-group", "textarea", "character-count", "select", "radios",
        "checkboxes", "date-input", "error-summary", "fieldset", "button", "back-link", "skip-link", "inset-text", "warning-text",
        "details", "panel", "tag", "notification-banner", "phase-banner", "breadcrumbs", "summary-list", "pagination",
        "header", "footer", "language-switcher", "identity-button", "table", "cookie-banner",
        "tabs", "summary-card", "file-upload",
        "task-list", "password-input", "service-navigation", "exit-this-page", "accordion",
    ];

    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.EnumerateFiles(DesignSystemFiles.ComponentsDirectory, "*.cshtml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var component = Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(file))!);
            data.Add(component!, Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_tag_helpers_write_the_example(string component, string example)
    {
        var rendered = await host.GetAsync($"/examples/{component}/{example}");

        HtmlComparison.AssertSameMarkup(DesignSystemFiles.ExampleHtml(component, example), rendered, $"{component}/{example}");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task What_the_tag_helpers_write_meets_the_contracts(string component, string example)
    {
        var rendered = await host.GetAsync($"/examples/{component}/{example}");

        HtmlComparison.AssertMeetsContracts(rendered, component);
    }

    [Fact]
    public void Every_example_of_a_covered_component_has_its_page()
    {
        var pages = Pages().Select(row => $"{row[0]}/{row[1]}").ToHashSet(StringComparer.Ordinal);
        var missing = Covered
            .SelectMany(c => DesignSystemFiles.Library.Find(c)!.Examples.Select(e => $"{c}/{e.Id}"))
            .Where(e => !pages.Contains(e))
            .ToList();

        Assert.True(missing.Count == 0, "examples with no tag helper page: " + string.Join(", ", missing));
    }
}
