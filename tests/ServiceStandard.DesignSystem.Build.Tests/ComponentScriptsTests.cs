namespace ServiceStandard.DesignSystem.Build.Tests;

/// <summary>
/// What js/all.js is generated from: each component's script in its folder, with the module name
/// and initialiser all.js wires up, and imports a browser can load. Each mistake names its file.
/// </summary>
public sealed class ComponentScriptsTests
{
    private static SmallDesignSystem WithStylesheets() => new SmallDesignSystem()
        .Write("stylesheets.yml", "stylesheets:\n  - css/a.css\n")
        .Write("css/a.css", ".a { color: red; }\n");

    [Theory]
    [InlineData("components/date-input/date-input.js", "export const moduleName = 'ds-date-input';\nexport function initDateInput(root) {}\n", null, 0, null)]
    [InlineData("components/box/box.js", "export const moduleName = 'ds-crate';\nexport function initBox(root) {}\n", "components/box/box.js", 1, "write 'ds-box'")]
    [InlineData("components/box/box.js", "export function initBox(root) {}\n", "components/box/box.js", 1, "must declare export const moduleName = 'ds-box';")]
    [InlineData("components/box/box.js", "export const moduleName = 'ds-box';\nexport function init(root) {}\n", "components/box/box.js", 1, "must export function initBox(root)")]
    [InlineData("components/box/helper.js", "export const x = 1;\n", "components/box/helper.js", 1, "js/all.js would leave it out")]
    [InlineData("components/box/box.js", "export const moduleName = 'ds-box';\n\nimport { breakpoint } from '../breakpoints.js';\nexport function initBox(root) {}\n", "components/box/box.js", 3, "points at components/breakpoints.js, which does not exist")]
    [InlineData("components/box/box.js", "export const moduleName = 'ds-box';\nimport 'left-pad';\nexport function initBox(root) {}\n", "components/box/box.js", 2, "not a relative path")]
    public void A_components_script_is_checked(string path, string script, string? file, int line, string? reason)
    {
        using var ds = WithStylesheets().Write(path, script).Write("js/breakpoints.js", "export function breakpoint() {}\n");

        var result = ds.Build();

        if (reason is null)
        {
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            Assert.Contains("  'ds-date-input': initDateInput,\n", result.Generated.Single(f => f.Name == "js/all.js").Content, StringComparison.Ordinal);
            return;
        }

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.InvalidScript, file, line), (error.Code, error.Location.File, error.Location.Line));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shared_module_with_a_broken_import_and_a_missing_init_modules_are_reported()
    {
        using var ds = WithStylesheets().Write("js/init.js", "import { initAll } from './all.js';\nimport { gone } from './gone.js';\n");
        File.Delete(Path.Combine(ds.Root, "js", "init-modules.js"));

        var result = ds.Build();

        Assert.Collection(
            result.Diagnostics,
            d => Assert.Equal(("js/init.js", 2, "'./gone.js' points at js/gone.js, which does not exist in the design system, so the module would fail to load."), (d.Location.File, d.Location.Line, d.Message)),
            d => Assert.Equal(("js/init-modules.js", "js/init-modules.js is missing: the generated js/all.js imports initModules from it."), (d.Location.File, d.Message)));
    }

    [Fact]
    public void The_shipped_components_scripts_are_all_in_all_js_in_id_order()
    {
        var build = DesignSystemBuild.Run(DesignSystemPaths.Root);
        var all = build.Generated.Single(f => f.Name == "js/all.js").Content;

        var imported = System.Text.RegularExpressions.Regex.Matches(all, "from '\\.\\./components/(?<id>[a-z-]+)/\\k<id>\\.js'").Select(m => m.Groups["id"].Value).ToList();

        Assert.Equal(Directory.GetFiles(DesignSystemPaths.Components, "*.js", SearchOption.AllDirectories).Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal), imported);
        Assert.Equal(["accordion", "button", "character-count", "checkboxes", "cookie-banner", "error-summary", "exit-this-page", "file-upload", "header", "notification-banner", "password-input", "radios", "service-navigation", "skip-link", "tabs"], imported);
    }
}
